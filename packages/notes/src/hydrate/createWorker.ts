/** Where the worker bundle comes from: a URL, its source text, or nowhere (run on the page). */
export interface WorkerSource {
  url?: string;
  source?: string;
}

// One Blob URL per source text, reused by every worker started from it (a stale run is
// cancelled by terminating its worker and starting a new one).
let blobSource: string | undefined;
let blobUrl: string | undefined;

/**
 * Starts the experiment worker from a URL, or from source text through a Blob URL (what the
 * file:// page and a webview can do). Returns null when workers are unavailable or refused
 * (e.g. by a CSP), so the caller runs on the page instead.
 */
export function createWorker(from: WorkerSource): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    if (from.url) return new Worker(from.url);
    if (from.source) {
      if (blobSource !== from.source) {
        if (blobUrl) URL.revokeObjectURL(blobUrl);
        blobUrl = URL.createObjectURL(new Blob([from.source], { type: 'text/javascript' }));
        blobSource = from.source;
      }
      return new Worker(blobUrl!);
    }
  } catch {
    return null;
  }
  return null;
}
