// Models lib/rbtree.c on rb_node records in the kernel heap: the parent pointer and the colour
// share __rb_parent_color (bit 0 set = black), links are heap addresses, 0 is NULL. Insertion is
// the caller's walk plus rb_link_node and rb_insert_color; rb_erase takes the successor (leftmost
// of the right subtree) for a node with two children and rebalances as Linux does. The shape
// matters to callers whose trees hold equal keys: a lookup answers the first equal node met on
// the way down from the root, so every rotation and recolouring follows the kernel's code.

import { rb_node, rb_root } from './views.ts';

const RB_BLACK = 1n;
const RB_RED = 0n;

export class RbTree {
  constructor(private readonly dv: DataView, readonly root: rb_root) {}

  private n(addr: number): rb_node {
    return new rb_node(this.dv, addr);
  }

  get rootNode(): number {
    return Number(this.root.rb_node);
  }

  left(addr: number): number {
    return Number(this.n(addr).rb_left);
  }

  right(addr: number): number {
    return Number(this.n(addr).rb_right);
  }

  parent(addr: number): number {
    return Number(this.n(addr).__rb_parent_color & ~3n);
  }

  isBlack(addr: number): boolean {
    return (this.n(addr).__rb_parent_color & 1n) === RB_BLACK;
  }

  private isRed(addr: number): boolean {
    return addr !== 0 && !this.isBlack(addr);
  }

  private setLeft(addr: number, child: number): void {
    this.n(addr).rb_left = BigInt(child);
  }

  private setRight(addr: number, child: number): void {
    this.n(addr).rb_right = BigInt(child);
  }

  private setParentColor(addr: number, parent: number, color: bigint): void {
    this.n(addr).__rb_parent_color = BigInt(parent) | color;
  }

  private setParent(addr: number, parent: number): void {
    const v = this.n(addr);
    v.__rb_parent_color = (v.__rb_parent_color & 1n) | BigInt(parent);
  }

  private changeChild(old: number, replacement: number, parent: number): void {
    if (parent === 0) this.root.rb_node = BigInt(replacement);
    else if (this.left(parent) === old) this.setLeft(parent, replacement);
    else this.setRight(parent, replacement);
  }

  /** __rb_rotate_set_parents: `replacement` takes old's place and colour; old gets `color`. */
  private rotateSetParents(old: number, replacement: number, color: bigint): void {
    const parent = this.parent(old);
    this.n(replacement).__rb_parent_color = this.n(old).__rb_parent_color;
    this.setParentColor(old, replacement, color);
    this.changeChild(old, replacement, parent);
  }

  /** rb_link_node: a red leaf under `parent` (0 = the root) on the given side. */
  link(node: number, parent: number, leftSide: boolean): void {
    const v = this.n(node);
    v.__rb_parent_color = BigInt(parent) | RB_RED;
    v.rb_left = 0n;
    v.rb_right = 0n;
    if (parent === 0) this.root.rb_node = BigInt(node);
    else if (leftSide) this.setLeft(parent, node);
    else this.setRight(parent, node);
  }

  /** rb_insert_color (__rb_insert without augmentation). */
  insertColor(node: number): void {
    let parent = this.parent(node);
    for (;;) {
      if (parent === 0) {
        this.setParentColor(node, 0, RB_BLACK);
        return;
      }
      if (this.isBlack(parent)) return;
      const gparent = this.parent(parent);
      let tmp = this.right(gparent);
      if (parent !== tmp) {
        if (tmp !== 0 && this.isRed(tmp)) {
          this.setParentColor(tmp, gparent, RB_BLACK);
          this.setParentColor(parent, gparent, RB_BLACK);
          node = gparent;
          parent = this.parent(node);
          this.setParentColor(node, parent, RB_RED);
          continue;
        }
        tmp = this.right(parent);
        if (node === tmp) {
          tmp = this.left(node);
          this.setRight(parent, tmp);
          this.setLeft(node, parent);
          if (tmp !== 0) this.setParentColor(tmp, parent, RB_BLACK);
          this.setParentColor(parent, node, RB_RED);
          parent = node;
          tmp = this.right(node);
        }
        this.setLeft(gparent, tmp);
        this.setRight(parent, gparent);
        if (tmp !== 0) this.setParentColor(tmp, gparent, RB_BLACK);
        this.rotateSetParents(gparent, parent, RB_RED);
        return;
      } else {
        tmp = this.left(gparent);
        if (tmp !== 0 && this.isRed(tmp)) {
          this.setParentColor(tmp, gparent, RB_BLACK);
          this.setParentColor(parent, gparent, RB_BLACK);
          node = gparent;
          parent = this.parent(node);
          this.setParentColor(node, parent, RB_RED);
          continue;
        }
        tmp = this.left(parent);
        if (node === tmp) {
          tmp = this.right(node);
          this.setLeft(parent, tmp);
          this.setRight(node, parent);
          if (tmp !== 0) this.setParentColor(tmp, parent, RB_BLACK);
          this.setParentColor(parent, node, RB_RED);
          parent = node;
          tmp = this.left(node);
        }
        this.setRight(gparent, tmp);
        this.setLeft(parent, gparent);
        if (tmp !== 0) this.setParentColor(tmp, gparent, RB_BLACK);
        this.rotateSetParents(gparent, parent, RB_RED);
        return;
      }
    }
  }

