// Hide sets for macro expansion, shared instead of copied. Nearly every token coming out of a macro gets
// "its hide set plus the macro's name", and the same few combinations recur thousands of times in kernel
// headers; building a fresh Set per token was the preprocessor's largest cost. A HideSet is immutable and
// remembers the sets derived from it, so repeating a union is a map lookup and equal derivations share one
// object (which also makes the next union's cache hit).

export class HideSet {
  /**
   * A fresh empty set to derive from. Each expansion takes its own root, so the sets and caches it builds
   * die with it: one process-wide root kept every combination alive, and the larger heap slowed later GCs.
   */
  static root(): HideSet {
    return new HideSet(new Set());
  }

  // Created on first use: most sets are leaves that never derive another.
  private plusName: Map<string, HideSet> | undefined;
  private plusSet: Map<HideSet, HideSet> | undefined;

  private constructor(private readonly names: ReadonlySet<string>) {}

  get size(): number {
    return this.names.size;
  }

  has(name: string): boolean {
    return this.names.has(name);
  }

  with(name: string): HideSet {
    if (this.names.has(name)) return this;
    this.plusName ??= new Map();
    let next = this.plusName.get(name);
    if (next === undefined) {
      next = new HideSet(new Set(this.names).add(name));
      this.plusName.set(name, next);
    }
    return next;
  }

  union(other: HideSet): HideSet {
    if (other === this || other.names.size === 0) return this;
    if (this.names.size === 0) return other;
    this.plusSet ??= new Map();
    let next = this.plusSet.get(other);
    if (next === undefined) {
      next = this;
      for (const name of other.names) next = next.with(name);
      this.plusSet.set(other, next);
    }
    return next;
  }

  /** Names in both, derived from `root` so equal intersections tend to be the same object. */
  intersect(other: HideSet, root: HideSet): HideSet {
    if (other === this) return this;
    let next = root;
    for (const name of this.names) if (other.names.has(name)) next = next.with(name);
    return next;
  }
}
