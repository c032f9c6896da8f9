import type { ExperimentResult } from '@dl8/experiments';
import { renderSvg } from '@dl8/viz';

/** Size every chart is drawn at (CSS scales it to the column width). */
export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 400;

/** The SVG of chart `k` of a result, with ids made unique by `idPrefix`. */
export function chartSvg(result: ExperimentResult, k: number, idPrefix: string): string {
  return renderSvg(result.charts[k]!, {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    idPrefix: `${idPrefix}c${k}`,
  });
}

/** All charts of a result stacked in one standalone SVG document, for download. */
export function stackedSvg(result: ExperimentResult, idPrefix: string): string {
  const parts = result.charts.map(
    (_, k) =>
      `<g transform="translate(0 ${k * CHART_HEIGHT})">${chartSvg(result, k, `${idPrefix}x`)}</g>`,
  );
  const height = CHART_HEIGHT * Math.max(1, result.charts.length);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}">${parts.join('')}</svg>`;
}
