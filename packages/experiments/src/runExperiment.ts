import { checkResult } from './checkResult.js';
import { ExperimentAbortError, ExperimentRunError, InvalidParamsError } from './errors.js';
import type { Experiment, ExperimentResult, RunContext } from './experiment.js';
import { normalizeZeros } from './normalizeZeros.js';
import { validate } from './params/validate.js';
import { getExperiment } from './registry.js';

/**
 * Run an experiment (by id or object) with a partial parameter set: defaults are filled and
 * everything is validated first (InvalidParamsError). Failures inside the run come back as
 * ExperimentRunError (with `cause`), cancellation as ExperimentAbortError; a malformed result
 * is an error too, so a caller never sees a half-filled result. Every -0 becomes 0 (JSON-safe).
 */
export async function runExperiment(
  experiment: string | Experiment,
  params: Readonly<Record<string, unknown>>,
  ctx: RunContext,
): Promise<ExperimentResult> {
  const exp = typeof experiment === 'string' ? getExperiment(experiment) : experiment;
  const checked = validate(exp.params, params);
  if (!checked.ok) throw new InvalidParamsError(exp.id, checked.errors);
  if (ctx.signal?.aborted) throw new ExperimentAbortError(exp.id);
  let result: ExperimentResult;
  try {
    // partial results are forwarded only when sound, with the same -0 clean-up as the final one
    const forward = ctx.onPartial;
    const runCtx: RunContext = forward
      ? {
          ...ctx,
          onPartial: (partial) => {
            if (checkResult(partial).length === 0) forward(normalizeZeros(partial));
          },
        }
      : ctx;
    result = await exp.run(checked.value, runCtx);
  } catch (error) {
    if (error instanceof ExperimentAbortError || ctx.signal?.aborted) {
      throw error instanceof ExperimentAbortError ? error : new ExperimentAbortError(exp.id);
    }
    if (error instanceof ExperimentRunError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new ExperimentRunError(exp.id, `run failed: ${why}`, { cause: error });
  }
  if (ctx.signal?.aborted) throw new ExperimentAbortError(exp.id);
  const problems = checkResult(result);
  if (problems.length > 0) {
    throw new ExperimentRunError(exp.id, `malformed result: ${problems.join('; ')}`);
  }
  return normalizeZeros(result);
}
