import { escapeHtml } from '../escapeHtml.js';
import type { BlockJob, FailedBlock, ReadyBlock } from './BlockJob.js';
import { chartSvg } from './chartsSvg.js';

/** The explained error box drawn in place of a block that could not become a figure. */
export function renderErrorBox(job: BlockJob, outcome: FailedBlock): string {
  const where = job.line === undefined ? '' : `, line ${job.line}`;
  const reasons = outcome.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('');
  return [
    `<div class="dl8-error" data-dl8-error-for="${escapeHtml(job.id)}" data-dl8-index="${job.index}">`,
    `<p class="dl8-error-title"><strong>${escapeHtml(outcome.headline)}</strong> <span class="dl8-error-where">(experiment block ${job.index + 1}${escapeHtml(where)})</span></p>`,
    `<ul class="dl8-error-reasons">${reasons}</ul>`,
    `<pre class="dl8-error-source"><code>${escapeHtml(`\`\`\`dl8 ${job.id}\n${job.source}\`\`\``)}</code></pre>`,
    '</div>\n',
  ].join('\n');
}

/**
 * A figure carrying the experiment id, seed and parameters (as data attributes for hydration),
 * the charts of a real run as inline SVG, and a caption from the experiment's title, summary
 * and finding. Every interpolated string is escaped; the SVG comes from @dl8/viz. Throws when
 * a chart spec cannot be drawn (the caller shows an error box instead).
 */
export function renderFigure(job: BlockJob, outcome: ReadyBlock, idPrefix: string): string {
  const { experiment, params, seed, result } = outcome;
  const figureId = `${idPrefix}figure-${job.index + 1}`;
  const charts = result
    ? result.charts
        .map((_, k) => `<div class="dl8-chart">${chartSvg(result, k, `${figureId}-`)}</div>`)
        .join('\n')
    : '<p class="dl8-pending">This live experiment is drawn when the page’s script runs.</p>';
  const finding = result
    ? ` <span class="dl8-finding">${escapeHtml(experiment.finding(result))}</span>`
    : '';
  return [
    `<figure class="dl8-figure" id="${escapeHtml(figureId)}" data-dl8-experiment="${escapeHtml(experiment.id)}" data-dl8-index="${job.index}" data-dl8-seed="${seed}" data-dl8-params="${escapeHtml(JSON.stringify(params))}" aria-labelledby="${escapeHtml(figureId)}-caption">`,
    `<div class="dl8-charts">${charts}</div>`,
    `<figcaption id="${escapeHtml(figureId)}-caption"><span class="dl8-figure-number">Figure ${job.index + 1}.</span> <strong class="dl8-figure-title">${escapeHtml(experiment.title)}</strong> <span class="dl8-figure-summary">${escapeHtml(experiment.summary)}</span>${finding} <span class="dl8-figure-meta">Experiment <code>${escapeHtml(experiment.id)}</code>, section ${escapeHtml(experiment.section)}, seed ${seed}.</span></figcaption>`,
    '</figure>\n',
  ].join('\n');
}
