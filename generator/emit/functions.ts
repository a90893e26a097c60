// Function prototypes as typed signatures plus the data the call adapters of @tsbindgen/abi need: for each
// function the C kind of every argument and of the result (runtime/abi/functions.ts, CKind). Which kinds can be
// called depends on the adapter, and the adapter on the target: wasm32 modules are for bindWasm, the others for
// bindKoffi. A function the adapter cannot call is left out of the module, with a note saying why.
//
// Diagnostic codes: function-not-bound.

import type { DiagnosticSink } from '../diagnostics.ts';
import type { CType, FunctionDecl, IrModule } from '../ir/types.ts';
import type { TargetInfo } from '../layout/targets.ts';
import { paramName } from './names.ts';
import { resolveType } from './resolve.ts';
import { scalarOf } from './scalars.ts';

export type Adapter = 'bindWasm' | 'bindKoffi';

export function adapterFor(target: TargetInfo): Adapter {
  return target.name === 'wasm32' ? 'bindWasm' : 'bindKoffi';
}

export interface FunctionContext {
  ir: IrModule;
  target: TargetInfo;
  classFor(recordId: string): string | undefined;
  enumTypeFor(enumId: string): string | undefined;
  sink: DiagnosticSink;
}

interface Crossing {
  /** The table's CKind, as source text. */
  kind: string;
  /** The TypeScript type of an argument / of a result. */
  arg: string;
  ret: string;
}

const SCALARS = new Set(['bool', 'i8', 'u8', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'f32', 'f64']);

/** How a C type crosses through the adapter, or why it cannot. */
function crossing(ctx: FunctionContext, adapter: Adapter, type: CType, isResult: boolean): Crossing | string {
  const t = resolveType(ctx.ir, type);
  if (!t) return 'of a type tsbindgen does not know';
  switch (t.kind) {
    case 'void':
      return isResult ? { kind: "'void'", arg: 'void', ret: 'void' } : 'void';
    case 'record':
      return `a ${t.id.startsWith('union') ? 'union' : 'struct'} passed by value (pass a pointer)`;
    case 'array':
      return 'an array';
    case 'function':
      return 'a function';
    case 'pointer': {
      const pointee = resolveType(ctx.ir, t.pointee);
      if (pointee?.kind === 'record') {
        const cls = ctx.classFor(pointee.id);
        if (cls) return { kind: `{ record: ${cls} as typeof ${cls} }`, arg: `${cls} | null`, ret: `${cls} | null` };
      }
      if (adapter === 'bindWasm') return { kind: "'pointer'", arg: 'number', ret: 'number' };
      if (pointee?.kind === 'int' && (pointee.int === 'char' || pointee.int === 'schar' || pointee.int === 'uchar') && pointee.const) {
        return { kind: "'cstring'", arg: 'string | null', ret: 'string | null' };
      }
      if (pointee?.kind === 'function') return 'a function pointer';
      if (pointee?.kind === 'record') return `a pointer to ${pointee.id}, which has no generated view`;
      return 'a pointer that is neither a record with a view nor a const char string';
    }
    default: {
      const s = scalarOf(ctx.ir, t, ctx.target);
      if (!s || !SCALARS.has(s.kind)) return s?.kind === 'raw' ? 'long double' : s ? `a ${s.size * 8}-bit integer` : 'of an unsupported type';
      const enumType = t.kind === 'enum' && s.ts === 'number' ? ctx.enumTypeFor(t.id) : undefined;
      const ts = enumType ?? s.ts;
      return { kind: `'${s.kind}'`, arg: ts, ret: ts };
    }
  }
}

export interface FunctionView {
  doc: string;
  name: string;
  /** `add(a: number, b: number): number;` */
  signature: string;
  /** `{ ret: 'i32', params: ['i32', 'i32'] }` */
  entry: string;
}

/** The function's view, or undefined (and a note) when the target's adapter cannot call it. */
export function functionView(ctx: FunctionContext, fn: FunctionDecl, doc: string): FunctionView | undefined {
  const adapter = adapterFor(ctx.target);
  const why = (what: string) => {
    ctx.sink.report({
      severity: 'note',
      code: 'function-not-bound',
      message: `${fn.name}() is not bound for ${adapter} on ${ctx.target.name}: ${what}`,
      loc: fn.loc,
    });
    return undefined;
  };
  if (fn.variadic) return why('it is variadic');
  const params = fn.params.filter((p) => !(p.name === null && resolveType(ctx.ir, p.type)?.kind === 'void'));
  const args: string[] = [];
  const kinds: string[] = [];
  for (const [i, p] of params.entries()) {
    const c = crossing(ctx, adapter, p.type, false);
    if (typeof c === 'string') return why(`parameter ${i + 1}${p.name ? ` (${p.name})` : ''} is ${c}`);
    args.push(`${paramName(p.name, i)}: ${c.arg}`);
    kinds.push(c.kind);
  }
  const r = crossing(ctx, adapter, fn.ret, true);
  if (typeof r === 'string') return why(`the result is ${r}`);
  return {
    doc,
    name: fn.name,
    signature: `${fn.name}(${args.join(', ')}): ${r.ret};`,
    entry: `{ ret: ${r.kind}, params: [${kinds.join(', ')}] }`,
  };
}
