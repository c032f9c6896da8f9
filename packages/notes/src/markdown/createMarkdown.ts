import MarkdownIt from 'markdown-it';
import { experimentBlocks } from '../blocks/experimentBlocks.js';
import { headingAnchors } from '../headings/headingAnchors.js';
import { mathRendering } from '../math/mathRendering.js';
import { mathSyntax } from '../math/mathSyntax.js';
import { numberEquations } from '../math/numberEquations.js';
import { references } from '../math/references.js';
import { validateLink } from './validateLink.js';

/**
 * The dl8 markdown-it instance. Safe by construction for untrusted notes: raw HTML is off (it
 * renders as text), link and image targets must pass validateLink, and math goes through
 * KaTeX with `trust: false`. Plugins keep their state on the `env` from createRenderEnv().
 */
export function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = validateLink;
  md.use(mathSyntax);
  md.use(references);
  md.use(numberEquations);
  md.use(mathRendering);
  md.use(headingAnchors);
  md.use(experimentBlocks);
  return md;
}
