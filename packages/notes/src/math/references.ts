import type MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import { escapeHtml } from '../escapeHtml.js';
import { type RenderState, report, stateOf } from '../markdown/renderEnv.js';

const REF = /^\\(eqref|ref)\s*\{([^{}]*)\}/;

/** A resolved or missing `\eqref{label}` / `\ref{label}`. */
export function referenceHtml(
  kind: string,
  label: string,
  state: RenderState,
  line?: number,
): string {
  const entry = state.equations.get(label);
  if (!entry) {
    report(state, {
      kind: 'reference',
      line,
      message: `\\${kind}{${label}} names no labelled equation`,
    });
    return `<span class="dl8-ref-missing" title="${escapeHtml(`No equation is labelled "${label}"`)}">(??)</span>`;
  }
  const text = kind === 'eqref' ? `(${entry.number})` : entry.number;
  return `<a class="dl8-eqref" href="#${escapeHtml(entry.anchor)}">${escapeHtml(text)}</a>`;
}

/**
 * Cross references written in text, outside math: `\eqref{label}` renders "(n)" and
 * `\ref{label}` renders "n", each a link to the equation. Resolved when rendering, after
 * every section has been numbered.
 */
export function references(md: MarkdownIt): void {
  md.inline.ruler.before('escape', 'dl8_ref', (state: StateInline, silent: boolean) => {
    if (state.src.charCodeAt(state.pos) !== 0x5c) return false;
    const match = REF.exec(state.src.slice(state.pos, state.posMax));
    if (!match) return false;
    if (!silent) {
      const token = state.push('dl8_ref', '', 0);
      token.meta = { kind: match[1], label: match[2]!.trim() };
    }
    state.pos += match[0].length;
    return true;
  });
  md.renderer.rules['dl8_ref'] = (tokens, idx, _options, env) => {
    const { kind, label } = tokens[idx]!.meta as { kind: string; label: string };
    return referenceHtml(kind, label, stateOf(env));
  };
}
