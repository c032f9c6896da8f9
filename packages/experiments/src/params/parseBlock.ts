import { ParamBlockError } from '../errors.js';

const KEY = /^[A-Za-z][\w-]*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;

/**
 * Read the `key: value` lines of a ```dl8 notes block into strings (typed later by
 * `parseParams`). Blank lines and `#` comments are skipped; an opening ```dl8 fence line
 * and a closing fence are tolerated, so `formatBlock`'s output reads back. Throws
 * ParamBlockError naming the line for anything else, or for a repeated key.
 */
export function parseBlock(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || FENCE.test(line)) return;
    const colon = line.indexOf(':');
    if (colon < 0) throw new ParamBlockError(lineNo, `expected "key: value", got "${line}"`);
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (!KEY.test(key)) {
      throw new ParamBlockError(
        lineNo,
        `"${key}" is not a parameter name (letters, digits, - and _)`,
      );
    }
    if (value === '') throw new ParamBlockError(lineNo, `${key}: missing value after ":"`);
    if (Object.hasOwn(out, key)) throw new ParamBlockError(lineNo, `${key}: given twice`);
    out[key] = value;
  });
  return out;
}
