// Every command-line option of every command, declared once: the parser, --help and the golden tests'
// `// tsbindgen-flags:` lines all read this table.

import type { Diagnostic } from './diagnostics.ts';
import type { CommandLineMacro } from './source/preprocess.ts';
import { isTargetName, TARGET_NAMES, type TargetName } from './layout/targets.ts';
import { emptySpec, type SelectSpec } from './select/spec.ts';

export type CommandName = 'layout' | 'generate' | 'abi-diff' | 'holes';

export const COMMANDS: Readonly<Record<CommandName, string>> = {
  layout: 'print the layout of every record and the value of every constant as JSON',
  generate: 'write the per-subsystem TypeScript packages into generated/ (or check they are fresh)',
  'abi-diff': 'list records whose layout differs between two targets (exit 1 if a uapi record differs)',
  holes: 'show padding and holes per record, and what reordering the fields would save',
};

export interface Define {
  name: string;
  value?: string;
}

export interface CliOptions {
  command: CommandName;
  headers: string[];
  target: TargetName;
  targets: TargetName[];
  /** layout/abi-diff/holes: a Kconfig-style .config file. */
  kconfig?: string;
  /** generate: the project config with the subsystem manifest (default tsbindgen.config.json). */
  projectConfig?: string;
  includeDirs: string[];
  systemIncludeDirs: string[];
  defines: Define[];
  undefines: string[];
  /** -D and -U together in command-line order, which is how the preprocessor applies them. */
  commandLine: CommandLineMacro[];
  sysroot?: string;
  nostdinc: boolean;
  /** Everything after `--`: gcc's flags (generator/flags/), as bindgen takes clang's. */
  cflags: string[];
  /** --allowlist-*, --blocklist, --opaque-type (generator/select/). */
  select: SelectSpec;
  /** -Wsystem-headers: also report warnings located in system headers. */
  systemHeaderWarnings: boolean;
  out?: string;
  check: boolean;
  watch: boolean;
  help: boolean;
}

interface OptionSpec {
  /** Spellings; a spelling ending in a letter-only short form like -I also accepts the glued form -Idir. */
  flags: string[];
  commands: readonly CommandName[];
  /** Name of the argument in --help, absent for switches. */
  arg?: string;
  help: string;
  apply(o: CliOptions, value: string): string | undefined;
}

const FRONT_END: readonly CommandName[] = ['layout', 'generate', 'abi-diff', 'holes'];
const HEADER_COMMANDS: readonly CommandName[] = ['layout', 'abi-diff', 'holes'];

function parseDefine(v: string): Define {
  const eq = v.indexOf('=');
  return eq < 0 ? { name: v } : { name: v.slice(0, eq), value: v.slice(eq + 1) };
}

function parseTarget(v: string): TargetName | string {
  return isTargetName(v) ? v : `unknown target "${v}" (known: ${TARGET_NAMES.join(', ')})`;
}

type StringKey = 'kconfig' | 'projectConfig' | 'sysroot' | 'out';
type ListKey = 'includeDirs' | 'systemIncludeDirs';
type SwitchKey = 'nostdinc' | 'systemHeaderWarnings' | 'check' | 'watch' | 'help';

function setString(key: StringKey): OptionSpec['apply'] {
  return (o, v) => {
    o[key] = v;
    return undefined;
  };
}

function pushString(key: ListKey): OptionSpec['apply'] {
  return (o, v) => {
    o[key].push(v);
    return undefined;
  };
}

function setSwitch(key: SwitchKey): OptionSpec['apply'] {
  return (o) => {
    o[key] = true;
    return undefined;
  };
}

