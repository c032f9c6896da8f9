import type MarkdownIt from 'markdown-it';
import { experimentBlocks } from '../blocks/experimentBlocks.js';
import { mathRendering } from '../math/mathRendering.js';
import { mathSyntax } from '../math/mathSyntax.js';
import { numberEquations } from '../math/numberEquations.js';
import { references } from '../math/references.js';
import { createRenderEnv, type RenderOptions } from './renderEnv.js';

/** Options of dl8Plugin. */
export interface Dl8PluginOptions extends Omit<RenderOptions, 'runExperiments'> {
  /** Also parse and typeset `$...$` math with KaTeX (default true; off when the host already does math). */
  math?: boolean;
}

/**
 * A synchronous markdown-it plugin for someone else's markdown-it instance (e.g. VS Code's
 * Markdown preview): ```dl8 blocks become figure shells (or explained error boxes) that the
 * hydration script fills in, plus, unless `math: false`, the dl8 math with numbering and
 * `\eqref`. Experiments are not run while rendering (markdown-it renders synchronously).
 * It does not change the host's html, link or linkify settings.
 */
export function dl8Plugin(md: MarkdownIt, options: Dl8PluginOptions = {}): void {
  md.core.ruler.before('normalize', 'dl8_env', (core) => {
    // Fresh numbering and figure state for every document the host renders.
    (core.env as Record<string, unknown>)['dl8'] = createRenderEnv({
      ...options,
      runExperiments: false,
    }).dl8;
  });
  if (options.math !== false) {
    md.use(mathSyntax);
    md.use(references);
    md.use(numberEquations);
    md.use(mathRendering);
  }
  md.use(experimentBlocks);
}
