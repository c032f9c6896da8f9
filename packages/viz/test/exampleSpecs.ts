import type { ChartSpec } from '../src/index.js';

// Deterministic pseudo-random numbers for test data (a tiny LCG; tests must not use Math.random).
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function normals(n: number, mean: number, std: number, seed: number): number[] {
  const u = lcg(seed);
  return Array.from(
    { length: n },
    () => mean + std * Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u()),
  );
}

const steps = Array.from({ length: 60 }, (_, i) => i);

// f(x, y) = x^2 / 2 + 5 y^2: an ill-conditioned quadratic bowl, sampled on a 41 x 31 grid.
const gx = Array.from({ length: 41 }, (_, i) => -2 + i * 0.1);
const gy = Array.from({ length: 31 }, (_, j) => -1.5 + j * 0.1);
const bowl = gy.flatMap((y) => gx.map((x) => 0.5 * x * x + 5 * y * y));

function gdPath(lr: number, momentum: number, n: number): { x: number[]; y: number[] } {
  let x = -1.8;
  let y = 1.2;
  let vx = 0;
  let vy = 0;
  const xs = [x];
  const ys = [y];
  for (let i = 0; i < n; i++) {
    vx = momentum * vx - lr * x;
    vy = momentum * vy - lr * 10 * y;
    x += vx;
    y += vy;
    xs.push(x);
    ys.push(y);
  }
  return { x: xs, y: ys };
}

/** One representative spec per chart type, shared by the snapshot, terminal and browser tests. */
export const examples: Record<string, ChartSpec> = {
  line: {
    type: 'line',
    title: 'Training loss by optimizer',
    description: 'Loss on the quadratic bowl for three optimizers.',
    xAxis: { label: 'step' },
    yAxis: { label: 'loss', scale: 'log' },
    series: [
      { name: 'SGD', x: steps, y: steps.map((t) => 5 * 0.95 ** t + 0.01) },
      {
        name: 'momentum 0.9',
        x: steps,
        y: steps.map((t) => 5 * 0.9 ** t * (1 + 0.5 * Math.cos(t / 2)) + 0.001),
      },
      {
        name: 'Adam',
        x: steps,
        y: steps.map((t) => 5 / (1 + t) ** 1.5),
        marker: 'circle',
        dashed: true,
      },
    ],
    annotations: [
      { kind: 'vline', x: 30, label: 'lr decay' },
      { kind: 'hline', y: 0.01, label: 'target 0.01' },
    ],
  },
  contour: {
    type: 'contour',
    title: 'Gradient descent on an ill-conditioned bowl',
    xAxis: { label: 'w₁' },
    yAxis: { label: 'w₂' },
    zLabel: 'loss',
    grid: { x: gx, y: gy, z: bowl },
    levels: { count: 12, log: true },
    trajectories: [
      { name: 'SGD lr 0.09', ...gdPath(0.09, 0, 25), labelEvery: 5 },
      { name: 'momentum 0.8', ...gdPath(0.03, 0.8, 25) },
    ],
  },
  histogram: {
    type: 'histogram',
    title: 'Pre-activations before and after batch norm',
    xAxis: { label: 'value' },
    bins: 30,
    series: [
      { name: 'before', values: normals(800, 2.5, 1.8, 1) },
      { name: 'after', values: normals(800, 0, 1, 2) },
    ],
  },
  bar: {
    type: 'bar',
    title: 'Order-k contributions to the change in loss',
    xLabel: 'order k',
    yLabel: 'contribution',
    categories: ['k=1', 'k=2', 'k=3', 'k=4', 'k=5'],
    series: [
      { name: 'depth 3', values: [-0.42, 0.12, -0.031, 0.006, -0.0009] },
      { name: 'depth 6', values: [-0.51, 0.31, -0.15, 0.062, -0.021] },
    ],
  },
  barLog: {
    type: 'bar',
    title: 'Order-k contributions, magnitude',
    xLabel: 'order k',
    valueScale: 'log-magnitude',
    categories: ['k=1', 'k=2', 'k=3', 'k=4', 'k=5'],
    series: [
      { name: 'depth 3', values: [-0.42, 0.12, -0.031, 0.006, -0.0009] },
      { name: 'depth 6', values: [-0.51, 0.31, -0.15, 0.062, -0.021] },
    ],
  },
  heatmap: {
    type: 'heatmap',
    title: 'Correlation of hidden units',
    xLabel: 'unit',
    yLabel: 'unit',
    valueLabel: 'r',
    values: Array.from({ length: 6 }, (_, i) =>
      Array.from({ length: 6 }, (_, j) =>
        i === j ? 1 : Math.round(Math.cos(i * 1.3 + j * 0.7) * 100) / 100,
      ),
    ),
  },
  grid: {
    type: 'grid',
    title: 'Learning rate sweep',
    columns: 2,
    charts: [0.01, 0.05, 0.1, 0.2].map((lr) => ({
      type: 'line' as const,
      title: `lr = ${lr}`,
      xAxis: { label: 'step' },
      yAxis: { label: 'loss' },
      series: [
        {
          name: 'loss',
          x: steps,
          y: steps.map((t) => Math.abs(1 - 10 * lr) ** t + (lr > 0.15 ? t * 0.002 : 0)),
        },
      ],
    })),
  },
};
