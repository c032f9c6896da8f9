import { runBlocks } from './blocks/readBlock.js';
import { chapter, macros as chapterMacros } from './chapter.js';
import { escapeHtml } from './escapeHtml.js';
import { createMarkdown } from './markdown/createMarkdown.js';
import { createRenderEnv, type RenderOptions, renderTocHtml } from './markdown/renderEnv.js';
import type { NoteSection } from './NoteSection.js';
import type { RenderResult } from './renderMarkdown.js';

/** Options for renderChapter: the renderer's, plus which sections to include. */
export interface ChapterOptions extends RenderOptions {
  /** Section ids to render, in chapter order (default: all of them). */
  sections?: readonly string[];
  /** The sections to render instead of the built-in chapter (default: `chapter`). */
  source?: readonly NoteSection[];
}

/**
 * Renders the chapter as one document: every section parsed first (so equation labels and
 * figure numbers are shared and `\eqref` works across sections), then experiments run, then
 * each section rendered inside `<section id="section-<id>">`. Uses the chapter's macro table
 * unless `macros` is given.
 */
export async function renderChapter(options: ChapterOptions = {}): Promise<RenderResult> {
  const all = options.source ?? chapter;
  const wanted = options.sections;
  if (wanted) {
    const unknown = wanted.filter((id) => !all.some((s) => s.id === id));
    if (unknown.length > 0) {
      throw new Error(
        `renderChapter: unknown section ${unknown.join(', ')}; known: ${all.map((s) => s.id).join(', ')}`,
      );
    }
  }
  const sections = wanted ? all.filter((s) => wanted.includes(s.id)) : all;
  const md = createMarkdown();
  const env = createRenderEnv({ ...options, macros: options.macros ?? chapterMacros });
  for (const s of sections) env.dl8.usedIds.add(`${env.dl8.options.idPrefix}section-${s.id}`);
  const parsed = sections.map((section) => {
    env.dl8.section = section.id;
    return { section, tokens: md.parse(section.markdown, env) };
  });
  env.dl8.section = undefined;
  if (env.dl8.options.runExperiments) await runBlocks(env.dl8.blocks);
  const html = parsed
    .map(({ section, tokens }) => {
      const id = `${env.dl8.options.idPrefix}section-${section.id}`;
      env.dl8.section = section.id;
      const body = md.renderer.render(tokens, md.options, env);
      return `<section class="dl8-section" id="${escapeHtml(id)}" data-dl8-section="${escapeHtml(section.section)}">\n${body}</section>\n`;
    })
    .join('');
  env.dl8.section = undefined;
  return { html, toc: renderTocHtml(md, env), errors: env.dl8.issues };
}
