let enabled = true;

/** Whether operations currently record the graph for backward. */
export function isGradEnabled(): boolean {
  return enabled;
}

/** Runs `fn` without recording the graph (inference, parameter updates); restores the mode after. */
export function noGrad<T>(fn: () => T): T {
  const prev = enabled;
  enabled = false;
  try {
    return fn();
  } finally {
    enabled = prev;
  }
}
