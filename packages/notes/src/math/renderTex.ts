import katex from 'katex';
import { escapeHtml } from '../escapeHtml.js';
import { type RenderState, report } from '../markdown/renderEnv.js';
import { referenceHtml } from './references.js';

const ONLY_REF = /^\s*\\(eqref|ref)\s*\{([^{}]*)\}\s*$/;
const REF = /\\(eqref|ref)\s*\{([^{}]*)\}/g;

/**
 * Typesets TeX with KaTeX under safe settings: `trust: false` (no \href, \url, \htmlData,
 * \includegraphics), bounded macro expansion and sizes. A parse error is recorded as an issue
 * and drawn in place, in red, by KaTeX itself; it never throws.
 */
export function renderTex(
  tex: string,
  displayMode: boolean,
  state: RenderState,
  line?: number,
): string {
  const only = ONLY_REF.exec(tex);
  if (only) return referenceHtml(only[1]!, only[2]!.trim(), state, line);
  const source = tex.replace(REF, (_m, kind: string, label: string) => {
    const entry = state.equations.get(label.trim());
    if (!entry) {
      report(state, {
        kind: 'reference',
        line,
        message: `\\${kind}{${label}} names no labelled equation`,
      });
      return '\\text{(??)}';
    }
    return kind === 'eqref' ? `\\text{(${entry.number})}` : `\\text{${entry.number}}`;
  });
  const options = {
    displayMode,
    trust: false,
    strict: 'ignore' as const,
    macros: state.macros,
    maxExpand: 1000,
    maxSize: 20,
    output: 'htmlAndMathml' as const,
  };
  try {
    return katex.renderToString(source, { ...options, throwOnError: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    report(state, { kind: 'math', line, message });
    try {
      return katex.renderToString(source, { ...options, throwOnError: false });
    } catch {
      return `<code class="dl8-math-error" title="${escapeHtml(message)}">${escapeHtml(tex)}</code>`;
    }
  }
}
