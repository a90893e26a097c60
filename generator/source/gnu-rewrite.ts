// GNU C that tree-sitter-c's grammar does not accept, rewritten in one scan of the preprocessed text into forms
// it does, always to a span of the same length with every newline kept, so node offsets, rows and columns stay
// those of the text given. What the rewrite hides and lowering still needs is kept aside, keyed by offset:
// - function bodies: only their extent matters (bodies are kept as text, never interpreted), so everything
//   between the braces is blanked; statement expressions, asm and `typeof` in them never reach the parser;
// - attributes that cannot change a layout (`__must_check`, `__section__`, `__unused__`…) are blanked, wherever
//   written (after a `*`, after a variable's declarator); the layout ones (packed, aligned, mode…) are kept;
// - asm labels and top-level asm statements are blanked;
// - a stray `;` inside braces (`struct s { int a;; };`) is blanked;
// - `typeof(X)` / `__typeof__(X)` becomes one identifier; its operand text is kept (`typeofs`);
// - `float/double/long double _Complex` becomes one identifier; its real type is kept (`complexes`);
// - `_Atomic(T)` loses its parentheses (`_Atomic T`, which the grammar knows as a qualifier);
// - `__builtin_offsetof(T, a.b[i])`, `__builtin_types_compatible_p(T, U)` and statement expressions `({…})`
//   become a parenthesised `0`: the constant evaluator reads the original text at the same offsets;
// - GNU spellings of keywords (`__signed__`, `__inline`, `__extension__`) become the standard ones.

/** The real type of a `_Complex` type written at an offset. */
export type ComplexBase = 'float' | 'double' | 'longdouble';

export interface GnuRewrite {
  text: string;
  /** Offset of a `typeof` placeholder → the operand text between its parentheses. */
  typeofs: Map<number, string>;
  /** Offset of a `_Complex` placeholder → its real type. */
  complexes: Map<number, ComplexBase>;
  /**
   * The text given with only the rewrites that move text (a typedef's attribute after its name, a member's last
   * token before an added `;`) applied: what the tree's nodes slice to evaluate constants as written.
   */
  source: string;
  /** Offsets just past each top-level declaration (a `;`, or the `}` of a function body, at depth 0). */
  boundaries: number[];
}

// Attributes that change a layout or a type's representation; lowering reads them from the tree.
const LAYOUT_ATTRIBUTES = new Set(['packed', 'aligned', 'mode', 'vector_size', 'transparent_union', 'scalar_storage_order', 'warn_if_not_aligned']);

const KEYWORDS: Record<string, string> = {
  __signed__: 'signed', __signed: 'signed', __const__: 'const', __const: 'const', __volatile__: 'volatile',
  __volatile: 'volatile', __restrict__: 'restrict', __restrict: 'restrict', __inline__: 'inline', __inline: 'inline',
  __extension__: '',
};

const TYPEOF = new Set(['typeof', '__typeof__', '__typeof']);
const ASM = new Set(['asm', '__asm__', '__asm']);
const ASM_QUALIFIERS = new Set(['volatile', '__volatile__', '__volatile', 'goto', 'inline', '__inline__', '__inline']);
const ZERO_BUILTINS = new Set(['__builtin_offsetof', '__builtin_types_compatible_p']);
/** Words before `(` that do not make the parenthesised group a declarator's parameter list. */
const NOT_DECLARATOR = new Set([
  '__attribute__', '__attribute', 'sizeof', '_Alignof', '__alignof__', '__alignof', 'alignof', '_Alignas', 'alignas',
  'typeof', '__typeof__', '__typeof', '_Atomic', 'asm', '__asm__', '__asm', 'if', 'while', 'for', 'switch', 'return',
  '_Static_assert', 'static_assert', '_Generic', 'offsetof', '__builtin_offsetof',
]);

const TAG_KEYWORDS = new Set(['struct', 'union', 'enum']);
const TYPE_WORDS = new Set(['char', 'short', 'int', 'long', 'signed', 'unsigned', '_Bool', '__int128']);

const isIdentStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
const isIdentPart = (c: number) => isIdentStart(c) || (c >= 48 && c <= 57);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;

/** `text[from, to)` with everything but newlines turned into spaces. */
function blank(text: string, from: number, to: number): string {
  const s = text.slice(from, to);
  return s.indexOf('\n') < 0 ? ' '.repeat(s.length) : s.replace(/[^\n]/g, ' ');
}

/** An identifier exactly `length` long made of `prefix` and underscores. */
function placeholder(prefix: string, length: number): string {
  return prefix + '_'.repeat(length - prefix.length);
}

