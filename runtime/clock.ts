// Virtual time. Nothing in the model sleeps: time moves only when a caller advances it, so
// timer-driven behaviour (vgem's fence timeout) is deterministic and testable.

export class Clock {
  private ms = 0;
  get now(): number {
    return this.ms;
  }
  advance(ms: number): void {
    this.ms += Math.max(0, ms);
  }
}
