import { didYouMean } from './suggest.js';

/** A parameter set failed validation; `errors` lists every problem, one sentence each. */
export class InvalidParamsError extends Error {
  override readonly name = 'InvalidParamsError';
  constructor(
    readonly experimentId: string | undefined,
    readonly errors: readonly string[],
  ) {
    super(
      `${experimentId ? `${experimentId}: ` : ''}invalid parameters:\n  ${errors.join('\n  ')}`,
    );
  }
}

/** A text could not be read as a parameter value; the message names the key and what is allowed. */
export class ParamParseError extends Error {
  override readonly name = 'ParamParseError';
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

/** A notes block line is not `key: value` (or repeats a key); `line` is 1-based within the block. */
export class ParamBlockError extends Error {
  override readonly name = 'ParamBlockError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/** No experiment has this id; the message lists the known ids and suggests the closest one. */
export class UnknownExperimentError extends Error {
  override readonly name = 'UnknownExperimentError';
  readonly suggestion: string | undefined;
  constructor(
    readonly id: string,
    readonly knownIds: readonly string[],
  ) {
    const suggestion = didYouMean(id, knownIds);
    super(
      `unknown experiment "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known: ${knownIds.join(', ')}`,
    );
    this.suggestion = suggestion;
  }
}

/** An experiment's run failed; `cause` holds the original error. No partial result is returned. */
export class ExperimentRunError extends Error {
  override readonly name = 'ExperimentRunError';
  constructor(
    readonly experimentId: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${experimentId}: ${message}`, options);
  }
}

/** A run was cancelled through `ctx.signal` before it finished. */
export class ExperimentAbortError extends Error {
  override readonly name = 'ExperimentAbortError';
  constructor(readonly experimentId: string) {
    super(`${experimentId}: run aborted`);
  }
}
