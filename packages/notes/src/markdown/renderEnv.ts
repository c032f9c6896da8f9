import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { BlockJob } from '../blocks/BlockJob.js';

/** One heading of the rendered document, for a table of contents. */
export interface TocEntry {
  level: number;
  id: string;
  /** Plain text of the heading (math as its TeX source). */
  text: string;
  /** The heading's content rendered (math typeset), safe to insert as HTML. */
  html: string;
}

/** Something the renderer could not render as written; the page shows it in place too. */
export interface RenderIssue {
  kind: 'math' | 'reference' | 'label' | 'experiment';
  message: string;
  /** 1-based line in the markdown source, when known. */
  line?: number;
  /** Id of the chapter section the line is in (renderChapter only). */
  section?: string;
}

/** A numbered display equation that a `\label` names. */
export interface EquationEntry {
  label: string;
  number: string;
  anchor: string;
}

/** Options shared by renderMarkdown and renderChapter. */
export interface RenderOptions {
  /** Number every display equation (default true); when false only `\tag`ged or `\label`led ones are. */
  numberEquations?: boolean;
  /** Text put before automatic equation numbers, e.g. `'8.'` gives (8.1), (8.2), ... */
  equationPrefix?: string;
  /** KaTeX macro table, e.g. `{ "\\R": "\\mathbb{R}" }`. */
  macros?: Readonly<Record<string, string>>;
  /** Seed of the pre-rendered experiment runs (default 1). */
  seed?: number;
  /** Run experiments at render time and embed their SVG (default true). */
  runExperiments?: boolean;
  /** Prefix for every generated id, to keep several rendered documents apart on one page. */
  idPrefix?: string;
}

/** State that lives for one rendered document (or one chapter: shared across its sections). */
export interface RenderState {
  options: Required<Omit<RenderOptions, 'macros'>>;
  macros: Record<string, string>;
  usedIds: Set<string>;
  toc: TocEntry[];
  /** The inline token of each toc entry's heading, to render its `html` once labels are known. */
  tocTokens: Token[];
  issues: RenderIssue[];
  equations: Map<string, EquationEntry>;
  equationCount: number;
  figureCount: number;
  blocks: BlockJob[];
  /** The chapter section being parsed or rendered, for issue reports. */
  section?: string;
}

/** The markdown-it `env` object the dl8 plugins read and write. */
export interface RenderEnv {
  dl8: RenderState;
}

/** Creates the shared state for one document from the caller's options. */
export function createRenderEnv(options: RenderOptions = {}): RenderEnv {
  const idPrefix = options.idPrefix ?? '';
  if (!/^(?:[A-Za-z][\w-]*)?$/.test(idPrefix)) {
    throw new Error(
      `renderMarkdown: idPrefix must start with a letter and hold only letters, digits, _ and -, got ${JSON.stringify(idPrefix)}`,
    );
  }
  return {
    dl8: {
      options: {
        numberEquations: options.numberEquations ?? true,
        equationPrefix: options.equationPrefix ?? '',
        seed: options.seed ?? 1,
        runExperiments: options.runExperiments ?? true,
        idPrefix,
      },
      macros: { ...(options.macros ?? {}) },
      usedIds: new Set(),
      toc: [],
      tocTokens: [],
      issues: [],
      equations: new Map(),
      equationCount: 0,
      figureCount: 0,
      blocks: [],
    },
  };
}

/** Reads the dl8 state from a markdown-it env, failing loudly when a plugin runs without it. */
export function stateOf(env: unknown): RenderState {
  const state = (env as Partial<RenderEnv> | undefined)?.dl8;
  if (!state)
    throw new Error('@dl8/notes: markdown-it env has no dl8 state; use createRenderEnv()');
  return state;
}

/** Fills in the `html` of every toc entry (called after rendering, when references resolve). */
export function renderTocHtml(md: MarkdownIt, env: RenderEnv): TocEntry[] {
  const { toc, tocTokens } = env.dl8;
  toc.forEach((entry, i) => {
    entry.html = md.renderer.renderInline(tocTokens[i]?.children ?? [], md.options, env);
  });
  return toc;
}

/** Records an issue, tagged with the chapter section being worked on. */
export function report(state: RenderState, issue: RenderIssue): void {
  state.issues.push(state.section === undefined ? issue : { ...issue, section: state.section });
}
