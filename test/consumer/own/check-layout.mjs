// The user's package, installed from its own tarball: every target's module loads and works, and every record
// size, field offset and integer constant it reports equals what that target's compiler computes — asserted
// with _Static_assert in a probe compiled (-fsyntax-only) by gcc, gcc -m32, the two cross gccs and clang.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { layoutChecks } from '@mylib/mylib/layout-checks';

const COMPILERS = {
  x86_64: ['gcc'],
  i386: ['gcc', '-m32'],
  aarch64: ['aarch64-linux-gnu-gcc'],
  armhf: ['arm-linux-gnueabihf-gcc'],
  wasm32: ['clang-14', '--target=wasm32', '-ffreestanding'],
};
const headers = process.argv.slice(2);

for (const [target, [cc, ...flags]] of Object.entries(COMPILERS)) {
  const mod = await import(`@mylib/mylib/${target}`);
  const probe = headers.map((h) => `#include "${h}"`);
  let checks = 0;
  for (const [id, rec] of Object.entries(layoutChecks[target])) {
    if (id.includes('::')) continue; // an anonymous record has no C name; its members are checked through the parent
    probe.push(`_Static_assert(sizeof(${id}) == ${rec.size}, "${target}: size of ${id}");`);
    probe.push(`_Static_assert(_Alignof(${id}) == ${rec.align}, "${target}: align of ${id}");`);
    checks += 2;
    for (const f of rec.fields) {
      if (f.bitWidth !== undefined) continue; // offsetof cannot name a bitfield; the record size still covers it
      probe.push(`_Static_assert(__builtin_offsetof(${id}, ${f.path}) == ${f.offset}, "${target}: ${id}.${f.path}");`);
      checks++;
    }
    assert.equal(mod[rec.name].SIZE, rec.size, `${target}: ${rec.name}.SIZE`);
    assert.equal(mod[rec.name].alloc().bytes().length, rec.size, `${target}: ${rec.name}.alloc()`);
  }
  for (const [name, value] of Object.entries(mod)) {
    if (!/^MYLIB_[A-Z0-9_]+$/.test(name) || (typeof value !== 'number' && typeof value !== 'bigint')) continue;
    probe.push(`_Static_assert((${name}) == ${value}${typeof value === 'bigint' || value > 0x7fffffff ? 'ull' : ''}, "${target}: ${name}");`);
    checks++;
  }
  writeFileSync(`probe-${target}.c`, `${probe.join('\n')}\n`);
  execFileSync(cc, [...flags, '-std=c11', '-fsyntax-only', '-Iheaders', `probe-${target}.c`], { stdio: 'inherit' });
  console.log(`own header on ${target}: ${checks} facts equal ${[cc, ...flags].join(' ')}'s`);
}
const s = (await import('@mylib/mylib')).mylib_sample.alloc();
s.count = 7n;
s.value.i = -2;
assert.equal(s.count, 7n);
assert.equal(s.value.i, -2);

// Typed pointers from the installed packages: a two-element list in one memory, followed on 64- and 32-bit targets.
for (const [target, zero] of [['x86_64', 0n], ['i386', 0]]) {
  const { mylib_list, mylib_point } = await import(`@mylib/mylib/${target}`);
  const addr = (n) => (typeof zero === 'bigint' ? BigInt(n) : n);
  const memory = new ArrayBuffer(256);
  const [a, b] = [new mylib_list(memory, 16), new mylib_list(memory, 16 + mylib_list.SIZE)];
  a.next = addr(b.byteOffset);
  a.at = addr(128);
  b.at = addr(128 + mylib_point.SIZE);
  new mylib_point(memory, 128 + mylib_point.SIZE).y = -3;
  assert.equal(a.next.deref(memory).at.deref(memory).y, -3, `${target}: a->next->at->y`);
  assert.equal(a.at.at(memory, 1).y, -3, `${target}: a->at[1].y`);
  assert.ok(b.next.isNull && a.visit.isNull, `${target}: NULLs`);
  assert.equal(typeof a.next.address, typeof zero, `${target}: address width`);
  new TextEncoder().encodeInto('héllo\0', new Uint8Array(memory, 200));
  a.label = addr(200);
  assert.equal(a.label.string(memory), 'héllo', `${target}: a->label as a C string`);
  console.log(`typed pointers on ${target}: deref, at and NULL work from the installed package`);
}
