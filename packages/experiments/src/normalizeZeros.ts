/**
 * Replaces every -0 in plain data (in place) by 0, so a result survives a JSON round trip
 * unchanged (JSON writes -0 as 0). Returns the same value.
 */
export function normalizeZeros<T>(value: T): T {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (Object.is(v, -0)) value[i] = 0;
      else if (typeof v === 'object' && v !== null) normalizeZeros(v);
    }
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(record)) {
      if (Object.is(v, -0)) record[k] = 0;
      else if (typeof v === 'object' && v !== null) normalizeZeros(v);
    }
  }
  return value;
}
