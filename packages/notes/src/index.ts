export type { BlockJob, FailedBlock, ReadyBlock } from './blocks/BlockJob.js';
export { CHART_HEIGHT, CHART_WIDTH, chartSvg, stackedSvg } from './blocks/chartsSvg.js';
export { chapter, macros } from './chapter.js';
export { escapeHtml } from './escapeHtml.js';
export { createMarkdown } from './markdown/createMarkdown.js';
export { type Dl8PluginOptions, dl8Plugin } from './markdown/dl8Plugin.js';
export {
  createRenderEnv,
  type EquationEntry,
  type RenderEnv,
  type RenderIssue,
  type RenderOptions,
  type TocEntry,
} from './markdown/renderEnv.js';
export { validateLink } from './markdown/validateLink.js';
export type { NoteSection } from './NoteSection.js';
export { type ChapterOptions, renderChapter } from './renderChapter.js';
export { type RenderResult, renderMarkdown } from './renderMarkdown.js';
export { cspHash } from './standalone/base64.js';
export { inlineScript } from './standalone/inlineScript.js';
export { katexCssWithFonts, katexFontFiles } from './standalone/katexCssWithFonts.js';
export { type StandalonePageInput, standalonePage } from './standalone/standalonePage.js';
export { renderText, type TextOptions } from './text/renderText.js';
export { texToText } from './text/texToText.js';
