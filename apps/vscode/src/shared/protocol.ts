// The messages between the extension host and a dl8 webview, validated on both sides.

/** Messages the host sends to a webview. */
export type HostToWebview = { type: 'showChapter'; anchor?: string };

/** Messages a webview sends to the host. */
export type WebviewToHost = { type: 'ready' } | { type: 'rendered'; figures: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the message when it is a well-formed `HostToWebview`, otherwise `undefined`. */
export function parseHostMessage(value: unknown): HostToWebview | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'showChapter') {
    if (value.anchor !== undefined && typeof value.anchor !== 'string') return undefined;
    return value.anchor === undefined
      ? { type: 'showChapter' }
      : { type: 'showChapter', anchor: value.anchor };
  }
  return undefined;
}

/** Returns the message when it is a well-formed `WebviewToHost`, otherwise `undefined`. */
export function parseWebviewMessage(value: unknown): WebviewToHost | undefined {
  if (!isRecord(value)) return undefined;
  if (value.type === 'ready') return { type: 'ready' };
  if (value.type === 'rendered' && Number.isInteger(value.figures)) {
    return { type: 'rendered', figures: value.figures as number };
  }
  return undefined;
}