/** `(0…)` over `[from, to)`: a primary expression of the same extent. */
function zeroExpression(text: string, from: number, to: number): string {
  if (to - from < 3) return blank(text, from, to);
  return `(0${blank(text, from + 2, to - 1)})`;
}

class Scanner {
  private pos = 0;
  private last = 0;
  private readonly out: string[] = [];
  readonly typeofs = new Map<number, string>();
  readonly complexes = new Map<number, ComplexBase>();
  readonly boundaries: number[] = [];
  /** For each open bracket: the bracket and the word or punctuator before it. */
  private readonly open: { ch: string; before: string; body: boolean }[] = [];
  private braces = 0;
  /** The previous significant token, and for a `)` the token before its `(`. */
  private prevToken = '';
  /** The token before `prev`. */
  private prev2 = '';
  private prevGroupBefore = '';
  /** Inside a record body: where the member being scanned starts and the words it has had so far. */
  private memberStart = -1;
  private memberWords: { start: number; end: number; text: string }[] = [];

  private get prev(): string {
    return this.prevToken;
  }

  private set prev(token: string) {
    this.prev2 = this.prevToken;
    this.prevToken = token;
  }

  private inRecordBody(): boolean {
    const top = this.open[this.open.length - 1];
    return top !== undefined && top.ch === '{' && top.body;
  }
  /** The file-scope declaration being scanned is a typedef. */
  private typedef = false;

  constructor(private readonly text: string) {}

  run(): GnuRewrite {
    const t = this.text;
    const n = t.length;
    while (this.pos < n) {
      const c = t.charCodeAt(this.pos);
      if (isSpace(c)) {
        this.pos++;
      } else if (isIdentStart(c)) {
        this.word();
      } else if (c === 34 || c === 39) {
        this.pos = this.literalEnd(this.pos);
        this.prev = '"';
      } else if (c >= 48 && c <= 57) {
        while (this.pos < n && (isIdentPart(t.charCodeAt(this.pos)) || t[this.pos] === '.')) this.pos++;
        this.prev = '0';
      } else {
        this.punct(t[this.pos]);
      }
    }
    this.out.push(t.slice(this.last));
    return { text: this.out.join(''), source: this.movedSource(), typeofs: this.typeofs, complexes: this.complexes, boundaries: this.boundaries };
  }

  /** Rewrites that move text rather than blank or rename it, in order. */
  private readonly moves: [number, number, string][] = [];

  private move(from: number, to: number, by: string): void {
    this.moves.push([from, to, by]);
    this.replace(from, to, by);
  }

  private movedSource(): string {
    if (this.moves.length === 0) return this.text;
    let out = '';
    let last = 0;
    for (const [from, to, by] of this.moves) {
      out += this.text.slice(last, from) + by;
      last = to;
    }
    return out + this.text.slice(last);
  }

  private replace(from: number, to: number, by: string): void {
    this.out.push(this.text.slice(this.last, from), by);
    this.last = to;
  }

  private literalEnd(start: number): number {
    const t = this.text;
    const q = t[start];
    let i = start + 1;
    for (; i < t.length && t[i] !== q && t[i] !== '\n'; i++) if (t[i] === '\\') i++;
    return i + 1;
  }

  /** Offset of the first significant character at or after `i`. */
  private skipSpace(i: number): number {
    const t = this.text;
    while (i < t.length && isSpace(t.charCodeAt(i))) i++;
    return i;
  }

  /** Index just past the bracket matching the one at `open` (literals skipped); -1 when unbalanced. */
  private matching(open: number): number {
    const t = this.text;
    const o = t[open];
    const c = o === '(' ? ')' : o === '[' ? ']' : '}';
    let depth = 0;
    for (let i = open; i < t.length; i++) {
      const ch = t[i];
      if (ch === '"' || ch === "'") i = this.literalEnd(i) - 1;
      else if (ch === o) depth++;
      else if (ch === c && --depth === 0) return i + 1;
    }
    return -1;
  }

  private readWord(at: number): string {
    const t = this.text;
    let e = at;
    while (e < t.length && isIdentPart(t.charCodeAt(e))) e++;
    return t.slice(at, e);
  }

