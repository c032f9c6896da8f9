/**
 * Bytes of ArrayBuffer memory one call of `fn` leaves allocated, the most over `tries` calls,
 * each after a full GC (so a collection during the call can only lower a try, never raise it).
 * Needs node --expose-gc; returns null without it. Catches "a fresh 16 MiB array per call".
 */
export function arrayBytesPerCall(fn: () => unknown, tries = 3): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return null;
  let most = 0;
  for (let i = 0; i < tries; i++) {
    gc();
    const before = process.memoryUsage().arrayBuffers;
    const kept = fn();
    const after = process.memoryUsage().arrayBuffers;
    most = Math.max(most, after - before);
    void kept;
  }
  return most;
}
