import { experiments, runExperiment } from '@dl8/experiments';
import { runFamily } from '../harness/family.js';
import { measure } from '../harness/measure.js';
import type { Row } from '../harness/row.js';

const LIGHT_TARGET_MS = 16;

// One process for the experiments: every registered experiment's default run (seed 1), through
// runExperiment as the front ends call it (defaults filled, validated, result checked).
await runFamily('experiments', async (ctx) => {
  ctx.info['experiments'] = experiments.map((e) => e.id).join(', ');
  for (const experiment of experiments) {
    await ctx.bench(`experiment.${experiment.id}`, async (): Promise<Row> => {
      const dl8 = await measure(() => runExperiment(experiment, {}, { seed: 1 }), {
        ...ctx.options,
        warmup: 2,
        warmupMs: 0,
      });
      return {
        family: 'experiments',
        id: `experiment.${experiment.id}`,
        name: `${experiment.id} default run${experiment.heavy ? ' (heavy)' : ''}`,
        unit: 'ms',
        dl8,
        anchors: [],
        targets: experiment.heavy
          ? []
          : [{ label: `<= ${LIGHT_TARGET_MS} ms`, of: 'value', op: '<=', value: LIGHT_TARGET_MS }],
        notes: experiment.heavy
          ? ['heavy: runs in a Web Worker with progress, so no 16 ms frame target']
          : [],
      };
    });
  }
});
