import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { escapeHtml } from '../escapeHtml.js';
import { stateOf } from '../markdown/renderEnv.js';
import type { EquationMeta } from './numberEquations.js';
import { renderTex } from './renderTex.js';

function display(token: Token, env: unknown, tag: 'div' | 'span'): string {
  const state = stateOf(env);
  const meta = (token.meta as EquationMeta | null) ?? {
    tex: token.content,
    number: null,
    anchor: null,
  };
  const line = token.map ? token.map[0] + 1 : undefined;
  const id = meta.anchor ? ` id="${escapeHtml(meta.anchor)}"` : '';
  const body = renderTex(meta.tex, true, state, line);
  return `<${tag} class="dl8-equation"${id}>${body}</${tag}>${tag === 'div' ? '\n' : ''}`;
}

/** Renderer rules for the math tokens: KaTeX output, display equations wrapped with their anchor. */
export function mathRendering(md: MarkdownIt): void {
  md.renderer.rules['math_inline'] = (tokens, idx, _o, env) =>
    renderTex(tokens[idx]!.content, false, stateOf(env));
  md.renderer.rules['math_display'] = (tokens, idx, _o, env) => display(tokens[idx]!, env, 'span');
  md.renderer.rules['math_block'] = (tokens, idx, _o, env) => display(tokens[idx]!, env, 'div');
}