export const OPTIONS: readonly OptionSpec[] = [
  {
    flags: ['--target'],
    commands: ['layout', 'holes'],
    arg: 'T',
    help: `target ABI: ${TARGET_NAMES.join(', ')} (default x86_64)`,
    apply(o, v) {
      const t = parseTarget(v);
      if (!isTargetName(t)) return t;
      o.target = t;
      return undefined;
    },
  },
  {
    flags: ['--targets'],
    commands: ['abi-diff'],
    arg: 'A,B',
    help: 'the two targets to compare (default i386,x86_64)',
    apply(o, v) {
      const parts = v.split(',');
      if (parts.length !== 2) return `--targets takes two comma-separated targets, got "${v}"`;
      const out: TargetName[] = [];
      for (const p of parts) {
        const t = parseTarget(p.trim());
        if (!isTargetName(t)) return t;
        out.push(t);
      }
      o.targets = out;
      return undefined;
    },
  },
  {
    flags: ['--config'],
    commands: HEADER_COMMANDS,
    arg: 'FILE',
    help: 'a Kconfig-style .config (CONFIG_X=y|m|n|"str"|number) turned into defines as the kernel does',
    apply: setString('kconfig'),
  },
  {
    flags: ['--config'],
    commands: ['generate'],
    arg: 'FILE',
    help: 'project config with the subsystem manifest (default tsbindgen.config.json)',
    apply: setString('projectConfig'),
  },
  {
    flags: ['-I'],
    commands: HEADER_COMMANDS,
    arg: 'DIR',
    help: 'add DIR to the include search list (searched in order, before the system directories)',
    apply: pushString('includeDirs'),
  },
  {
    flags: ['-isystem'],
    commands: HEADER_COMMANDS,
    arg: 'DIR',
    help: 'add DIR to the system include directories (searched after -I, before the defaults)',
    apply: pushString('systemIncludeDirs'),
  },
  {
    flags: ['-D'],
    commands: HEADER_COMMANDS,
    arg: 'NAME[=VALUE]',
    help: 'define a macro (VALUE defaults to 1), applied after the .config, in command-line order with -U',
    apply(o, v) {
      // A function-like macro arrives as NAME(PARAMS)=BODY, as gcc takes it (-D'__INT64_C(c)=c ## L').
      if (!/^[A-Za-z_]\w*(\([\w\s,.]*\))?$/.test(parseDefine(v).name)) return `-D needs a macro name, got "${v}"`;
      o.defines.push(parseDefine(v));
      o.commandLine.push({ kind: 'define', ...parseDefine(v) });
      return undefined;
    },
  },
  {
    flags: ['-U'],
    commands: HEADER_COMMANDS,
    arg: 'NAME',
    help: 'undefine a macro',
    apply(o, v) {
      o.undefines.push(v);
      o.commandLine.push({ kind: 'undefine', name: v });
      return undefined;
    },
  },
  ...(
    [
      ['--allowlist-type', 'types', 'generate this record, enum or typedef (a name or /regex/) and what it needs by value'],
      ['--allowlist-function', 'functions', 'generate this function (static inline helpers) and the types its signature needs'],
      ['--allowlist-var', 'vars', 'accepted for bindgen compatibility; variables are not bound'],
      ['--allowlist-macro', 'macros', 'generate this macro constant (a name or /regex/)'],
      ['--allowlist-file', 'headers', 'generate everything declared in headers matching this glob (drm/drm_gem.h, drm/**)'],
      ['--blocklist', 'block', 'never generate this declaration (a name or /regex/); a by-value use of it is an error'],
      ['--opaque-type', 'opaque', 'generate this record with its size and alignment only'],
    ] as const
  ).map(
    ([flag, key, help]): OptionSpec => ({
      flags: [flag],
      commands: HEADER_COMMANDS,
      arg: key === 'headers' ? 'GLOB' : 'PATTERN',
      help,
      apply(o, v) {
        o.select[key].push(v);
        return undefined;
      },
    }),
  ),
  {
    flags: ['--sysroot'],
    commands: HEADER_COMMANDS,
    arg: 'DIR',
    help: 'prefix the default system include directories with DIR',
    apply: setString('sysroot'),
  },
  {
    flags: ['-nostdinc'],
    commands: HEADER_COMMANDS,
    help: 'do not search the default system include directories',
    apply: setSwitch('nostdinc'),
  },
  {
    flags: ['-Wsystem-headers'],
    commands: FRONT_END,
    help: 'also report warnings located in system headers (off by default, as in gcc; config: "systemHeaderWarnings")',
    apply: setSwitch('systemHeaderWarnings'),
  },
  {
    flags: ['--out'],
    commands: ['generate'],
    arg: 'DIR',
    help: 'output directory (default: the config\'s "out", normally generated/)',
    apply: setString('out'),
  },
  {
    flags: ['--check'],
    commands: ['generate'],
    help: 'write nothing; print a unified diff of what would change and exit 1 if the output is stale',
    apply: setSwitch('check'),
  },
  {
    flags: ['--watch'],
    commands: ['generate'],
    help: 'regenerate the affected subsystems whenever a header or the config changes',
    apply: setSwitch('watch'),
  },
  {
    flags: ['--help', '-h'],
    commands: FRONT_END,
    help: 'show this help',
    apply: setSwitch('help'),
  },
];

