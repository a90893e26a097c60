// TypeScript names for C declarations. C names stay verbatim; anonymous records and enums, whose IR ids look like
// `struct drm_foo::anon0` or `struct ::foo_t`, become `drm_foo__anon0` and `foo_t`, so a name never depends on
// anything but the header text.

/** Words a getter may not use because the view base class or JavaScript already gives them a meaning. */
const RESERVED_MEMBERS = new Set(['view', 'byteOffset', 'bytes', 'recordSize', 'constructor', '__proto__']);

const RESERVED_WORDS = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await'
  ).split(' '),
);

/** `struct drm_foo` → `drm_foo`; `struct drm_foo::anon0` → `drm_foo__anon0`; `struct ::foo_t` → `foo_t`. */
export function declTsName(id: string): string {
  const bare = id.replace(/^(struct|union|enum) /, '');
  return bare.replace(/^::/, '').replace(/::/g, '__');
}

/** A field name that does not clash with the base class; undefined when the C name is usable as is. */
export function memberRename(name: string): string | undefined {
  return RESERVED_MEMBERS.has(name) ? `${name}_` : undefined;
}

/** A top-level binding name: C identifiers that are JavaScript reserved words (`true`, `new`, …) get a `_`. */
export function bindingName(name: string): string {
  return RESERVED_WORDS.has(name) || name === 'arguments' || name === 'eval' ? `${name}_` : name;
}

/** A parameter name usable in TypeScript (C allows `new`, `class`, … and unnamed parameters). */
export function paramName(name: string | null, index: number): string {
  if (name === null) return `arg${index}`;
  return RESERVED_WORDS.has(name) ? `${name}_` : name;
}

/** Property keys in object literals: identifiers stay bare, anything else is quoted. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}
