// Header doc comments → TSDoc blocks, ending with where the declaration came from.

/** A `/** … *\/` block indented by `indent`, with the `@generated from` provenance line. */
export function tsdoc(doc: string | undefined, header: string, declaration: string, indent = ''): string {
  const lines: string[] = [];
  if (doc && doc.trim() !== '') {
    const body = doc.replace(/\*\//g, '*\\/').split('\n');
    while (body.length > 0 && body[0]!.trim() === '') body.shift();
    while (body.length > 0 && body[body.length - 1]!.trim() === '') body.pop();
    for (const l of body) lines.push(l.trimEnd());
    lines.push('');
  }
  lines.push(`@generated from ${header} ${declaration}`);
  return [`${indent}/**`, ...lines.map((l) => (l === '' ? `${indent} *` : `${indent} * ${l}`)), `${indent} */`].join('\n');
}

/** A short one-line block for members that only carry their doc text (no provenance). */
export function memberDoc(doc: string | undefined, indent: string): string {
  if (!doc || doc.trim() === '') return '';
  const body = doc.replace(/\*\//g, '*\\/').trim().split('\n').map((l) => l.trimEnd());
  if (body.length === 1) return `${indent}/** ${body[0]} */\n`;
  return `${indent}/**\n${body.map((l) => (l === '' ? `${indent} *` : `${indent} * ${l}`)).join('\n')}\n${indent} */\n`;
}
