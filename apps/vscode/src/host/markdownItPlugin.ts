import type { RenderSettings } from '../shared/protocol.js';
import { escapeHtml } from './webviewHtml.js';

// The few markdown-it shapes the plugin touches, so the host needs no markdown-it import.
interface Token {
  info: string;
  content: string;
  attrJoin(name: string, value: string): void;
  attrSet(name: string, value: string): void;
}
type RenderRule = (
  tokens: Token[],
  idx: number,
  options: unknown,
  env: unknown,
  self: Renderer,
) => string;
interface Renderer {
  rules: Record<string, RenderRule | undefined>;
  renderAttrs(token: Token): string;
  renderToken(tokens: Token[], idx: number, options: unknown): string;
}
/** The part of a markdown-it instance the plugin extends. */
export interface MarkdownItLike {
  renderer: Renderer;
}

/** True for a fence whose info string is `dl8` or `dl8 <experiment id> ...`. */
export function isDl8Fence(info: string): boolean {
  return /^dl8(\s|$)/.test(info.trim());
}

/**
 * markdown-it plugin for VS Code's Markdown preview (mermaid's pattern): a ```dl8 fence
 * becomes a placeholder carrying the block text and the render settings, and the preview
 * script (media/preview.js) renders and hydrates it in the page. The placeholder shows the
 * block text itself, so a preview without scripts still says what is there.
 */
export function dl8MarkdownItPlugin(md: MarkdownItLike, settings: () => RenderSettings): void {
  const fallback: RenderRule =
    md.renderer.rules.fence ??
    ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    if (!isDl8Fence(token.info)) return fallback(tokens, idx, options, env, self);
    const { seed, numberEquations } = settings();
    // Keep VS Code's own attributes (code-line, data-line: scroll sync) and add ours.
    token.attrJoin('class', 'dl8-md-block');
    token.attrSet('data-dl8-info', token.info.trim());
    token.attrSet('data-dl8-source', token.content);
    token.attrSet('data-dl8-seed', String(seed));
    token.attrSet('data-dl8-number-equations', String(numberEquations));
    return `<div${self.renderAttrs(token)}><pre class="dl8-md-source"><code>${escapeHtml(
      `\`\`\`${token.info.trim()}\n${token.content}\`\`\``,
    )}</code></pre></div>\n`;
  };
}
