// Which subsystem owns which header: every header under headersRoot that "exclude" does not name matches exactly
// one subsystem's globs.
//
// Diagnostic codes: header-unassigned, header-multiply-assigned, manifest-glob-unmatched.

import { posix } from 'node:path';
import picomatch from 'picomatch';
import type { DiagnosticSink } from '../diagnostics.ts';
import type { ProjectConfig } from './manifest.ts';

export interface Assignment {
  /** Header path relative to headersRoot ('/' separators) → subsystem name. */
  owner: Map<string, string>;
  /** Subsystem → its headers relative to headersRoot, sorted. */
  headersOf: Map<string, string[]>;
}

/**
 * `headers` are paths relative to headersRoot. Reports every header with zero or several owners and every glob that
 * matches nothing (a typo there would silently drop headers).
 */
export function assignHeaders(config: ProjectConfig, headers: readonly string[], sink: DiagnosticSink): Assignment {
  const owner = new Map<string, string>();
  const headersOf = new Map<string, string[]>(config.subsystems.map((s) => [s.name, []]));
  const matchers = config.subsystems.map((s, i) => ({
    spec: s,
    index: i,
    globs: s.headers.filter((g) => !g.startsWith('!')).map((g) => ({ glob: g, j: s.headers.indexOf(g), match: picomatch(g, { dot: true }), used: false })),
    // `!glob` takes headers back out of the subsystem's positive globs (a catch-all minus the other subsystems).
    excluded: s.headers.filter((g) => g.startsWith('!')).map((g) => picomatch(g.slice(1), { dot: true })),
  }));
  const root = config.headersRoot.replace(/\/+$/, '');
  // Excluded headers belong to no subsystem: never assigned, never generated (they may still be #included).
  const excluded = config.exclude.length ? picomatch(config.exclude, { dot: true }) : () => false;
  for (const h of [...headers].sort()) {
    if (excluded(h)) continue;
    const owners = matchers.filter((m) => {
      if (m.excluded.some((x) => x(h))) return false;
      let hit = false;
      for (const g of m.globs) {
        if (g.match(h)) {
          g.used = true;
          hit = true;
        }
      }
      return hit;
    });
    if (owners.length === 0) {
      sink.error('header-unassigned', `header ${posix.join(root, h)} belongs to no subsystem: add it to one subsystem's "headers" in ${config.file}`, config.locOf('/subsystems'));
      continue;
    }
    if (owners.length > 1) {
      sink.error(
        'header-multiply-assigned',
        `header ${posix.join(root, h)} belongs to ${owners.length} subsystems (${owners.map((o) => o.spec.name).join(', ')}): it must belong to exactly one`,
        config.locOf(`/subsystems/${owners[1]!.index}/headers`),
      );
      continue;
    }
    owner.set(h, owners[0]!.spec.name);
    headersOf.get(owners[0]!.spec.name)!.push(h);
  }
  for (const m of matchers) {
    for (const g of m.globs) {
      if (!g.used) sink.warning('manifest-glob-unmatched', `glob "${g.glob}" of subsystem "${m.spec.name}" matches no header under ${root}`, config.locOf(`/subsystems/${m.index}/headers/${g.j}`));
    }
  }
  return { owner, headersOf };
}

/** A header path as the front end reports it (decl.header), relative to headersRoot; undefined when outside it. */
export function headerKey(headersRoot: string, header: string): string | undefined {
  const root = posix.normalize(headersRoot.replace(/\\/g, '/')).replace(/\/+$/, '');
  const h = posix.normalize(header.replace(/\\/g, '/'));
  if (root === '.' ) return h.startsWith('../') || h.startsWith('/') ? undefined : h;
  return h.startsWith(`${root}/`) ? h.slice(root.length + 1) : undefined;
}
