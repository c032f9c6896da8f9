import { renderSvg, renderTerminal } from '@dl8/viz';
import { describe, expect, it, vi } from 'vitest';
import { experiments, runExperiment } from '../src/index.js';

// Heavy experiments take seconds when the machine is busy; they are not timed here.
vi.setConfig({ testTimeout: 60_000 });

// Every chart an experiment returns must be a spec @dl8/viz accepts and draws.
describe.each(experiments.map((e) => [e.id, e] as const))('%s charts', (_id, e) => {
  it('renderSvg and renderTerminal draw every chart of a default run', async () => {
    const r = await runExperiment(e, {}, { seed: 0 });
    for (const chart of r.charts) {
      const svg = renderSvg(chart);
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain(chart.title.slice(0, 10).replace(/&/g, '&amp;').replace(/</g, '&lt;'));
      expect(renderTerminal(chart).length).toBeGreaterThan(0);
    }
  });
});
