// Entry of dist/browser/hydrate.js (an IIFE): exposes `DL8Notes.hydrate` and, on a page whose
// <html> carries data-dl8-hydrate="auto" (the standalone export), hydrates the document itself.
import { hydrate } from './hydrate.js';

(globalThis as unknown as { DL8Notes: { hydrate: typeof hydrate } }).DL8Notes = { hydrate };

if (typeof document !== 'undefined' && document.documentElement.dataset['dl8Hydrate'] === 'auto') {
  const start = () => hydrate(document);
  if (document.readyState === 'loading')
    document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
