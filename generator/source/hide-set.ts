// Hide sets for macro expansion, shared instead of copied. Nearly every token coming out of a macro gets
// "its hide set plus the macro's name", and the same few combinations recur thousands of times in kernel
// headers; building a fresh Set per token was the preprocessor's largest cost. A HideSet is immutable and
// remembers the sets derived from it, so repeating a union is a map lookup and equal derivations share one
// object (which also makes the next union's cache hit).

/** How far apart, along a chain of derived sets, full copies of the names are kept. */
const SNAPSHOT_EVERY = 32;

export class HideSet {
  /**
   * A fresh empty set to derive from. Each expansion takes its own root, so the sets and caches it builds
   * die with it: one process-wide root kept every combination alive, and the larger heap slowed later GCs.
   */
  static root(): HideSet {
    return new HideSet(undefined, undefined, 0);
  }

  // Created on first use: most sets are leaves that never derive another.
  private plusName: Map<string, HideSet> | undefined;
  private plusSet: Map<HideSet, HideSet> | undefined;

  /**
   * A set is its newest name plus the set it was derived from: deriving allocates one small object instead
   * of copying a Set (whose copy, before V8 optimizes it, also allocates an iterator result per name), and
   * hide sets stay small enough (a few names) that `has` walking the chain is cheap.
   */
  private constructor(
    private readonly name: string | undefined,
    private readonly rest: HideSet | undefined,
    readonly size: number,
  ) {
    // Every SNAPSHOT_EVERY-th set of a chain also holds all its names in a Set, so `has` walks at most that
    // many links: macros nested hundreds deep (fuzzed headers) made each lookup walk the whole chain.
    if (size > 0 && size % SNAPSHOT_EVERY === 0) {
      const own = new Set<string>();
      let s: HideSet | undefined = this;
      for (; s !== undefined && s.size > 0 && s.snapshot === undefined; s = s.rest) own.add(s.name!);
      this.snapshot = own;
      this.below = s !== undefined && s.size > 0 ? s : undefined;
    }
  }

  /**
   * On every SNAPSHOT_EVERY-th set of a chain: the names from it down to the previous such set, and that set,
   * so `has` walks at most SNAPSHOT_EVERY links and then one Set per SNAPSHOT_EVERY names.
   */
  private readonly snapshot: Set<string> | undefined;
  private readonly below: HideSet | undefined;

  has(name: string): boolean {
    for (let s: HideSet | undefined = this; s !== undefined && s.size > 0; s = s.rest) {
      if (s.name === name) return true;
      if (s.snapshot !== undefined) {
        for (let b: HideSet | undefined = s; b !== undefined; b = b.below) if (b.snapshot!.has(name)) return true;
        return false;
      }
    }
    return false;
  }

  /** The names, newest first. */
  private names(): string[] {
    const out: string[] = [];
    for (let s: HideSet | undefined = this; s !== undefined && s.size > 0; s = s.rest) out.push(s.name!);
    return out;
  }

  with(name: string): HideSet {
    if (this.has(name)) return this;
    this.plusName ??= new Map();
    let next = this.plusName.get(name);
    if (next === undefined) {
      next = new HideSet(name, this, this.size + 1);
      this.plusName.set(name, next);
    }
    return next;
  }

  union(other: HideSet): HideSet {
    if (other === this || other.size === 0) return this;
    if (this.size === 0) return other;
    this.plusSet ??= new Map();
    let next = this.plusSet.get(other);
    if (next === undefined) {
      next = this;
      const names = other.names();
      for (let k = names.length - 1; k >= 0; k--) next = next.with(names[k]);
      this.plusSet.set(other, next);
    }
    return next;
  }

  // Intersections asked of this set, for the root they were last derived from (one root per expansion).
  private meetRoot: HideSet | undefined;
  private meets: Map<HideSet, HideSet> | undefined;

  /** Names in both, derived from `root` so equal intersections tend to be the same object. */
  intersect(other: HideSet, root: HideSet): HideSet {
    if (other === this) return this;
    // Derivations from a root are memoized, so the answer for (other, root) is always the same object.
    if (this.meetRoot !== root) {
      this.meetRoot = root;
      this.meets = new Map();
    }
    let known = this.meets!.get(other);
    if (known === undefined) {
      known = this.meetFresh(other, root);
      this.meets!.set(other, known);
    }
    return known;
  }

  private meetFresh(other: HideSet, root: HideSet): HideSet {
    let next = root;
    const names = this.names();
    for (let k = names.length - 1; k >= 0; k--) if (other.has(names[k])) next = next.with(names[k]);
    return next;
  }
}
