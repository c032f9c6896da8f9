import type { Experiment } from '@dl8/experiments';
import type { FlagSpec } from './parseFlags.js';

/** The `dl8 run` flags an experiment's parameter schema gives: booleans are switches, the rest take a value. */
export function experimentFlags(experiment: Experiment): Record<string, FlagSpec> {
  const flags: Record<string, FlagSpec> = {};
  for (const [name, spec] of Object.entries(experiment.params)) {
    flags[name] = { type: spec.kind === 'boolean' ? 'boolean' : 'string' };
  }
  return flags;
}

/** `weightScale` -> `weight-scale`: how a parameter is spelled on the command line. */
export function flagName(param: string): string {
  return param.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
