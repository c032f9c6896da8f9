import { getExperiment } from '@dl8/experiments';
import { type RenderResult, renderChapter, renderMarkdown } from '@dl8/notes';
import type { DocContent, RenderSettings } from '../shared/protocol.js';

/** The markdown of an experiment's own page: title, summary and its block at the defaults. */
function experimentMarkdown(id: string): string {
  try {
    const e = getExperiment(id);
    return `# ${e.title}\n\n*Section ${e.section}.* ${e.summary}\n\n\`\`\`dl8 ${id}\n\`\`\`\n`;
  } catch {
    // The renderer draws the explained "unknown experiment" box for this block.
    return `\`\`\`dl8 ${id}\n\`\`\`\n`;
  }
}

/**
 * Renders a document to HTML in the webview. Experiments are not run here: hydrate runs each
 * figure's experiment itself, so the text and math appear at once.
 */
export function renderDoc(doc: DocContent, settings: RenderSettings): Promise<RenderResult> {
  const options = {
    seed: settings.seed,
    numberEquations: settings.numberEquations,
    runExperiments: false,
  };
  switch (doc.kind) {
    case 'chapter':
      return renderChapter(options);
    case 'experiment':
      return renderMarkdown(experimentMarkdown(doc.experimentId), options);
    case 'markdown':
      return renderMarkdown(doc.markdown, options);
  }
}
