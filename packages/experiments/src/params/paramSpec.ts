/** A real-valued parameter on [min, max]; `step` is the slider increment, `scale: 'log'` spaces the slider geometrically. */
export interface NumberParam {
  readonly kind: 'number';
  readonly label: string;
  readonly help: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
  readonly scale?: 'linear' | 'log';
}

/** A whole-number parameter on [min, max]. */
export interface IntegerParam {
  readonly kind: 'integer';
  readonly label: string;
  readonly help: string;
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly step?: number;
}

/** An on/off parameter. */
export interface BooleanParam {
  readonly kind: 'boolean';
  readonly label: string;
  readonly help: string;
  readonly default: boolean;
}

/** One option of a choice parameter: the stored `value` and the `label` a person reads. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** A parameter taking one of a fixed list of string values. */
export interface ChoiceParam {
  readonly kind: 'choice';
  readonly label: string;
  readonly help: string;
  readonly default: string;
  readonly choices: readonly Choice[];
}

/** Any parameter description: what it is, its default, and what values are allowed. */
export type ParamSpec = NumberParam | IntegerParam | BooleanParam | ChoiceParam;

/** A parameter value: numbers for number/integer, booleans, strings for choices. */
export type ParamValue = number | boolean | string;

/** A parameter set as plain data, keyed by parameter name. */
export type ParamRecord = Record<string, ParamValue>;

/** The schema of a parameter set P: one ParamSpec per key. */
export type ParamSchema<P> = { readonly [K in keyof P]: ParamSpec };

/** The value type a spec describes (a choice's value type is the union of its values). */
export type ValueOf<S extends ParamSpec> = S extends BooleanParam
  ? boolean
  : S extends ChoiceParam
    ? S['choices'][number]['value']
    : number;

/** The parameter set a schema literal describes, e.g. `ParamsOf<typeof schema>`. */
export type ParamsOf<S extends Record<string, ParamSpec>> = {
  -readonly [K in keyof S]: ValueOf<S[K]>;
};
