/** What one webview page is made of: every URI already converted with `asWebviewUri`. */
export interface WebviewPageParts {
  /** `webview.cspSource`: the only origin styles, fonts and images may come from. */
  cspSource: string;
  /** Fresh per render (see `createNonce`); the only way a script may run. */
  nonce: string;
  title: string;
  scripts: readonly string[];
  styles: readonly string[];
  /** Trusted markup the page starts with (built by the host, never user text). */
  body?: string;
  /**
   * URI of the experiment worker bundle. A webview cannot start a worker from its resource
   * origin, so the page fetches the bundle and starts it from a Blob URL.
   */
  workerUrl?: string;
}

/** The Content-Security-Policy for a dl8 webview: nothing but our own scripts, styles and fonts. */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    `style-src ${cspSource}`,
    // KaTeX positions glyphs with inline style attributes; no inline <style> element is allowed.
    "style-src-attr 'unsafe-inline'",
    `script-src 'nonce-${nonce}'`,
    // Heavy experiments run in a worker: its bundle is fetched from our media folder and
    // started from a Blob URL.
    `connect-src ${cspSource}`,
    'worker-src blob:',
  ].join('; ');
}

/** Escapes text for an HTML attribute or text node. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The full HTML document of a dl8 webview: CSP meta first, styles, body, nonce'd scripts. */
export function buildWebviewHtml(parts: WebviewPageParts): string {
  const csp = contentSecurityPolicy(parts.cspSource, parts.nonce);
  const styles = parts.styles
    .map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`)
    .join('\n');
  const scripts = parts.scripts
    .map((src) => `<script nonce="${escapeHtml(parts.nonce)}" src="${escapeHtml(src)}"></script>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${parts.workerUrl === undefined ? '' : `<meta name="dl8-worker" content="${escapeHtml(parts.workerUrl)}">`}
<title>${escapeHtml(parts.title)}</title>
${styles}
</head>
<body>
${parts.body ?? ''}
${scripts}
</body>
</html>
`;
}