  private word(): void {
    const start = this.pos;
    const w = this.readWord(start);
    const end = start + w.length;
    this.pos = end;
    if (this.memberStart < 0) this.memberStart = start;
    this.memberWords.push({ start, end, text: w });
    if (w === 'typedef' && this.open.length === 0 && this.braces === 0) this.typedef = true;
    if (w.length < 3 || (w.charCodeAt(0) !== 95 && !TYPEOF.has(w) && !ASM.has(w) && w !== 'float' && w !== 'double' && w !== 'long')) {
      this.prev = w;
      return;
    }
    const kw = KEYWORDS[w];
    if (kw !== undefined) {
      this.replace(start, end, kw.padEnd(w.length, ' '));
      if (kw) this.prev = kw;
      return;
    }
    const next = this.skipSpace(end);
    const paren = this.text[next] === '(';
    if ((w === '__attribute__' || w === '__attribute') && paren) return this.attribute(start, next);
    if (ASM.has(w)) return this.asm(start, next);
    if (TYPEOF.has(w) && paren) return this.typeofSpecifier(start, next);
    if (w === '_Atomic' && paren) return this.atomic(next);
    if (ZERO_BUILTINS.has(w) && paren) {
      const close = this.matching(next);
      if (close > 0) {
        this.replace(start, close, zeroExpression(this.text, start, close));
        this.pos = close;
        this.prev = ')';
        this.prevGroupBefore = '=';
        return;
      }
    }
    if (w === '_Complex' || w === '__complex__' || w === 'float' || w === 'double' || w === 'long') {
      if (this.complex(start)) return;
    }
    this.prev = w;
  }

  /** `__attribute__((…))` at `start`, its first `(` at `open`: blanked unless it names a layout attribute. */
  private attribute(start: number, open: number): void {
    const close = this.matching(open);
    if (close < 0) {
      this.prev = '__attribute__';
      this.pos = open;
      return;
    }
    this.pos = close;
    if (this.namesLayoutAttribute(open, close) && !this.onUnboundDeclarator(close)) {
      if (this.rotateIntoTypedef(start, close)) return;
      this.mergeFollowing(close);
      this.prev = ')';
      this.prevGroupBefore = '__attribute__';
    } else {
      this.replace(start, close, blank(this.text, start, close));
    }
  }

  /**
   * `typedef unsigned long __attribute__((aligned(4))) name;`: the grammar has no place for an attribute between
   * a typedef's type and its name. The attribute and the name trade places (`name __attribute__((…))`, which
   * means the same for a typedef); only the name's column moves.
   */
  private rotateIntoTypedef(start: number, close: number): boolean {
    // After a body (`typedef struct {…} __attribute__((packed)) t;`) the attribute is the record's: it stays.
    if (!this.typedef || this.open.length > 0 || this.braces > 0 || this.prev === '}') return false;
    const name = this.skipSpace(close);
    if (!isIdentStart(this.text.charCodeAt(name))) return false;
    const word = this.readWord(name);
    const end = name + word.length;
    const after = this.text[this.skipSpace(end)];
    if ((after !== ';' && after !== ',') || this.text.slice(start, end).includes('\n')) return false;
    this.move(start, end, word + this.text.slice(close, name) + this.text.slice(start, close));
    this.pos = end;
    this.prev = word;
    return true;
  }

  /**
   * The grammar takes one attribute list where GNU C allows a run of them (`x __aligned(4) __packed`, `struct
   * __attribute__((a)) __attribute__((b)) s`): the attribute lists right after the one ending at `close` join
   * it (`))  __attribute__((` becomes a comma), and those without a layout attribute are blanked.
   */
  private mergeFollowing(close: number): void {
    let end = close;
    for (;;) {
      const next = this.skipSpace(this.pos);
      const w = isIdentStart(this.text.charCodeAt(next)) ? this.readWord(next) : '';
      if (w !== '__attribute__' && w !== '__attribute') return;
      const open = this.skipSpace(next + w.length);
      const nextClose = this.text[open] === '(' ? this.matching(open) : -1;
      if (nextClose < 0) return;
      if (this.namesLayoutAttribute(open, nextClose)) {
        const inner = this.skipSpace(open + 1) + 1;
        // `…))` of the kept list up to the second `(` of this one → `,` and spaces.
        this.replace(end - 2, inner, `,${blank(this.text, end - 1, inner)}`);
        end = nextClose;
      } else {
        this.replace(next, nextClose, blank(this.text, next, nextClose));
      }
      this.pos = nextClose;
    }
  }

  /**
   * A layout attribute after the declarator of a file-scope variable or function (`x __aligned(4096);`) has no
   * meaning for bindings, and the grammar has no place for it there. Attributes of a type being defined (after
   * `struct`, after its `}`, before `struct`) and everything in a typedef are kept.
   */
  private onUnboundDeclarator(close: number): boolean {
    if (this.open.length > 0 || this.braces > 0 || this.typedef) return false;
    const p = this.prev;
    if (p === ')' && this.prevGroupBefore === '__attribute__') return false;
    if (!(p === ')' || p === ']' || (isIdentStart(p.charCodeAt(0)) && !TAG_KEYWORDS.has(p)))) return false;
    const after = this.skipSpace(close);
    return !TAG_KEYWORDS.has(this.readWord(after));
  }

