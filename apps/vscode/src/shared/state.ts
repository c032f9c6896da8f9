import { type DocRef, parseDocRef } from './protocol.js';

/** A parameter value as an experiment's schema allows it. */
export type ParamValue = number | boolean | string;

/** The saved parameters of one figure (the shape of @dl8/notes' FigureState). */
export interface SavedFigure {
  id: string;
  params: Record<string, ParamValue>;
}

/**
 * What a webview keeps with `setState` and VS Code hands back to the serializer after a
 * reload: the document, where the reader was, and the parameters chosen per figure index.
 */
export interface WebviewState {
  doc: DocRef;
  scrollY: number;
  figures: Record<number, SavedFigure>;
}

const isParamValue = (v: unknown): v is ParamValue =>
  typeof v === 'boolean' || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

function parseFigure(value: unknown): SavedFigure | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, params } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof params !== 'object' || params === null) return undefined;
  const entries = Object.entries(params);
  if (!entries.every(([, v]) => isParamValue(v))) return undefined;
  return { id, params: Object.fromEntries(entries) as Record<string, ParamValue> };
}

/** The state when well formed (damaged figures dropped), otherwise `undefined`. */
export function parseWebviewState(value: unknown): WebviewState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const raw = value as Record<string, unknown>;
  const doc = parseDocRef(raw.doc);
  if (!doc) return undefined;
  const scrollY = typeof raw.scrollY === 'number' && raw.scrollY >= 0 ? raw.scrollY : 0;
  const figures: Record<number, SavedFigure> = {};
  if (typeof raw.figures === 'object' && raw.figures !== null) {
    for (const [key, saved] of Object.entries(raw.figures)) {
      const figure = parseFigure(saved);
      if (figure && /^\d+$/.test(key)) figures[Number(key)] = figure;
    }
  }
  return { doc, scrollY, figures };
}

/** True when two references name the same document. */
export function sameDoc(a: DocRef | undefined, b: DocRef | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'experiment' && b.kind === 'experiment') return a.experimentId === b.experimentId;
  if (a.kind === 'markdown' && b.kind === 'markdown') return a.uri === b.uri;
  return true;
}
