// The messages between the extension host and a dl8 webview. Both sides validate what they
// receive with the parsers below, so a malformed message is dropped, never half-handled.

/** How a document is rendered: the user's `dl8.*` settings. */
export interface RenderSettings {
  /** Seed of every experiment run. */
  seed: number;
  /** Number every display equation. */
  numberEquations: boolean;
}

/** Which document a panel shows; what the serializer needs to bring a panel back. */
export type DocRef =
  | { kind: 'chapter' }
  | { kind: 'experiment'; experimentId: string }
  | { kind: 'markdown'; uri: string };

/** A document to render: the chapter and experiments are bundled, markdown comes with its text. */
export type DocContent =
  | { kind: 'chapter' }
  | { kind: 'experiment'; experimentId: string }
  | { kind: 'markdown'; uri: string; title: string; markdown: string };

/** Messages the host sends to a webview. */
export type HostToWebview =
  | { type: 'render'; doc: DocContent; settings: RenderSettings }
  | { type: 'reveal'; anchor: string };

/** Messages a webview sends to the host. */
export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'rendered'; kind: DocRef['kind']; figures: number; issues: number; ms: number }
  | { type: 'error'; message: string }
  /** "Copy block" of a figure: the host writes it to the clipboard. */
  | { type: 'copy'; text: string }
  /** A figure's SVG/PNG/CSV download: the host asks where to save it (webviews cannot). */
  | {
      type: 'download';
      fileName: string;
      mimeType: string;
      encoding: 'utf8' | 'base64';
      data: string;
    };

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/** The settings when well formed (an integer seed, a boolean), otherwise `undefined`. */
export function parseSettings(value: unknown): RenderSettings | undefined {
  if (!isRecord(value)) return undefined;
  const { seed, numberEquations } = value;
  if (!Number.isSafeInteger(seed) || typeof numberEquations !== 'boolean') return undefined;
  return { seed: seed as number, numberEquations };
}

/** The document reference when well formed, otherwise `undefined`. */
export function parseDocRef(value: unknown): DocRef | undefined {
  if (!isRecord(value)) return undefined;
  if (value.kind === 'chapter') return { kind: 'chapter' };
  if (value.kind === 'experiment' && isString(value.experimentId)) {
    return { kind: 'experiment', experimentId: value.experimentId };
  }
  if (value.kind === 'markdown' && isString(value.uri)) return { kind: 'markdown', uri: value.uri };
  return undefined;
}

function parseDocContent(value: unknown): DocContent | undefined {
  if (!isRecord(value)) return undefined;
  if (value.kind === 'markdown') {
    const { uri, title, markdown } = value;
    if (!isString(uri) || !isString(title) || !isString(markdown)) return undefined;
    return { kind: 'markdown', uri, title, markdown };
  }
  const ref = parseDocRef(value);
  return ref?.kind === 'markdown' ? undefined : ref;
}

/** Returns the message when it is a well-formed `HostToWebview`, otherwise `undefined`. */
export function parseHostMessage(value: unknown): HostToWebview | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'render') {
    const doc = parseDocContent(value.doc);
    const settings = parseSettings(value.settings);
    return doc && settings ? { type: 'render', doc, settings } : undefined;
  }
  if (value.type === 'reveal' && isString(value.anchor)) {
    return { type: 'reveal', anchor: value.anchor };
  }
  return undefined;
}

/** Returns the message when it is a well-formed `WebviewToHost`, otherwise `undefined`. */
export function parseWebviewMessage(value: unknown): WebviewToHost | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'rendered': {
      const { kind, figures, issues, ms } = value;
      if (kind !== 'chapter' && kind !== 'experiment' && kind !== 'markdown') return undefined;
      if (!isCount(figures) || !isCount(issues) || typeof ms !== 'number' || !(ms >= 0)) {
        return undefined;
      }
      return { type: 'rendered', kind, figures, issues, ms };
    }
    case 'error':
      return isString(value.message) ? { type: 'error', message: value.message } : undefined;
    case 'copy':
      return isString(value.text) ? { type: 'copy', text: value.text } : undefined;
    case 'download': {
      const { fileName, mimeType, encoding, data } = value;
      if (!isString(fileName) || !isString(mimeType) || !isString(data)) return undefined;
      if (encoding !== 'utf8' && encoding !== 'base64') return undefined;
      // A bare file name: the host joins it to a folder the user picks.
      if (fileName === '' || /[\\/]/.test(fileName) || fileName.startsWith('.')) return undefined;
      return { type: 'download', fileName, mimeType, encoding, data };
    }
    default:
      return undefined;
  }
}
