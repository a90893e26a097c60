// Types the compiler itself declares, made on first use with the target's definition:
// `__builtin_va_list` (what <stdarg.h> and the kernel's linux/stdarg.h call va_list). Sizes, checked by the ABI
// harness: x86_64 an array of one 24-byte struct (align 8), i386 and wasm32 a `char *`, aarch64 a 32-byte
// struct (AAPCS64 §10.1.5), armhf a struct holding one pointer (AAPCS §8.1.4).

import type { TargetName } from '../layout/targets.ts';
import type { CType, Field, RecordDecl, TypedefDecl } from './types.ts';
import { addDecl, type LowerContext } from './lower-context.ts';

const LOC = { file: '<built-in>', line: 1, column: 1 };
const voidPtr: CType = { kind: 'pointer', pointee: { kind: 'void' } };
const uint: CType = { kind: 'int', int: 'uint' };
const int: CType = { kind: 'int', int: 'int' };

const VA_LIST_FIELDS: Partial<Record<TargetName, [string, CType][]>> = {
  x86_64: [['gp_offset', uint], ['fp_offset', uint], ['overflow_arg_area', voidPtr], ['reg_save_area', voidPtr]],
  aarch64: [['__stack', voidPtr], ['__gr_top', voidPtr], ['__vr_top', voidPtr], ['__gr_offs', int], ['__vr_offs', int]],
  armhf: [['__ap', voidPtr]],
};

export const VA_LIST = '__builtin_va_list';

/** The typedef `__builtin_va_list` for the target, declared in the IR the first time a header names it. */
export function builtinVaList(ctx: LowerContext): CType {
  if (ctx.ir.byId.get(VA_LIST)?.kind === 'typedef') return { kind: 'named', name: VA_LIST };
  const fields = VA_LIST_FIELDS[ctx.target.name];
  let type: CType = { kind: 'pointer', pointee: { kind: 'int', int: 'char' } };
  if (fields) {
    const id = `struct ::${VA_LIST}`;
    const record: RecordDecl = {
      kind: 'record', id, tag: 'struct', name: null, complete: true, packed: false, parent: VA_LIST, loc: LOC, header: LOC.file,
      fields: fields.map(([name, t]): Field => ({ name, type: t, loc: LOC })),
    };
    addDecl(ctx, record);
    type = { kind: 'record', id };
    if (ctx.target.name === 'x86_64') type = { kind: 'array', element: type, length: 1 };
  }
  const decl: TypedefDecl = { kind: 'typedef', id: VA_LIST, name: VA_LIST, type, loc: LOC, header: LOC.file };
  addDecl(ctx, decl);
  return { kind: 'named', name: VA_LIST };
}
