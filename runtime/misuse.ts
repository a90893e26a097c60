// Misuse of the runtime by a driver or by the runtime itself (double free, use after free,
// double release of a reference). Kernel code would WARN/BUG; we record a report and refuse
// the operation so the heap is never silently corrupted.

export interface MisuseReport {
  /** stable kebab-case code: heap-double-free, heap-use-after-free, heap-bad-free, ref-double-release, kref-underflow, kref-use-after-free */
  readonly code: string;
  readonly message: string;
}

export class MisuseLog {
  readonly reports: MisuseReport[] = [];
  report(code: string, message: string): void {
    this.reports.push({ code, message });
  }
}
