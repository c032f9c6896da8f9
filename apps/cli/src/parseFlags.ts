import { didYouMean } from '@dl8/experiments';
import { UsageError } from './usageError.js';

/** A flag a command accepts: `boolean` flags take no value (`--x`, `--no-x`), `string` flags do. */
export interface FlagSpec {
  type: 'boolean' | 'string';
  /** One-letter alias, e.g. `h` for `--help`. */
  short?: string;
}

/** Flags read from argv (by their canonical name) and the remaining positional arguments. */
export interface ParsedFlags {
  flags: Record<string, string | boolean>;
  positionals: string[];
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * Parse `--name value`, `--name=value`, `--flag`, `--no-flag` and `-h`, in any order, against
 * `specs` (keys are canonical names; camelCase names are also accepted in kebab-case).
 * Unknown flags, missing values and repeated flags are usage errors naming the flag.
 */
export function parseFlags(
  argv: readonly string[],
  specs: Readonly<Record<string, FlagSpec>>,
  command: string,
): ParsedFlags {
  const byName = new Map<string, string>();
  for (const name of Object.keys(specs)) {
    byName.set(name, name);
    byName.set(kebab(name), name);
  }
  const byShort = new Map<string, string>();
  for (const [name, spec] of Object.entries(specs)) if (spec.short) byShort.set(spec.short, name);

  const flags: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const set = (name: string, value: string | boolean, shown: string) => {
    if (Object.hasOwn(flags, name))
      throw new UsageError(`${shown} was given more than once`, command);
    flags[name] = value;
  };
  const unknown = (shown: string): never => {
    const names = [...new Set(Object.keys(specs).map(kebab))];
    const hint = didYouMean(shown.replace(/^--?/, ''), names);
    throw new UsageError(
      `unknown option ${shown}${hint ? ` (did you mean --${hint}?)` : ''}`,
      command,
    );
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (/^-[a-zA-Z]$/.test(arg)) {
      const name = byShort.get(arg.slice(1)) ?? unknown(arg);
      if (specs[name]!.type !== 'boolean') throw new UsageError(`${arg} needs a value`, command);
      set(name, true, arg);
      continue;
    }
    if (!arg.startsWith('--') || arg.length === 2) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const raw = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    let name = byName.get(raw);
    if (name === undefined && raw.startsWith('no-')) {
      const positive = byName.get(raw.slice(3));
      if (positive !== undefined && specs[positive]!.type === 'boolean') {
        if (inline !== undefined) throw new UsageError(`--${raw} takes no value`, command);
        set(positive, false, `--${raw.slice(3)}`);
        continue;
      }
    }
    if (name === undefined) name = unknown(`--${raw}`);
    const spec = specs[name]!;
    if (spec.type === 'boolean') {
      set(name, inline ?? true, `--${raw}`);
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${raw} needs a value`, command);
    }
    if (inline === undefined) i++;
    set(name, value, `--${raw}`);
  }
  return { flags, positionals };
}
