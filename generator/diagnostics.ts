// Diagnostics are values: every stage appends to a sink and keeps going where it can; only the CLI prints.

export type Severity = 'error' | 'warning' | 'note';

export interface SourceLoc {
  /** Path as the user named it (relative to the working directory when possible), never resolved to absolute in output. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units of the original line. */
  column: number;
}

export interface Diagnostic {
  severity: Severity;
  /** Stable kebab-case code, listed in diagnostic-codes.ts. */
  code: string;
  message: string;
  loc?: SourceLoc;
}

export class DiagnosticSink {
  readonly items: Diagnostic[] = [];

  report(d: Diagnostic): void {
    this.items.push(d);
  }

  error(code: string, message: string, loc?: SourceLoc): void {
    this.report({ severity: 'error', code, message, loc });
  }

  warning(code: string, message: string, loc?: SourceLoc): void {
    this.report({ severity: 'warning', code, message, loc });
  }

  get hasErrors(): boolean {
    return this.items.some((d) => d.severity === 'error');
  }
}

/** `file:line:col: severity code: message`, the format compilers use so editors can jump to it. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.loc ? `${d.loc.file}:${d.loc.line}:${d.loc.column}: ` : 'tsbindgen: ';
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}
