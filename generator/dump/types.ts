// The JSON printed by `tsbindgen layout`: a public interface (documented in README.md), so change it only additively.
// Sizes and offsets are exact JSON numbers: layout refuses (size-not-exact) any object above 2^50 bytes
// rather than round it, so none of them ever exceeds 2^53 (generator/layout/limits.ts).

export interface FieldDump {
  path: string;
  offset: number;
  size: number;
  /** The member's alignment in this record (what __alignof__ of the member gives; 1 when packed). */
  align?: number;
  bitOffset?: number;
  bitWidth?: number;
}

export interface RecordDump {
  kind: 'struct' | 'union';
  /** The header that defines it, as named on the command line or found on the include path. */
  header?: string;
  size: number;
  align: number;
  fields: FieldDump[];
}

export interface DiagnosticDump {
  severity: 'error' | 'warning' | 'note';
  code: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

export interface LayoutDump {
  target: string;
  /** Keyed `struct NAME` / `union NAME`, for every named record defined in the headers and what they include. */
  records: Record<string, RecordDump>;
  /** Decimal strings, exact for 64-bit values. */
  constants: Record<string, string>;
  /** String and floating macros (a `float` value already rounded to binary32). */
  literals?: Record<string, { kind: 'string'; value: string } | { kind: 'float'; type: 'float' | 'double'; value: number }>;
  /** Macro name → why it is not a constant. */
  skipped: Record<string, string>;
  diagnostics: DiagnosticDump[];
}
