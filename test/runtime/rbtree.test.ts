// The heap rbtree (lib/rbtree.c's insert and erase) keeps the red-black rules and the search
// order through random inserts (equal keys going left, as drm_prime_add_buf_handle does) and
// erases; the shapes of small all-equal trees are the ones Linux 6.1 shows through PRIME lookups
// (test/conformance/scripts/30-*, 31-*).

import { describe, expect, it } from 'vitest';
import { Heap } from '../../runtime/heap.ts';
import { RbTree } from '../../runtime/rbtree.ts';
import { rb_node, rb_root } from '../../runtime/views.ts';

function makeTree() {
  const heap = new Heap(1 << 20);
  const rootAddr = heap.alloc(rb_root.SIZE, rb_root.ALIGN);
  const tree = new RbTree(heap.dataView, new rb_root(heap.dataView, rootAddr));
  const keys = new Map<number, number>();
  const insert = (key: number): number => {
    const node = heap.alloc(rb_node.SIZE, rb_node.ALIGN);
    keys.set(node, key);
    let parent = 0;
    let left = false;
    for (let at = tree.rootNode; at !== 0;) {
      parent = at;
      left = !(key > keys.get(at)!);
      at = left ? tree.left(at) : tree.right(at);
    }
    tree.link(node, parent, left);
    tree.insertColor(node);
    return node;
  };
  const erase = (node: number): void => {
    tree.erase(node);
    keys.delete(node);
    heap.free(node);
  };
  /** Checks every rule; returns the in-order key list. */
  const check = (): number[] => {
    const order: number[] = [];
    const walk = (n: number, parent: number): number => {
      if (n === 0) return 1;
      expect(tree.parent(n)).toBe(parent);
      if (!tree.isBlack(n)) {
        for (const c of [tree.left(n), tree.right(n)]) if (c !== 0) expect(tree.isBlack(c)).toBe(true);
      }
      const lh = walk(tree.left(n), n);
      order.push(keys.get(n)!);
      const rh = walk(tree.right(n), n);
      expect(lh).toBe(rh);
      return lh + (tree.isBlack(n) ? 1 : 0);
    };
    if (tree.rootNode !== 0) expect(tree.isBlack(tree.rootNode)).toBe(true);
    walk(tree.rootNode, 0);
    return order;
  };
  return { tree, insert, erase, check, keys };
}

describe('rbtree', () => {
  it('keeps the red-black rules and the key order through random inserts and erases', () => {
    let seed = 12345;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) % n);
    const t = makeTree();
    const live: number[] = [];
    for (let step = 0; step < 3000; step++) {
      if (live.length === 0 || rand(3) !== 0) live.push(t.insert(rand(40)));
      else t.erase(live.splice(rand(live.length), 1)[0]);
      if (step % 50 === 0) {
        const order = t.check();
        expect(order.length).toBe(live.length);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
      }
    }
    for (const n of live.splice(0)) t.erase(n);
    expect(t.tree.rootNode).toBe(0);
  });

  it('roots equal keys where the CLRS rebalancing puts them: 2nd of 3, 4th of 8', () => {
    const t = makeTree();
    const nodes = [1, 2, 3].map(() => t.insert(7));
    expect(t.tree.rootNode).toBe(nodes[1]);
    for (let i = 3; i < 8; i++) nodes.push(t.insert(7));
    expect(t.tree.rootNode).toBe(nodes[3]);
    t.check();
  });
});
