import type { ParamValue } from './paramSpec.js';

// String(-0) is "0"; keep the sign so the value reads back identical.
const formatValue = (v: ParamValue): string => (Object.is(v, -0) ? '-0' : String(v));

/**
 * A ```dl8 notes block holding an experiment id and a parameter set, one `key: value` line
 * each. Numbers are written in their shortest exact form, so `parseBlock` + `parseParams`
 * give back the same values (share / replay).
 */
export function formatBlock(id: string, params: Readonly<Record<string, ParamValue>>): string {
  const lines = Object.entries(params).map(([key, value]) => `${key}: ${formatValue(value)}`);
  return [`\`\`\`dl8 ${id}`, ...lines, '```', ''].join('\n');
}
