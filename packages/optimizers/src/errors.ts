/** Thrown when a hyper-parameter is outside its allowed range; the message names the option and the range. */
export class OptimizerOptionError extends RangeError {
  override name = 'OptimizerOptionError';
  /** The option's dl8 (camelCase) name, e.g. `lr` or `betas[0]`. */
  readonly option: string;
  constructor(option: string, message: string) {
    super(message);
    this.option = option;
  }
}

/** Thrown when params, grads or state do not fit together (count or length differ, wrong kind). */
export class OptimizerInputError extends Error {
  override name = 'OptimizerInputError';
}
