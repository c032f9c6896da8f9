import type { HistogramChart, LineChart } from '@dl8/viz';
import type { ExperimentResult } from '../../experiment.js';
import { fmt } from '../../math/format.js';
import type { RunResult } from './train.js';

const NAMES = ['without batch norm', 'with batch norm'];
const LOSS_CEILING = 10; // diverged runs are drawn at this loss

/**
 * The result for the runs finished so far: results[c][i] is configuration c (0 without, 1 with
 * batch norm) at learning rate lrs[i]; missing runs are simply left out (partial results).
 */
export function report(
  lrs: readonly number[],
  results: readonly (readonly RunResult[])[],
  show: number,
  classes: number,
): ExperimentResult {
  // trained: mean loss of the last steps below half the chance level ln(classes)
  const trainedBelow = 0.5 * Math.log(classes);
  const band = results.map((rs) => rs.filter((r) => r.finalLoss < trainedBelow).length);
  const shown = results.flatMap((rs, c) => (rs[show] ? [{ c, run: rs[show] }] : []));
  const layers = shown[0]?.run.activations.length ?? 0;
  const histograms: HistogramChart[] = Array.from({ length: layers }, (_, layer) => ({
    type: 'histogram',
    title: `layer ${layer + 1}`,
    series: shown.map(({ c, run }) => ({ name: NAMES[c]!, values: run.activations[layer]! })),
    bins: 20,
    normalize: 'density',
    legend: layer === 0 ? 'top-right' : 'none',
  }));
  const curves = (c: number): LineChart => ({
    type: 'line',
    title: `Training loss, ${NAMES[c]}`,
    xAxis: { label: 'step' },
    yAxis: { label: 'minibatch loss', scale: 'log' },
    series: results[c]!.map((r, i) => ({
      name: `lr ${fmt(lrs[i]!)}${r.diverged ? ' (diverged)' : ''}`,
      x: r.losses.map((_, s) => s),
      y: r.losses,
      colorIndex: i,
    })),
  });
  const best = (rs: readonly RunResult[]) => Math.min(LOSS_CEILING, ...rs.map((r) => r.finalLoss));
  return {
    charts: [
      {
        type: 'line',
        title: 'Final training loss vs learning rate',
        xAxis: { label: 'learning rate', scale: 'log' },
        yAxis: { label: `loss (last 10 steps; diverged = ${LOSS_CEILING})`, scale: 'log' },
        series: results.map((rs, c) => ({
          name: NAMES[c]!,
          x: lrs.slice(0, rs.length),
          y: rs.map((r) => Math.min(r.finalLoss, LOSS_CEILING)),
          marker: 'circle' as const,
        })),
        annotations: [{ kind: 'hline', y: trainedBelow, label: 'trained' }],
      },
      curves(0),
      curves(1),
      ...(histograms.length > 0
        ? [
            {
              type: 'grid' as const,
              title: `Pre-activations per layer after training, lr ${fmt(lrs[show]!)}`,
              charts: histograms,
              // Rows of at most 4, filled evenly: 5 layers as 3 + 2, not 4 + 1.
              columns: Math.ceil(histograms.length / Math.ceil(histograms.length / 4)),
            },
          ]
        : []),
    ],
    tables: [
      {
        title: 'Final loss by learning rate',
        columns: ['lr', NAMES[0]!, NAMES[1]!],
        rows: lrs.map((lr, i) => [
          lr,
          ...results.map((rs) => {
            const r = rs[i];
            return r === undefined ? 'pending' : r.diverged ? 'diverged' : r.finalLoss;
          }),
        ]),
      },
    ],
    metrics: {
      trainedWithoutBn: band[0]!,
      trainedWithBn: band[1]!,
      lrCount: lrs.length,
      bestLossWithoutBn: best(results[0]!),
      bestLossWithBn: best(results[1]!),
    },
    notes: [
      `A run counts as trained when its mean loss over the last 10 steps is below ${fmt(trainedBelow)}, half the chance level ln ${classes}.`,
      'Both networks start from the same weights and see the same minibatches at each learning rate.',
    ],
  };
}
