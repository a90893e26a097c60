// Kconfig gates: a subsystem is generated only when every one of its gates is =y or =m in the .config.
//
// No diagnostics here: an unreadable .config is kconfig-unreadable (generate.ts), a reference into a gated-off
// subsystem is gate-off-dependency (graph.ts).

/** CONFIG_ symbols set to y or m. `# CONFIG_X is not set`, =n, and absent symbols are off. */
export function enabledSymbols(configText: string): Set<string> {
  const on = new Set<string>();
  for (const line of configText.split('\n')) {
    const m = /^\s*(CONFIG_\w+)\s*=\s*(\S+)/.exec(line);
    if (m && (m[2] === 'y' || m[2] === 'm')) on.add(m[1]!);
  }
  return on;
}

/** Gates of the subsystem that are off; empty means it is generated. Without a .config every gate is off, as in a
 * kernel build with nothing selected. */
export function gatesOff(gates: readonly string[], enabled: Set<string> | undefined): string[] {
  return gates.filter((g) => !enabled?.has(g));
}
