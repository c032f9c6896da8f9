import { BatchNormError } from '../errors.js';

/** Throws unless eps is a finite number > 0. */
export function checkEps(eps: number, who: string): void {
  if (!(eps > 0) || !Number.isFinite(eps)) {
    throw new BatchNormError(`${who}: eps must be a finite number > 0, got ${eps}`);
  }
}

/** Throws unless momentum is in [0, 1] or null (cumulative average). */
export function checkMomentum(momentum: number | null, who: string): void {
  if (momentum === null) return;
  if (!(momentum >= 0 && momentum <= 1)) {
    throw new BatchNormError(
      `${who}: momentum must be in [0, 1], or null for a cumulative average, got ${momentum}`,
    );
  }
}

/** Throws unless a per-channel array (gamma, beta, running stats) has one entry per channel. */
export function checkPerChannel(
  values: ArrayLike<number> | null | undefined,
  c: number,
  what: string,
  who: string,
): void {
  if (values != null && values.length !== c) {
    throw new BatchNormError(
      `${who}: ${what} has length ${values.length} but the input has C = ${c} channels`,
    );
  }
}
