import { describe, expect, test } from 'vitest';
import { enumOf, integerKindOf, isIncomplete, recordOf, resolveTypedefs, typedefChain } from '../../../generator/ir/resolve.ts';
import { int, lowerC } from './lower-helpers.ts';

const ir = lowerC(`
typedef unsigned int __u32;
typedef __u32 handle_t;
typedef const handle_t chandle_t;
struct s { int a; };
typedef struct s s_t;
typedef s_t s2_t;
enum e { A = -1 };
typedef enum e e_t;
struct opaque;
typedef struct opaque opaque_t;
`).ir;

describe('resolve', () => {
  test('resolveTypedefs follows a chain to the builtin type', () => {
    expect(resolveTypedefs({ kind: 'named', name: 'handle_t' }, ir)).toEqual(int('uint'));
  });

  test('qualifiers met along the chain are kept', () => {
    expect(resolveTypedefs({ kind: 'named', name: 'chandle_t' }, ir)).toEqual({ kind: 'int', int: 'uint', const: true });
  });

  test('a name that is not a typedef stays named', () => {
    expect(resolveTypedefs({ kind: 'named', name: 'nope' }, ir)).toEqual({ kind: 'named', name: 'nope' });
  });

  test('recordOf and enumOf find the declaration through typedefs', () => {
    expect([recordOf({ kind: 'named', name: 's2_t' }, ir)?.id, enumOf({ kind: 'named', name: 'e_t' }, ir)?.id]).toEqual(['struct s', 'enum e']);
  });

  test('recordOf is undefined for a non-record', () => {
    expect(recordOf({ kind: 'named', name: 'handle_t' }, ir)).toBeUndefined();
  });

  test('integerKindOf gives an enum its underlying type', () => {
    expect([integerKindOf({ kind: 'named', name: 'e_t' }, ir), integerKindOf({ kind: 'named', name: 'handle_t' }, ir)]).toEqual(['int', 'uint']);
  });

  test('typedefChain lists every typedef name down to the real type', () => {
    expect(typedefChain({ kind: 'named', name: 'chandle_t' }, ir)).toEqual(['chandle_t', 'handle_t', '__u32']);
  });

  test('isIncomplete is true for opaque records and flexible arrays, false for complete types', () => {
    expect([
      isIncomplete({ kind: 'named', name: 'opaque_t' }, ir),
      isIncomplete({ kind: 'array', element: int('int'), length: null }, ir),
      isIncomplete({ kind: 'named', name: 's2_t' }, ir),
    ]).toEqual([true, true, false]);
  });
});
