// `#pragma pack` as gcc (and clang for wasm32) interpret it: a stack of maximum member alignments, read by
// lowering at the row where each record's layout is decided.
// Measured (gcc 12 on the four Linux targets, clang 14 on wasm32):
// - `pack(N)` sets the cap, `pack()` and `pack(0)` remove it, `push` saves the current value (optionally
//   under an identifier) before an optional new N, `pop` restores the last saved value, `pop, id` the one
//   saved under id; N must be 1, 2, 4, 8 or 16 (else both warn and ignore the pragma); `pop` with nothing
//   saved warns and does nothing.
// - gcc reads the cap when the record's body closes (`}`), clang where its definition starts.
// - gcc does not expand macros in the arguments (an identifier is an unknown action, ignored); clang does.
// - `pop, N`: gcc warns "malformed" and ignores it; clang pops, then sets N. `pop, id` with no such id:
//   gcc warns and pops the top entry; clang warns and does nothing.
// Diagnostic codes: warning pragma-pack-ignored (what the compilers warn about and ignore).

import type { DiagnosticSink } from '../diagnostics.ts';
import type { TargetInfo } from '../layout/targets.ts';
import type { PackPragma } from '../source/types.ts';

interface Saved {
  value: number;
  id: string | null;
}

export interface PackState {
  /** The cap in bytes for a record decided at output row `row`, undefined when none. */
  at(row: number): number | undefined;
  /** Whether the cap is read at the record's closing brace (gcc) or where its definition starts (clang). */
  readonly readAtClose: boolean;
}

const VALID = new Set([1, 2, 4, 8, 16]);

type Arg = { kind: 'number'; value: number; text: string } | { kind: 'ident'; text: string };

/** The comma-separated arguments between the parentheses, or undefined when the shape is not `( … )`. */
function argsOf(pragma: PackPragma, target: TargetInfo): Arg[] | undefined {
  const toks = target.layoutRules === 'clang' ? pragma.expanded : pragma.args;
  if (toks[0]?.text !== '(' || toks[toks.length - 1]?.text !== ')') return undefined;
  const inner = toks.slice(1, -1);
  if (inner.length === 0) return [];
  const out: Arg[] = [];
  for (let k = 0; k < inner.length; k += 2) {
    const t = inner[k]!;
    if (k + 1 < inner.length && inner[k + 1]!.text !== ',') return undefined;
    if (t.kind === 'number' && /^(0[xX][0-9a-fA-F]+|\d+)[uUlL]*$/.test(t.text)) out.push({ kind: 'number', value: Number(t.text.replace(/[uUlL]+$/, '')), text: t.text });
    else if (t.kind === 'ident') out.push({ kind: 'ident', text: t.text });
    else return undefined;
  }
  return out;
}

class Interpreter {
  current = 0;
  readonly stack: Saved[] = [];

  constructor(
    private readonly target: TargetInfo,
    private readonly sink: DiagnosticSink,
  ) {}

  private ignored(pragma: PackPragma, why: string): void {
    this.sink.warning('pragma-pack-ignored', `#pragma pack ignored: ${why}`, pragma.loc);
  }

  /** A new cap, or false after reporting why it is not one. */
  private value(arg: Arg, pragma: PackPragma): number | false {
    if (arg.kind === 'ident') {
      this.ignored(pragma, `"${arg.text}" is not an alignment${this.target.layoutRules === 'clang' ? '' : ' (gcc does not expand macros here)'}`);
      return false;
    }
    if (arg.value === 0) return 0;
    if (VALID.has(arg.value)) return arg.value;
    this.ignored(pragma, `alignment must be 1, 2, 4, 8 or 16, not ${arg.text}`);
    return false;
  }

  apply(pragma: PackPragma): void {
    const args = argsOf(pragma, this.target);
    if (!args) return this.ignored(pragma, 'malformed; expected pack(N), pack(push[, id][, N]), pack(pop[, id]) or pack()');
    const [first, ...rest] = args;
    if (!first) {
      this.current = 0;
      return;
    }
    if (first.kind === 'number' || (first.kind === 'ident' && first.text !== 'push' && first.text !== 'pop')) {
      if (rest.length > 0) return this.ignored(pragma, 'malformed');
      const v = this.value(first, pragma);
      if (v !== false) this.current = v;
      return;
    }
    if (first.text === 'push') return this.push(rest, pragma);
    return this.pop(rest, pragma);
  }

  private push(rest: Arg[], pragma: PackPragma): void {
    let id: string | null = null;
    let args = rest;
    if (args[0]?.kind === 'ident' && args.length <= 2 && (args.length === 1 || args[1]!.kind === 'number')) {
      id = args[0].text;
      args = args.slice(1);
    }
    if (args.length > 1) return this.ignored(pragma, 'malformed push');
    const v = args[0] ? this.value(args[0], pragma) : this.current;
    if (v === false) return;
    this.stack.push({ value: this.current, id });
    this.current = v;
  }

  private pop(rest: Arg[], pragma: PackPragma): void {
    const clang = this.target.layoutRules === 'clang';
    if (rest.length > 1) return this.ignored(pragma, 'malformed pop');
    const arg = rest[0];
    if (arg?.kind === 'number') {
      if (!clang) return this.ignored(pragma, 'malformed; gcc takes pop or pop, id');
      const v = this.value(arg, pragma);
      if (v === false) return;
      this.popTop(pragma);
      this.current = v;
      return;
    }
    if (arg) {
      const k = this.stack.map((s) => s.id).lastIndexOf(arg.text);
      if (k < 0) {
        this.ignored(pragma, `no pack(push, ${arg.text}) to pop${clang ? '' : ' (gcc pops the last push instead)'}`);
        if (clang) return;
      } else this.stack.length = k + 1;
    }
    this.popTop(pragma);
  }

  private popTop(pragma: PackPragma): void {
    const top = this.stack.pop();
    if (top) this.current = top.value;
    else this.ignored(pragma, 'pop without a matching push');
  }
}

/** Interpret every pack pragma of a translation unit once, in order; warnings go to `sink`. */
export function packState(pragmas: readonly PackPragma[] | undefined, target: TargetInfo, sink: DiagnosticSink): PackState | undefined {
  if (!pragmas || pragmas.length === 0) return undefined;
  const interp = new Interpreter(target, sink);
  const changes: { row: number; value: number }[] = [];
  for (const p of pragmas) {
    interp.apply(p);
    changes.push({ row: p.row, value: interp.current });
  }
  return {
    readAtClose: target.layoutRules !== 'clang',
    at(row: number): number | undefined {
      let value = 0;
      for (const c of changes) {
        if (c.row > row) break;
        value = c.value;
      }
      return value === 0 ? undefined : value;
    },
  };
}
