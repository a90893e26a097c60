import type { FunctionView } from './functions.ts';

// What the templates receive: every string already computed, so templates only lay text out.

export interface RecordClassView {
  /** TSDoc block for the class. */
  doc: string;
  name: string;
  size: number;
  align: number;
  /** `{ a: 0, b: 4 }` body, ready to print. */
  offsets: string;
  /** Member code blocks joined with blank lines. */
  members: string;
}

export interface EnumView {
  doc: string;
  /** null for an anonymous enum: only its enumerators are exported. */
  name: string | null;
  /** `A: 0, B: 1` object body. */
  body: string;
  enumerators: { doc: string; key: string; name: string; value: string }[];
}

export interface ConstantView {
  doc: string;
  name: string;
  value: string;
}

export interface IoctlView {
  name: string;
  /** `{ request: …, dir: …, … }` text. */
  entry: string;
}

export interface HelperView {
  doc: string;
  /** `kref_get(kref: kref): void;` */
  signature: string;
}

export interface ModuleView {
  subsystem: string;
  target: string;
  /** Path of the file inside the package directory. */
  fileName: string;
  banner: string;
  /** import lines, already sorted. */
  imports: string[];
  enums: EnumView[];
  constants: ConstantView[];
  records: RecordClassView[];
  ioctls: IoctlView[];
  helpers: HelperView[];
  /** `typedef struct x y_t;` → `export { x as y_t };` lines. */
  aliases: { doc: string; line: string }[];
  /** Function prototypes the target's adapter can call (config "functions"). */
  functions: FunctionView[];
  /** The @tsbindgen/abi function that binds them on this target. */
  adapter: 'bindWasm' | 'bindKoffi';
}

export interface LayoutCheckView {
  target: string;
  records: { id: string; name: string; size: number; align: number; fields: string }[];
}

export interface PackageView {
  subsystem: string;
  packageName: string;
  /** JSON string literals, quotes included. */
  description: string;
  version: string;
  /** null when the config names no license (package.json then has none). */
  license: string | null;
  private: boolean;
  /** `"./i386": { "types": …, "import": …, "default": … },` lines, `"."` first. */
  exports: string[];
  /** `"@tsbindgen/abi": "^0.1.0",` lines. */
  dependencies: string[];
  types: string;
  banner: string;
  modules: ModuleView[];
  layoutChecks: LayoutCheckView[];
}

/** One file of output, path relative to the output directory with '/' separators. */
export interface OutputFile {
  path: string;
  content: string;
}
