// Serves the panel page as the host builds it (same HTML builder, CSP and nonce), with the
// built media/ folder standing in for the webview resource origin.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createNonce } from '../../src/host/nonce.js';
import { buildWebviewHtml } from '../../src/host/webviewHtml.js';
import { appRoot } from './paths.js';

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

/** An inline script without the nonce, planted in the page: the CSP must stop it. */
export const plantedScript = '<script>window.__dl8InlineRan = true;</script>';

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 (a fresh nonce per page load, like a panel render). */
export async function startPageServer(): Promise<PageServer> {
  const media = join(appRoot, 'media');
  let origin = '';
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', origin).pathname;
    if (path === '/') {
      const html = buildWebviewHtml({
        cspSource: origin,
        nonce: createNonce(),
        title: 'DL8 test page',
        styles: [
          `${origin}/media/notes/katex/katex.min.css`,
          `${origin}/media/notes/notes.css`,
          `${origin}/media/webview.css`,
        ],
        scripts: [`${origin}/media/webview.js`],
        body: `<div id="dl8-app" class="dl8-app"></div>${plantedScript}`,
        workerUrl: `${origin}/media/notes/worker.js`,
      });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    const file = normalize(join(media, path.replace(/^\/media\//, '')));
    if (!path.startsWith('/media/') || !file.startsWith(media)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res
        .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('page server: no address');
  origin = `http://127.0.0.1:${address.port}`;
  return { url: `${origin}/`, close: () => new Promise((r) => server.close(() => r())) };
}
