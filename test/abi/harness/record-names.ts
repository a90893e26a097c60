// The names of every struct/union the compiler sees defined, read from its preprocessed output, so a record the
// generator's dump lacks is noticed even though nothing in the dump asks about it.

const ATTR = String.raw`__attribute__\s*\(\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)\)\s*`;
const DEFINITION = new RegExp(String.raw`\b(struct|union)\s+(?:${ATTR})*([A-Za-z_]\w*)\s*(?:${ATTR})*\{`, 'g');

/** Sorted, unique `struct NAME` / `union NAME` keys. */
export function definedRecordNames(preprocessed: string): string[] {
  const text = preprocessed.replace(/^#.*$/gm, '');
  const names = new Set<string>();
  for (const m of text.matchAll(DEFINITION)) names.add(`${m[1]} ${m[2]}`);
  return [...names].sort();
}
