// The MAINTAINERS-style ownership file for the output directory, from the manifest.

import type { MaintainersView } from '../emit/render.ts';
import type { ProjectConfig } from './manifest.ts';

export function maintainersView(config: ProjectConfig, headersOf: Map<string, string[]>, outName: string): MaintainersView {
  const root = config.headersRoot.replace(/\/+$/, '');
  return {
    configFile: config.file.replace(/^.*\//, ''),
    subsystems: [...config.subsystems]
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((s) => ({
        name: s.name,
        description: s.description,
        maintainers: s.maintainers,
        reviewers: s.reviewers,
        gates: s.gates,
        dependsOn: s.dependsOn,
        out: outName,
        headers: (headersOf.get(s.name) ?? []).map((h) => `${root}/${h}`),
      })),
  };
}