  /** rb_erase: unlink `node`, then restore the colour rules from where a black node went missing. */
  erase(node: number): void {
    const rebalance = this.eraseUnlink(node);
    if (rebalance !== 0) this.eraseColor(rebalance);
  }

  /** __rb_erase_augmented without augmentation: the node to rebalance from, or 0. */
  private eraseUnlink(node: number): number {
    const child = this.right(node);
    let tmp = this.left(node);
    if (tmp === 0) {
      const pc = this.n(node).__rb_parent_color;
      const parent = Number(pc & ~3n);
      this.changeChild(node, child, parent);
      if (child !== 0) {
        this.n(child).__rb_parent_color = pc;
        return 0;
      }
      return (pc & 1n) === RB_BLACK ? parent : 0;
    }
    if (child === 0) {
      const pc = this.n(node).__rb_parent_color;
      this.n(tmp).__rb_parent_color = pc;
      this.changeChild(node, tmp, Number(pc & ~3n));
      return 0;
    }
    let successor = child;
    let parent: number;
    let child2: number;
    tmp = this.left(child);
    if (tmp === 0) {
      parent = successor;
      child2 = this.right(successor);
    } else {
      do {
        parent = successor;
        successor = tmp;
        tmp = this.left(tmp);
      } while (tmp !== 0);
      child2 = this.right(successor);
      this.setLeft(parent, child2);
      this.setRight(successor, child);
      this.setParent(child, successor);
    }
    tmp = this.left(node);
    this.setLeft(successor, tmp);
    this.setParent(tmp, successor);
    const pc = this.n(node).__rb_parent_color;
    this.changeChild(node, successor, Number(pc & ~3n));
    let rebalance: number;
    if (child2 !== 0) {
      this.setParentColor(child2, parent, RB_BLACK);
      rebalance = 0;
    } else {
      rebalance = this.isBlack(successor) ? parent : 0;
    }
    this.n(successor).__rb_parent_color = pc;
    return rebalance;
  }

  /** ____rb_erase_color: `parent` lost a black node on one side (its child `node`, 0 at first). */
  private eraseColor(parent: number): void {
    let node = 0;
    for (;;) {
      let sibling = this.right(parent);
      if (node !== sibling) {
        if (this.isRed(sibling)) {
          const t = this.left(sibling);
          this.setRight(parent, t);
          this.setLeft(sibling, parent);
          this.setParentColor(t, parent, RB_BLACK);
          this.rotateSetParents(parent, sibling, RB_RED);
          sibling = t;
        }
        let tmp1 = this.right(sibling);
        if (tmp1 === 0 || this.isBlack(tmp1)) {
          const tmp2 = this.left(sibling);
          if (tmp2 === 0 || this.isBlack(tmp2)) {
            this.setParentColor(sibling, parent, RB_RED);
            if (this.isRed(parent)) {
              this.setParentColor(parent, this.parent(parent), RB_BLACK);
            } else {
              node = parent;
              parent = this.parent(node);
              if (parent !== 0) continue;
            }
            return;
          }
          tmp1 = this.right(tmp2);
          this.setLeft(sibling, tmp1);
          this.setRight(tmp2, sibling);
          this.setRight(parent, tmp2);
          if (tmp1 !== 0) this.setParentColor(tmp1, sibling, RB_BLACK);
          tmp1 = sibling;
          sibling = tmp2;
        }
        const tmp2 = this.left(sibling);
        this.setRight(parent, tmp2);
        this.setLeft(sibling, parent);
        this.setParentColor(tmp1, sibling, RB_BLACK);
        if (tmp2 !== 0) this.setParent(tmp2, parent);
        this.rotateSetParents(parent, sibling, RB_BLACK);
        return;
      } else {
        sibling = this.left(parent);
        if (this.isRed(sibling)) {
          const t = this.right(sibling);
          this.setLeft(parent, t);
          this.setRight(sibling, parent);
          this.setParentColor(t, parent, RB_BLACK);
          this.rotateSetParents(parent, sibling, RB_RED);
          sibling = t;
        }
        let tmp1 = this.left(sibling);
        if (tmp1 === 0 || this.isBlack(tmp1)) {
          const tmp2 = this.right(sibling);
          if (tmp2 === 0 || this.isBlack(tmp2)) {
            this.setParentColor(sibling, parent, RB_RED);
            if (this.isRed(parent)) {
              this.setParentColor(parent, this.parent(parent), RB_BLACK);
            } else {
              node = parent;
              parent = this.parent(node);
              if (parent !== 0) continue;
            }
            return;
          }
          tmp1 = this.left(tmp2);
          this.setRight(sibling, tmp1);
          this.setLeft(tmp2, sibling);
          this.setLeft(parent, tmp2);
          if (tmp1 !== 0) this.setParentColor(tmp1, sibling, RB_BLACK);
          tmp1 = sibling;
          sibling = tmp2;
        }
        const tmp2 = this.right(sibling);
        this.setLeft(parent, tmp2);
        this.setRight(sibling, parent);
        this.setParentColor(tmp1, sibling, RB_BLACK);
        if (tmp2 !== 0) this.setParent(tmp2, parent);
        this.rotateSetParents(parent, sibling, RB_BLACK);
        return;
      }
    }
  }
}
