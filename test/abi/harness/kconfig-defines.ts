// A Kconfig .config as the kernel's autoconf.h spells it, written independently of the generator so the
// compiler sees the configuration the way Kbuild would hand it over.

export function autoconfHeader(configText: string): string {
  const out = ['/* generated from a .config for the ABI probes */'];
  for (const raw of configText.split('\n')) {
    const line = raw.trim();
    const m = line.match(/^(CONFIG_[A-Za-z0-9_]+)=(.*)$/);
    if (!m) continue;
    const [, name, value] = m;
    if (value === 'y') out.push(`#define ${name} 1`);
    else if (value === 'm') out.push(`#define ${name}_MODULE 1`);
    else if (value === 'n' || value === '') continue;
    else out.push(`#define ${name} ${value}`);
  }
  return `${out.join('\n')}\n`;
}
