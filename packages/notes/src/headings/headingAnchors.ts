import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { escapeHtml } from '../escapeHtml.js';
import { stateOf } from '../markdown/renderEnv.js';
import { slugify, uniqueSlug } from './slugify.js';

function plainText(inline: Token | undefined): string {
  let text = '';
  for (const child of inline?.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline' || child.type === 'math_inline') {
      text += child.content;
    } else if (child.type === 'softbreak') text += ' ';
  }
  return text.trim();
}

/**
 * Gives every heading a unique id (unique across a whole chapter), records it in the table of
 * contents, and ends the heading with a "#" link to itself.
 */
export function headingAnchors(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'dl8_headings', (core: StateCore) => {
    const state = stateOf(core.env);
    core.tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return;
      const text = plainText(core.tokens[i + 1]);
      const id = uniqueSlug(`${state.options.idPrefix}${slugify(text)}`, state.usedIds);
      token.attrSet('id', id);
      state.toc.push({ level: Number(token.tag.slice(1)), id, text, html: '' });
      state.tocTokens.push(core.tokens[i + 1]!);
    });
  });
  md.renderer.rules['heading_close'] = (tokens, idx) => {
    const id = tokens[idx - 2]?.attrGet('id');
    const anchor = id
      ? ` <a class="dl8-anchor" href="#${escapeHtml(id)}" aria-label="Link to this section">#</a>`
      : '';
    return `${anchor}</${tokens[idx]!.tag}>\n`;
  };
}