  /** Whether any attribute name at the list's top level (depth 2) is one that changes a layout. */
  private namesLayoutAttribute(open: number, close: number): boolean {
    const t = this.text;
    let depth = 0;
    for (let i = open; i < close; i++) {
      const ch = t[i];
      if (ch === '"' || ch === "'") i = this.literalEnd(i) - 1;
      else if (ch === '(') depth++;
      else if (ch === ')') depth--;
      else if (depth === 2 && isIdentStart(t.charCodeAt(i))) {
        const w = this.readWord(i);
        if (LAYOUT_ATTRIBUTES.has(w.replace(/^__(.*)__$/, '$1'))) return true;
        i += w.length - 1;
      } else if (depth === 2 && isIdentPart(t.charCodeAt(i))) {
        // a number (inside no call): skip it whole
        while (i + 1 < close && isIdentPart(t.charCodeAt(i + 1))) i++;
      }
    }
    return false;
  }

  /** `asm [volatile|goto|inline]* (…)`: a label or a top-level statement, both meaningless to bindings. */
  private asm(start: number, after: number): void {
    let i = after;
    for (;;) {
      const w = isIdentStart(this.text.charCodeAt(i)) ? this.readWord(i) : '';
      if (!ASM_QUALIFIERS.has(w)) break;
      i = this.skipSpace(i + w.length);
    }
    const close = this.text[i] === '(' ? this.matching(i) : -1;
    if (close < 0) {
      this.prev = 'asm';
      return;
    }
    this.replace(start, close, blank(this.text, start, close));
    this.pos = close;
  }

  private typeofSpecifier(start: number, open: number): void {
    const close = this.matching(open);
    if (close < 0 || this.text.slice(start, close).includes('\n')) {
      this.prev = 'typeof';
      return;
    }
    this.typeofs.set(start, this.text.slice(open + 1, close - 1));
    this.replace(start, close, placeholder('_Typeof', close - start));
    this.pos = close;
    this.prev = '_Typeof';
  }

  /** `_Atomic(T)` → `_Atomic T `: the parentheses become spaces. */
  private atomic(open: number): void {
    const close = this.matching(open);
    this.prev = '_Atomic';
    if (close < 0) return;
    this.replace(open, open + 1, ' ');
    this.open.push({ ch: '(', before: '_Atomic', body: false });
    this.pos = open + 1;
    this.atomicCloses.add(close - 1);
  }

  private readonly atomicCloses = new Set<number>();

  /**
   * `float _Complex`, `_Complex double`, `long double _Complex`, `__complex__ float`… on one line, starting at
   * the word at `start`: replaced by one identifier. Returns false when the words there are no complex type.
   */
  private complex(start: number): boolean {
    const t = this.text;
    const words: string[] = [];
    let i = start;
    let end = start;
    for (;;) {
      if (!isIdentStart(t.charCodeAt(i))) break;
      const w = this.readWord(i);
      if (!['_Complex', '__complex__', 'float', 'double', 'long'].includes(w)) break;
      words.push(w);
      end = i + w.length;
      let j = end;
      while (j < t.length && (t[j] === ' ' || t[j] === '\t')) j++;
      i = j;
    }
    if (!words.includes('_Complex') && !words.includes('__complex__')) return false;
    const base: ComplexBase = words.includes('float') ? 'float' : words.includes('long') ? 'longdouble' : 'double';
    if (end - start < 4) return false;
    this.complexes.set(start, base);
    this.replace(start, end, placeholder('_Cx', end - start));
    this.pos = end;
    this.prev = '_Cx';
    return true;
  }