export function defaultOptions(command: CommandName): CliOptions {
  return {
    command,
    headers: [],
    target: 'x86_64',
    targets: ['i386', 'x86_64'],
    includeDirs: [],
    systemIncludeDirs: [],
    defines: [],
    undefines: [],
    commandLine: [],
    nostdinc: false,
    cflags: [],
    select: emptySpec(),
    systemHeaderWarnings: false,
    check: false,
    watch: false,
    help: false,
  };
}

function usageError(message: string): Diagnostic {
  return { severity: 'error', code: 'cli-usage', message: `${message} (see tsbindgen --help)` };
}

function findOption(command: CommandName, arg: string): { spec: OptionSpec; glued?: string } | undefined {
  for (const spec of OPTIONS) {
    if (!spec.commands.includes(command)) continue;
    for (const flag of spec.flags) {
      if (arg === flag) return { spec };
      // -Idir, -DNAME=1, --target=x86_64
      if (spec.arg && /^-[A-Z]$/.test(flag) && arg.startsWith(flag) && arg.length > flag.length) {
        return { spec, glued: arg.slice(flag.length) };
      }
      if (spec.arg && arg.startsWith(`${flag}=`)) return { spec, glued: arg.slice(flag.length + 1) };
    }
  }
  return undefined;
}

/** Options for `command` from argv (without the command word). */
export function parseCommandArgs(command: CommandName, argv: readonly string[]): CliOptions | Diagnostic {
  const o = defaultOptions(command);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      for (const f of argv.slice(i + 1)) o.cflags.push(f);
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      o.headers.push(arg);
      continue;
    }
    const found = findOption(command, arg);
    if (!found) return usageError(`unknown option "${arg}" for "tsbindgen ${command}"`);
    let value = found.glued ?? '';
    if (found.spec.arg && found.glued === undefined) {
      if (i + 1 >= argv.length) return usageError(`option "${arg}" needs ${found.spec.arg}`);
      value = argv[++i]!;
    }
    const problem = found.spec.apply(o, value);
    if (problem) return usageError(problem);
  }
  if (HEADER_COMMANDS.includes(command) && !o.help && o.headers.length === 0) {
    return usageError(`"tsbindgen ${command}" needs at least one HEADER`);
  }
  if (command === 'generate' && o.headers.length > 0) {
    return usageError('"tsbindgen generate" takes no headers: the subsystem manifest lists them');
  }
  if (command === 'generate' && o.cflags.length > 0) {
    return usageError('"tsbindgen generate" takes gcc flags from the config\'s "cflags", not after --');
  }
  if (o.check && o.watch) return usageError('--check and --watch cannot be combined');
  return o;
}

export function parseArgs(argv: readonly string[]): CliOptions | Diagnostic | 'help' {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return 'help';
  if (!(command in COMMANDS)) return usageError(`unknown command "${command}"`);
  return parseCommandArgs(command as CommandName, rest);
}

export function isDiagnostic(x: unknown): x is Diagnostic {
  return typeof x === 'object' && x !== null && 'code' in x && 'severity' in x;
}

export function helpText(only?: CommandName): string {
  const lines: string[] = ['usage: tsbindgen COMMAND [OPTIONS] [HEADER…] [-- GCC-FLAGS…]', '', 'commands:'];
  for (const [name, text] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(10)} ${text}`);
  for (const command of only ? [only] : (Object.keys(COMMANDS) as CommandName[])) {
    lines.push('', `options of ${command}:`);
    for (const spec of OPTIONS) {
      if (!spec.commands.includes(command)) continue;
      const left = spec.flags.map((f) => (spec.arg ? `${f} ${spec.arg}` : f)).join(', ');
      lines.push(`  ${left.padEnd(26)} ${spec.help}`);
    }
    if (HEADER_COMMANDS.includes(command)) lines.push(`  ${'-- GCC-FLAGS…'.padEnd(26)} gcc's own flags (-I -iquote -isystem -idirafter -include -imacros -D -U -std= -O… @file …)`);
  }
  return `${lines.join('\n')}\n`;
}
