import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { slugify, uniqueSlug } from '../headings/slugify.js';
import { report, stateOf } from '../markdown/renderEnv.js';
import { analyzeEquation } from './analyzeEquation.js';

/** What the numbering pass leaves on a display-math token for the renderer. */
export interface EquationMeta {
  tex: string;
  number: string | null;
  anchor: string | null;
}

/**
 * Numbers display equations while the document is parsed (before anything is rendered), so
 * that `\eqref` can point forwards and, in a chapter, across sections. With numbering on,
 * every display equation without `\notag` gets the next number; with it off, only labelled
 * ones do. An explicit `\tag{x}` keeps its own text.
 */
export function numberEquations(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'dl8_equations', (core: StateCore) => {
    for (const token of core.tokens) {
      if (token.type === 'math_block') number(token, core.env);
      for (const child of token.children ?? []) {
        if (child.type === 'math_display') number(child, core.env);
      }
    }
  });
}

function number(token: Token, env: unknown): void {
  const state = stateOf(env);
  const info = analyzeEquation(token.content);
  const line = token.map ? token.map[0] + 1 : undefined;
  const wanted = !info.noNumber && (state.options.numberEquations || info.labels.length > 0);
  let label: string | null = null;
  let tex = info.tex;
  if (info.tag !== null) {
    label = info.tag;
  } else if (wanted) {
    state.equationCount += 1;
    label = `${state.options.equationPrefix}${state.equationCount}`;
    tex = `${tex}\\tag{${label}}`;
  }
  let anchor: string | null = null;
  for (const name of info.labels) {
    if (label === null) {
      report(state, {
        kind: 'label',
        line,
        message: `\\label{${name}} is on an equation without a number (it has \\notag)`,
      });
      continue;
    }
    if (state.equations.has(name)) {
      report(state, { kind: 'label', line, message: `\\label{${name}} is used twice` });
      continue;
    }
    const slug = slugify(name);
    anchor ??= uniqueSlug(
      `${state.options.idPrefix}${slug.startsWith('eq-') ? slug : `eq-${slug}`}`,
      state.usedIds,
    );
    state.equations.set(name, { label: name, number: label, anchor });
  }
  const meta: EquationMeta = { tex, number: label, anchor };
  token.meta = meta;
}
