import { getExperiment, parseBlock, parseParams, runExperiment } from '@dl8/experiments';
import type { BlockJob, FailedBlock, ReadyBlock } from './BlockJob.js';

function failed(headline: string, reasons: string[]): FailedBlock {
  return { ok: false, headline, reasons };
}

const SEED = /^(0|[1-9][0-9]{0,9})$/;

/**
 * Reads a ```dl8 <id> block: finds the experiment, parses its `key: value` lines and checks
 * them against the schema. A `seed: n` line sets the run's seed (unless the experiment has a
 * parameter of that name). Never throws: problems come back as a FailedBlock.
 */
export function readBlock(
  id: string,
  source: string,
  defaultSeed: number,
): ReadyBlock | FailedBlock {
  if (id === '') {
    return failed('This dl8 block names no experiment', [
      'Write the experiment id after the fence: ```dl8 <experiment-id>.',
    ]);
  }
  let experiment: ReturnType<typeof getExperiment>;
  try {
    experiment = getExperiment(id);
  } catch (error) {
    return failed(`Unknown experiment "${id}"`, [
      error instanceof Error ? error.message : String(error),
    ]);
  }
  let texts: Record<string, string>;
  try {
    texts = parseBlock(source);
  } catch (error) {
    return failed(`The parameters of "${id}" could not be read`, [
      error instanceof Error ? error.message : String(error),
    ]);
  }
  let seed = defaultSeed;
  if (Object.hasOwn(texts, 'seed') && !Object.hasOwn(experiment.params, 'seed')) {
    const text = texts['seed']!;
    delete texts['seed'];
    if (!SEED.test(text) || Number(text) > 0xffffffff) {
      return failed(`Bad seed for "${id}"`, [
        `seed: expected a whole number from 0 to 4294967295, got "${text}"`,
      ]);
    }
    seed = Number(text);
  }
  const checked = parseParams(experiment.params, texts);
  if (!checked.ok) return failed(`Bad parameters for "${id}"`, checked.errors);
  return { ok: true, experiment, params: checked.value, seed, result: null };
}

/** Runs every readable block (one after another, seeded) and stores the result; a failing run becomes a FailedBlock. */
export async function runBlocks(jobs: readonly BlockJob[]): Promise<void> {
  for (const job of jobs) {
    const outcome = job.outcome;
    if (!outcome.ok) continue;
    try {
      outcome.result = await runExperiment(outcome.experiment, outcome.params, {
        seed: outcome.seed,
      });
    } catch (error) {
      job.outcome = failed(`The experiment "${job.id}" failed to run`, [
        error instanceof Error ? error.message : String(error),
      ]);
    }
  }
}
