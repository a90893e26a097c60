// `!glob` in a subsystem's headers: a catch-all minus what other subsystems own.

import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../../generator/diagnostics.ts';
import { assignHeaders } from '../../../generator/subsystems/assign.ts';
import { parseProjectConfig } from '../../../generator/subsystems/manifest.ts';

describe('excluding globs', () => {
  it('takes headers back out of a catch-all, so each header still has exactly one owner', () => {
    const sub = (name: string, headers: string[]) => ({ name, headers, dependsOn: [], maintainers: ['m'], description: 'd' });
    const sink = new DiagnosticSink();
    const config = parseProjectConfig(
      JSON.stringify({ headersRoot: 'h', subsystems: [sub('gem', ['drm/drm_gem.h']), sub('rest', ['**', '!drm/drm_gem.h'])] }),
      'cfg.json',
      sink,
    )!;
    const a = assignHeaders(config, ['drm/drm_gem.h', 'linux/list.h', 'drm/drm_file.h'], sink);
    expect(sink.items).toEqual([]);
    expect([...a.owner].sort()).toEqual([['drm/drm_file.h', 'rest'], ['drm/drm_gem.h', 'gem'], ['linux/list.h', 'rest']]);
  });
});
