import { describe, expect, it } from 'vitest';
import { runExperiment } from '../../src/index.js';

describe('optimizer-race', () => {
  it('run on the ill-conditioned ellipse: momentum ends far below plain SGD', async () => {
    const r = await runExperiment('optimizer-race', {}, { seed: 0 });
    expect(r.metrics.loss_momentum).toBeLessThan(1e-2 * r.metrics.loss_sgd!);
  });

  it("run: Adam's first step moves every coordinate by the learning rate", async () => {
    const r = await runExperiment('optimizer-race', { lr: 0.05 }, { seed: 0 });
    expect(r.metrics.adamFirstStepDeviation).toBeLessThan(1e-6);
  });

  it('run with showStep k draws paths of k + 1 points and shows the state at step k', async () => {
    const r = await runExperiment(
      'optimizer-race',
      { showStep: 5, nesterov: true, adagrad: true },
      { seed: 0 },
    );
    const contour = r.charts[0]!;
    if (contour.type !== 'contour') throw new Error('expected the contour');
    expect(contour.trajectories).toHaveLength(6);
    for (const path of contour.trajectories!) expect(path.x).toHaveLength(6);
    const buffers = r.tables![0]!.rows.map((row) => `${row[0]}: ${row[1]}`);
    expect(buffers).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/momentumBuffer$/),
        expect.stringMatching(/sum$/),
      ]),
    );
  });

  it('run with the book variant uses the book algorithms and differs from PyTorch', async () => {
    const on = { sgd: false, sgdMomentum: false, adam: false, nesterov: true, rmsprop: true };
    const torch = await runExperiment('optimizer-race', { ...on, variant: 'pytorch' }, { seed: 0 });
    const book = await runExperiment('optimizer-race', { ...on, variant: 'book' }, { seed: 0 });
    const names = book.tables![1]!.rows.map((row) => row[0]);
    expect(names.join(' ')).toMatch(/book/i);
    expect(book.metrics.loss_rmsprop).not.toBe(torch.metrics.loss_rmsprop);
    expect(book.metrics.loss_nesterov).not.toBe(torch.metrics.loss_nesterov);
  });

  it('run on the saddle keeps results finite when the iterates run away', async () => {
    const r = await runExperiment(
      'optimizer-race',
      { objective: 'saddle', lr: 0.5, steps: 500 },
      { seed: 0 },
    );
    expect(r.metrics.diverged_sgd).toBe(1);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
