import { runBlocks } from './blocks/readBlock.js';
import { createMarkdown } from './markdown/createMarkdown.js';
import {
  createRenderEnv,
  type RenderIssue,
  type RenderOptions,
  renderTocHtml,
  type TocEntry,
} from './markdown/renderEnv.js';

/** What rendering produced: the HTML, the headings for a table of contents, and every problem met. */
export interface RenderResult {
  html: string;
  toc: TocEntry[];
  errors: RenderIssue[];
}

/**
 * Renders markdown (trusted or not) to HTML: KaTeX math with numbered equations and
 * `\eqref` links, headings with anchors, and ```dl8 blocks as figures pre-drawn from a real,
 * seeded run. Async because experiment runs are. Problems never throw: they are drawn in
 * place and listed in `errors`.
 */
export async function renderMarkdown(
  markdown: string,
  options: RenderOptions = {},
): Promise<RenderResult> {
  const md = createMarkdown();
  const env = createRenderEnv(options);
  const tokens = md.parse(markdown, env);
  if (env.dl8.options.runExperiments) await runBlocks(env.dl8.blocks);
  const html = md.renderer.render(tokens, md.options, env);
  return { html, toc: renderTocHtml(md, env), errors: env.dl8.issues };
}
