// What the preprocessor hands to the parser and to constant evaluation.

import type { SourceLoc } from '../diagnostics.ts';

export type TokenKind = 'ident' | 'number' | 'char' | 'string' | 'punct' | 'other';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Where the token was written (for tokens produced by macro expansion: the macro's definition). */
  loc: SourceLoc;
  /** Whitespace came before it (needed for `#` stringizing and for re-emitting text). */
  spaceBefore: boolean;
}

export interface MacroDef {
  name: string;
  /** null for object-like macros. */
  params: string[] | null;
  variadic: boolean;
  body: Token[];
  /** Replacement text as written in the header, whitespace normalized. */
  text: string;
  loc: SourceLoc;
  /** The header file (as in loc.file) that defined it; '<command-line>', '<config>' or '<built-in>' otherwise. */
  header: string;
  /** The comment block right before the #define, markers stripped. */
  doc?: string;
}

/** One entry per output line: where that line of `text` came from. */
export interface LineOrigin {
  file: string;
  line: number;
}

export interface PreprocessedSource {
  /** Preprocessed C text: directives removed, macros expanded; one output line per origin in lineMap. */
  text: string;
  /** lineMap[i] is the origin of output line i+1. Columns are kept as written where no macro expanded on the line. */
  lineMap: LineOrigin[];
  /** Macros defined at the end of preprocessing, in definition order (later #undef removes them). */
  macros: MacroDef[];
  /** Every file read, in first-include order, as shown in diagnostics. */
  includes: string[];
  /** The ones that are system headers (found through -isystem, the builtin or the toolchain directories). */
  systemHeaders?: ReadonlySet<string>;
  /** The headers named on the command line (the "main" files), as shown in diagnostics. */
  mainFiles: string[];
  /** Doc comments preceding declarations, keyed by `file:line` of the line after the comment. */
  comments: Map<string, string>;
  /** Every `#pragma pack(…)` and `_Pragma("pack(…)")`, in order (absent when there is none). */
  packPragmas?: PackPragma[];
}

/** A pack pragma as written; lowering interprets it (generator/ir/pragma-pack.ts). */
export interface PackPragma {
  /** Index in `text`'s lines of the first output line after the pragma: it applies to text from that row on. */
  row: number;
  loc: SourceLoc;
  /** The tokens after `pack`, parentheses included, as written and with macros expanded. */
  args: Token[];
  expanded: Token[];
}
