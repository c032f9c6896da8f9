import { type MeasureOptions, measure } from './measure.js';
import type { Anchor } from './row.js';

/**
 * The physical reference for a memory-bound kernel: `dst.set(src)` of `bytes` bytes (a plain
 * memcpy: reads and writes that many bytes once). Both arrays are touched first, so page faults
 * are not in the timing. The note gives the bandwidth in GB/s (bytes read + written).
 */
export async function copyReference(bytes: number, options: MeasureOptions): Promise<Anchor> {
  const src = new Uint8Array(bytes).fill(1);
  const dst = new Uint8Array(bytes).fill(2);
  const sample = await measure(() => dst.set(src), options);
  const gbPerS = (2 * bytes) / (sample.median * 1e6);
  return { name: 'copy', sample, note: `${gbPerS.toFixed(1)} GB/s over ${formatBytes(bytes)}` };
}

/** 16 MiB, 512 KiB, 900 B. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1 << 20) return `${+(bytes / (1 << 20)).toFixed(1)} MiB`;
  if (bytes >= 1 << 10) return `${+(bytes / (1 << 10)).toFixed(1)} KiB`;
  return `${bytes} B`;
}
