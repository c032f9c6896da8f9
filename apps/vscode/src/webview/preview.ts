// Loaded by VS Code's own Markdown preview (markdown.previewScripts). The host's markdown-it
// plugin turns each ```dl8 fence into a placeholder; this renders and hydrates them in place,
// again after every update of the preview (mermaid's pattern).
import { renderMarkdown } from '@dl8/notes';
import { type Hydration, hydrate } from '@dl8/notes/hydrate';

const live = new Map<HTMLElement, Hydration>();
let counter = 0;

async function renderBlock(block: HTMLElement): Promise<void> {
  block.dataset.dl8State = 'rendering';
  const info = block.dataset.dl8Info ?? 'dl8';
  const source = block.dataset.dl8Source ?? '';
  const seed = Number(block.dataset.dl8Seed ?? '1');
  const result = await renderMarkdown(`\`\`\`${info}\n${source}\`\`\`\n`, {
    seed: Number.isSafeInteger(seed) ? seed : 1,
    numberEquations: block.dataset.dl8NumberEquations !== 'false',
    runExperiments: false,
    // Several blocks share one page: keep their generated ids apart.
    idPrefix: `dl8-md-${++counter}-`,
  });
  block.innerHTML = result.html; // the renderer's output: safe by construction
  live.set(block, hydrate(block, { worker: false }));
  block.dataset.dl8State = 'rendered';
}

function renderAll(): void {
  // Blocks the preview replaced are gone from the page: stop their runs.
  for (const [block, hydration] of live) {
    if (!block.isConnected) {
      hydration.dispose();
      live.delete(block);
    }
  }
  for (const block of document.querySelectorAll<HTMLElement>(
    '.dl8-md-block:not([data-dl8-state])',
  )) {
    renderBlock(block).catch((error: unknown) => {
      block.dataset.dl8State = 'failed';
      const box = document.createElement('p');
      box.className = 'dl8-md-error';
      box.textContent = `dl8: could not render this block: ${String(error)}`;
      block.append(box);
    });
  }
}

window.addEventListener('vscode.markdown.updateContent', renderAll);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', renderAll);
else renderAll();
