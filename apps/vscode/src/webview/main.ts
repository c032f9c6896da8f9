// The dl8 panel page: renders the document the host names, hydrates its experiments, keeps
// the reader's place and parameters with setState, and talks to the host in protocol messages.
import { type Hydration, hydrate } from '@dl8/notes/hydrate';
import {
  type DocContent,
  type DocRef,
  parseHostMessage,
  type RenderSettings,
} from '../shared/protocol.js';
import {
  parseWebviewState,
  type SavedFigure,
  sameDoc,
  type WebviewState,
} from '../shared/state.js';
import { buildOutline, scrollToAnchor } from './outline.js';
import { renderDoc } from './renderDoc.js';
import { vscodeApi } from './vscodeApi.js';

const app = document.getElementById('dl8-app')!;
let state: WebviewState | undefined = parseWebviewState(vscodeApi.getState());
let hydration: Hydration | undefined;
let renderSeq = 0;

// The worker bundle, fetched once; without it heavy experiments run on the page.
const workerUrl = document.querySelector('meta[name="dl8-worker"]')?.getAttribute('content');
const workerSource: Promise<string | undefined> = workerUrl
  ? fetch(workerUrl)
      .then((response) => (response.ok ? response.text() : undefined))
      .catch(() => undefined)
  : Promise.resolve(undefined);

const refOf = (doc: DocContent): DocRef =>
  doc.kind === 'markdown' ? { kind: 'markdown', uri: doc.uri } : doc;

function saveState(): void {
  if (!state) return;
  state.scrollY = window.scrollY;
  if (hydration) state.figures = hydration.getState() as Record<number, SavedFigure>;
  vscodeApi.setState(state);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

async function render(doc: DocContent, settings: RenderSettings): Promise<void> {
  const seq = ++renderSeq;
  const started = performance.now();
  const ref = refOf(doc);
  const same = sameDoc(state?.doc, ref);
  // Parameters survive a re-render of the same document (typing in a previewed file, a
  // settings change, a reload): from the live figures, else from the saved state.
  const carried = same ? (hydration?.getState() ?? state?.figures ?? {}) : {};
  const scrollY = same ? (hydration ? window.scrollY : (state?.scrollY ?? 0)) : 0;
  const [result, worker] = await Promise.all([renderDoc(doc, settings), workerSource]);
  if (seq !== renderSeq) return; // a newer render started while this one ran

  hydration?.dispose();
  const article = document.createElement('article');
  article.className = 'dl8-doc dl8-notes';
  article.innerHTML = result.html; // the renderer's output: safe by construction (no raw HTML)
  const outline = buildOutline(document, result.toc, article);
  app.replaceChildren(outline, article);
  // An outline of one heading only repeats the title: shown from two entries up.
  app.classList.toggle('dl8-has-outline', outline.querySelectorAll('li').length > 1);
  document.body.dataset.dl8Doc =
    ref.kind === 'chapter'
      ? 'chapter'
      : ref.kind === 'experiment'
        ? `experiment:${ref.experimentId}`
        : 'markdown';

  state = { doc: ref, scrollY, figures: carried as Record<number, SavedFigure> };
  hydration = hydrate(article, {
    initialParams: carried,
    worker: worker === undefined ? false : { source: worker },
    onParamsChange: saveState,
    onCopy: (text) => vscodeApi.postMessage({ type: 'copy', text }),
    onDownload: (file) =>
      vscodeApi.postMessage({
        type: 'download',
        fileName: file.fileName,
        mimeType: file.mimeType,
        ...(typeof file.data === 'string'
          ? { encoding: 'utf8', data: file.data }
          : { encoding: 'base64', data: toBase64(file.data) }),
      }),
  });
  window.scrollTo(0, scrollY);
  saveState();
  vscodeApi.postMessage({
    type: 'rendered',
    kind: ref.kind,
    figures: hydration.figures.length,
    issues: result.errors.length,
    ms: performance.now() - started,
  });
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseHostMessage(event.data);
  if (!message) return; // not ours, or malformed: dropped
  answered = true;
  if (message.type === 'reveal') {
    scrollToAnchor(document, message.anchor);
    saveState();
    return;
  }
  render(message.doc, message.settings).catch((error: unknown) =>
    vscodeApi.postMessage({ type: 'error', message: `rendering failed: ${String(error)}` }),
  );
});

// In-page links (outline, headings, \eqref) scroll here instead of navigating.
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
  if (!link) return;
  event.preventDefault();
  scrollToAnchor(document, decodeURIComponent(link.getAttribute('href')!.slice(1)));
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(saveState, 200);
});

// Say hello until the host answers (for at most 30 s), so one lost message cannot leave the
// page waiting forever.
let answered = false;
let hellos = 0;
const hello = () => {
  if (answered || hellos++ >= 30) return;
  vscodeApi.postMessage({ type: 'ready' });
  setTimeout(hello, 1000);
};
hello();
