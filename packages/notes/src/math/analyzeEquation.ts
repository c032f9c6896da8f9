/** What a display equation says about its own number. */
export interface EquationInfo {
  /** The TeX with `\label{...}`, `\notag` and `\nonumber` removed (KaTeX knows none of them). */
  tex: string;
  labels: string[];
  /** The argument of an explicit `\tag{...}` / `\tag*{...}`, left in `tex` for KaTeX to draw. */
  tag: string | null;
  /** True when `\notag` or `\nonumber` asks for no number. */
  noNumber: boolean;
}

const LABEL = /\\label\s*\{([^{}]*)\}/g;
const TAG = /\\tag\*?\s*\{([^{}]*)\}/;
const NO_NUMBER = /\\(?:notag|nonumber)(?![A-Za-z])/g;

/** Finds `\label`, `\tag` and `\notag` in a display equation's TeX. */
export function analyzeEquation(tex: string): EquationInfo {
  const labels = [...tex.matchAll(LABEL)].map((m) => m[1]!.trim());
  const noNumber = NO_NUMBER.test(tex);
  NO_NUMBER.lastIndex = 0;
  const tag = TAG.exec(tex)?.[1] ?? null;
  return { tex: tex.replace(LABEL, '').replace(NO_NUMBER, ''), labels, tag, noNumber };
}
