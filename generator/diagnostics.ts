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

export interface SinkLimits {
  /** Diagnostics kept per source line; the rest are counted, not kept. */
  perLine: number;
  /** Errors kept in all (gcc's -fmax-errors). */
  errors: number;
}

/**
 * One bad line can produce a diagnostic per token (a 3 KB line of them, each printed with its line, was
 * 14 MB of stderr); past these the sink keeps counting and reports how many it dropped in a closing note.
 */
export const DEFAULT_LIMITS: SinkLimits = { perLine: 10, errors: 100 };
/** For sinks whose contents are inspected, not printed. */
export const NO_LIMITS: SinkLimits = { perLine: Infinity, errors: Infinity };

export class DiagnosticSink {
  private readonly kept: Diagnostic[] = [];
  private readonly perLine = new Map<string, number>();
  /** Exact repeats (the front end runs once per target) are kept but not counted against the limits. */
  private readonly counted = new Set<string>();
  private readonly dropped = new Set<string>();
  private errors = 0;
  private droppedErrors = 0;

  constructor(private readonly limits: SinkLimits = DEFAULT_LIMITS) {}

  /** Everything kept, then a note saying how many were dropped, if any were. */
  get items(): Diagnostic[] {
    if (this.dropped.size === 0) return this.kept;
    const l = this.limits;
    const message = `${this.dropped.size} more diagnostic${this.dropped.size === 1 ? '' : 's'} (${this.droppedErrors} error${this.droppedErrors === 1 ? '' : 's'}) not shown: at most ${l.perLine} per line and ${l.errors} errors in all are reported`;
    return [...this.kept, { severity: 'note', code: 'diagnostics-suppressed', message }];
  }

  report(d: Diagnostic): void {
    const key = `${d.severity}\u0000${d.code}\u0000${d.message}\u0000${d.loc ? `${d.loc.file}:${d.loc.line}:${d.loc.column}` : ''}`;
    if (this.dropped.has(key)) return;
    if (!this.counted.has(key)) {
      const lineKey = d.loc ? `${d.loc.file}:${d.loc.line}` : '';
      const onLine = d.loc ? (this.perLine.get(lineKey) ?? 0) : 0;
      if (onLine >= this.limits.perLine || (d.severity === 'error' && this.errors >= this.limits.errors)) {
        this.dropped.add(key);
        if (d.severity === 'error') this.droppedErrors++;
        return;
      }
      this.counted.add(key);
      if (d.loc) this.perLine.set(lineKey, onLine + 1);
      if (d.severity === 'error') this.errors++;
    }
    this.kept.push(d);
  }

  error(code: string, message: string, loc?: SourceLoc): void {
    this.report({ severity: 'error', code, message, loc });
  }

  warning(code: string, message: string, loc?: SourceLoc): void {
    this.report({ severity: 'warning', code, message, loc });
  }

  get hasErrors(): boolean {
    return this.errors > 0 || this.droppedErrors > 0;
  }
}

/** `file:line:col: severity code: message`, the format compilers use so editors can jump to it. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.loc ? `${d.loc.file}:${d.loc.line}:${d.loc.column}: ` : 'tsbindgen: ';
  return `${where}${d.severity} ${d.code}: ${d.message}`;
}
