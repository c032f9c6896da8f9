/** A function that runs `fn` once, `ms` after the last of a burst of calls; `cancel` drops a pending run. */
export interface Debounced {
  (): void;
  cancel(): void;
}

/** Debounces `fn` by `ms` milliseconds (used to re-render a preview while the user types). */
export function debounce(fn: () => void, ms: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn();
    }, ms);
  };
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}
