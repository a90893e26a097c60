// Which system headers a truth fixture was computed from. Debian point releases change headers under the truth's
// feet (linux-libc-dev 6.1.192 added `#define __counted_by(m)`); the fixture records a hash of every header outside
// the project the generator read, and the packages they came from, so a drift is recognised and named instead of
// failing as if the generator were wrong.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

export interface TruthProvenance {
  /** sha256 over the path and text of every header outside the project read for this set and target. */
  systemHeaders: string;
  files: number;
  /** Debian package (as dpkg names it, `name:arch`) → version installed when the truth was computed. */
  packages: Record<string, string>;
}

function isSystemPath(root: string, p: string): boolean {
  if (!isAbsolute(p)) return false;
  const r = relative(root, p);
  return r.startsWith('..') || isAbsolute(r);
}

export function systemFiles(root: string, read: Iterable<string>): string[] {
  return [...new Set(read)].filter((p) => isSystemPath(root, p)).sort();
}

export function systemHeaderHash(files: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of files) {
    h.update(f).update('\0');
    try {
      h.update(readFileSync(f));
    } catch {
      h.update('<unreadable>');
    }
    h.update('\0');
  }
  return h.digest('hex');
}

function dpkg(args: string[]): string {
  const r = spawnSync('dpkg-query', args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  // Exit 1 only means some path is owned by no package; what it did find is still on stdout.
  return r.error ? '' : r.stdout;
}

/** The packages owning the files (dpkg -S), with their installed versions; empty where dpkg is absent. */
export function headerPackages(files: readonly string[]): Record<string, string> {
  if (files.length === 0) return {};
  const owners = new Set<string>();
  for (const line of dpkg(['-S', ...files]).split('\n')) {
    const m = line.match(/^(.+?): \//);
    if (m && !line.startsWith('diversion ')) for (const p of m[1].split(', ')) owners.add(p);
  }
  return installedVersions([...owners]);
}

/** name → installed version, only for names dpkg knows as installed. */
export function installedVersions(names: readonly string[]): Record<string, string> {
  if (names.length === 0) return {};
  const out: Record<string, string> = {};
  for (const line of dpkg(['-W', '-f', '${Package}:${Architecture}\t${Version}\t${db:Status-Abbrev}\n', ...names]).split('\n')) {
    const [pkgArch, version, status] = line.split('\t');
    if (!pkgArch || !version || !status?.startsWith('ii')) continue;
    const [pkg] = pkgArch.split(':');
    // dpkg -S prints arch-qualified names only for Multi-Arch: same packages; keep the caller's spelling.
    const key = names.includes(pkgArch) ? pkgArch : pkg;
    out[key] = version;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export function provenanceOf(root: string, read: Iterable<string>): TruthProvenance {
  const files = systemFiles(root, read);
  return { systemHeaders: systemHeaderHash(files), files: files.length, packages: headerPackages(files) };
}

/**
 * Why the installed headers are not the ones the truth saw: each recorded package whose installed version differs
 * (or that is gone), else the hash alone (headers changed outside any package, or dpkg is not there).
 */
export function driftReason(recorded: TruthProvenance, installed: Record<string, string>, nowFiles: number): string {
  const changed: string[] = [];
  for (const [pkg, v] of Object.entries(recorded.packages)) {
    const now = installed[pkg];
    if (now !== v) changed.push(`${pkg} ${v} → ${now ?? 'not installed'}`);
  }
  if (changed.length) return `system headers differ from the truth's: ${changed.join(', ')}`;
  return `system headers differ from the truth's (${recorded.files} files hashed then, ${nowFiles} now; same package versions): run \`npm run abi:refresh\` if this is intended`;
}

/** undefined when the headers read now are the ones the truth was computed from (or it records none). */
export function headerDrift(root: string, recorded: TruthProvenance | undefined, read: Iterable<string>): string | undefined {
  if (!recorded) return undefined;
  const files = systemFiles(root, read);
  if (systemHeaderHash(files) === recorded.systemHeaders) return undefined;
  return driftReason(recorded, installedVersions(Object.keys(recorded.packages)), files.length);
}