  private punct(ch: string): void {
    const at = this.pos;
    this.pos++;
    switch (ch) {
      case '(':
        if (this.text[this.skipSpace(at + 1)] === '{' && this.prev !== ')' ) {
          // A statement expression outside a function body (bodies are blanked whole).
          const close = this.matching(at);
          if (close > 0 && this.text[this.skipBack(close - 2)] === '}') {
            this.replace(at, close, zeroExpression(this.text, at, close));
            this.pos = close;
            this.prev = ')';
            this.prevGroupBefore = '=';
            return;
          }
        }
        this.open.push({ ch, before: this.prev, body: false });
        break;
      case '[':
        this.open.push({ ch, before: this.prev, body: false });
        break;
      case ')':
      case ']': {
        const o = this.open.pop();
        this.prevGroupBefore = o?.before ?? '';
        if (this.atomicCloses.delete(at)) this.replace(at, at + 1, ' ');
        break;
      }
      case ':':
        if (this.inRecordBody()) this.unnamedBitfield();
        break;
      case '{': {
        if (this.open.length === 0 && this.braces === 0 && this.prev === ')' && this.opensBody()) {
          const close = this.matching(at);
          if (close > 0) {
            this.replace(at + 1, close - 1, blank(this.text, at + 1, close - 1));
            this.pos = close;
            this.prev = '}';
            this.boundaries.push(close);
            this.typedef = false;
            return;
          }
        }
        const p = this.prev;
        const record = p === 'struct' || p === 'union' || this.prev2 === 'struct' || this.prev2 === 'union' || (p === ')' && this.prevGroupBefore === '__attribute__');
        this.open.push({ ch, before: p, body: record });
        this.braces++;
        this.newMember();
        break;
      }
      case '}':
        if (this.inRecordBody() && this.endsDeclarator()) this.terminateLastMember(at);
        this.open.pop();
        this.newMember();
        if (this.braces > 0) this.braces--;
        break;
      case ';':
        this.newMember();
        if (this.braces > 0 && (this.prev === ';' || this.prev === '{')) {
          this.replace(at, at + 1, ' ');
          return;
        }
        if (this.open.length === 0) {
          this.boundaries.push(at + 1);
          this.typedef = false;
        }
        break;
    }
    this.prev = ch;
  }

  /** The previous token can end a member declaration: a name, a number, `)` or `]`. */
  private endsDeclarator(): boolean {
    const p = this.prev;
    return p === ')' || p === ']' || (p.length > 0 && isIdentPart(p.charCodeAt(0)));
  }

  private newMember(): void {
    this.memberStart = -1;
    this.memberWords = [];
  }

  /**
   * An unnamed bitfield of a type spelled in several words (`long long :0`, `unsigned short :3`, `enum e :2`):
   * the grammar reads the last word as the member's name. The type words become one typeof placeholder.
   */
  private unnamedBitfield(): void {
    const words = this.memberWords;
    if (words.length < 2 || this.memberStart < this.last || this.prev !== words[words.length - 1].text) return;
    const lastWord = words[words.length - 1];
    const before = words[words.length - 2].text;
    if (!TYPE_WORDS.has(lastWord.text) && !TAG_KEYWORDS.has(before)) return;
    const from = this.memberStart;
    const to = lastWord.end;
    if (this.text.slice(from, to).includes('\n') || /[^\w\s]/.test(this.text.slice(from, to))) return;
    this.typeofs.set(from, this.text.slice(from, to));
    this.replace(from, to, placeholder('_Ty', to - from));
  }

  /**
   * `unsigned : 6 }`: gcc accepts a last member without its `;` (with a warning). A `;` takes the place of a blank
   * between the member and the `}`, or the member's last token moves one column left into the blank before it.
   */
  private terminateLastMember(brace: number): void {
    const t = this.text;
    const lastEnd = this.skipBack(brace - 1) + 1;
    if (lastEnd < this.last) return;
    const gap = t.slice(lastEnd, brace);
    const blankAt = gap.search(/[ \t]/);
    if (blankAt >= 0) {
      this.replace(lastEnd + blankAt, lastEnd + blankAt + 1, ';');
      return;
    }
    let tokStart = lastEnd;
    while (tokStart > 0 && isIdentPart(t.charCodeAt(tokStart - 1))) tokStart--;
    if (tokStart === lastEnd) tokStart = lastEnd - 1;
    const space = tokStart - 1;
    if (space < this.last || (t[space] !== ' ' && t[space] !== '\t')) return;
    const glued = isIdentPart(t.charCodeAt(space - 1)) && isIdentPart(t.charCodeAt(tokStart));
    if (glued) return;
    this.move(space, lastEnd, t.slice(tokStart, lastEnd) + ';');
  }

  /** Index of the last significant character at or before `i`. */
  private skipBack(i: number): number {
    while (i > 0 && isSpace(this.text.charCodeAt(i))) i--;
    return i;
  }

  /** A `{` after `)` at file scope opens a function body when that `)` closed a declarator's parameter list. */
  private opensBody(): boolean {
    const b = this.prevGroupBefore;
    if (b === ')' || b === ']') return true;
    return b.length > 0 && isIdentStart(b.charCodeAt(0)) && !NOT_DECLARATOR.has(b);
  }
}

export function rewriteGnu(text: string): GnuRewrite {
  return new Scanner(text).run();
}
