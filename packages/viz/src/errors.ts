/** Thrown when a chart spec is malformed; the message names the field and what is allowed. */
export class VizSpecError extends Error {
  override name = 'VizSpecError';
}
