import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  accuracy,
  blobs,
  createRng,
  Linear,
  linearRegression,
  minibatches,
  moons,
  noGrad,
  ReLU,
  Sequential,
  ShapeError,
  softmaxCrossEntropy,
  spirals,
  Tensor,
  tensor,
  Var,
  xor,
} from '../src/index.js';
import { expectClose } from './helpers.js';

const counts = (y: Int32Array, k: number) => {
  const c = new Array(k).fill(0);
  for (const v of y) c[v]++;
  return c;
};

describe('datasets', () => {
  it.each([
    ['blobs', () => blobs({ n: 30, rng: createRng(1) }), 3],
    ['moons', () => moons({ n: 30, rng: createRng(1) }), 2],
    ['spirals', () => spirals({ n: 30, rng: createRng(1) }), 3],
    ['xor', () => xor({ n: 30, rng: createRng(1) }), 2],
  ] as const)(
    '%s({ n, rng }) gives [n, 2] inputs, balanced labels and the same data for the same seed',
    (_, make, k) => {
      const a = make();
      const b = make();
      expect(a.x.shape).toEqual([30, 2]);
      expect(a.y).toHaveLength(30);
      expect(a.classes).toBe(k);
      expect([...a.x.data]).toEqual([...b.x.data]);
      expect([...a.y]).toEqual([...b.y]);
      const c = counts(a.y, k);
      if (_ !== 'xor') for (const v of c) expect(v).toBe(30 / k);
      else expect(c[0] + c[1]).toBe(30);
    },
  );

  it.each([
    [
      'blobs',
      () => blobs({ n: 3, rng: createRng(0) }),
      [
        1.2623227006015152, 2.2560950308398593, -4.675944098493736, -0.5009575444927157,
        -4.748058862611982, 3.8600343363176353,
      ],
      [1, 2, 0],
    ],
    [
      'moons',
      () => moons({ n: 3, rng: createRng(0) }),
      [
        -0.023166593272706197, 0.5062142097315392, 1.0125893560004275, 0.07231173668221977,
        -1.0047973949583549, 0.014066086214528806,
      ],
      [1, 0, 0],
    ],
    [
      'spirals',
      () => spirals({ n: 3, rng: createRng(0) }),
      [
        -0.5082861894977712, -0.8611882195930434, -0.6195915667095722, 0.7849243851877566,
        0.9996830329770867, 0.025176051670841425,
      ],
      [2, 1, 0],
    ],
    [
      'xor',
      () => xor({ n: 3, rng: createRng(0) }),
      [
        -0.8706439603463852, 0.6211012266953957, -0.12261634046937718, 0.12386962406284646,
        -0.905432208269234, 0.8135426588505849,
      ],
      [1, 0, 1],
    ],
  ] as const)('%s({ n: 3, rng: createRng(0) }) gives fixed points and labels', (_, make, x, y) => {
    const d = make();
    // 12 digits, not bit equality: Math.sin/cos/log may differ in the last ulp between engines.
    expectClose(d.x, x, 1e-12);
    expect([...d.y]).toEqual(y);
  });

  it('linearRegression({ n: 3, rng: createRng(0) }) gives fixed inputs and targets', () => {
    const d = linearRegression({ n: 3, rng: createRng(0) });
    expectClose(d.x, [0.7231173668221976, 0.14066086214528684, 0.06214209731539133], 1e-12);
    expectClose(d.y, [0.08623842465180898, -0.005458296583965457, -0.10356453527683919], 1e-12);
  });

  it('blobs with explicit centers and noise 0 puts every point on its centre', () => {
    const d = blobs({
      n: 6,
      rng: createRng(2),
      centers: [
        [0, 0, 1],
        [5, 5, 5],
      ],
      noise: 0,
    });
    expect(d.x.shape).toEqual([6, 3]);
    for (let i = 0; i < 6; i++) {
      const row = [...d.x.data.subarray(i * 3, i * 3 + 3)];
      expect(row).toEqual(d.y[i] === 0 ? [0, 0, 1] : [5, 5, 5]);
    }
    expect(blobs({ n: 4, rng: createRng(0), centers: 2, dim: 5 }).x.shape).toEqual([4, 5]);
  });

  it('moons with noise 0 lies on the two half circles', () => {
    const d = moons({ n: 40, rng: createRng(3), noise: 0 });
    for (let i = 0; i < 40; i++) {
      const px = d.x.data[2 * i]!;
      const py = d.x.data[2 * i + 1]!;
      const r = d.y[i] === 0 ? Math.hypot(px, py) : Math.hypot(px - 1, py - 0.5);
      expect(r).toBeCloseTo(1, 12);
    }
  });

  it('spirals with noise 0 has radius <= 1 and arms at distinct angles', () => {
    const d = spirals({ n: 60, rng: createRng(4), noise: 0, classes: 2, turns: 0.5 });
    for (let i = 0; i < 60; i++)
      expect(Math.hypot(d.x.data[2 * i]!, d.x.data[2 * i + 1]!)).toBeLessThanOrEqual(1 + 1e-12);
    expect(counts(d.y, 2)).toEqual([30, 30]);
  });

  it('xor with noise 0 labels points by the sign of x1 * x2', () => {
    const d = xor({ n: 50, rng: createRng(5), noise: 0 });
    for (let i = 0; i < 50; i++)
      expect(d.y[i]).toBe(d.x.data[2 * i]! * d.x.data[2 * i + 1]! < 0 ? 1 : 0);
  });

  it('linearRegression({ weights, bias, noise: 0 }) gives y = x w + b exactly', () => {
    const d = linearRegression({ n: 5, rng: createRng(6), weights: [2, -1], bias: 0.5, noise: 0 });
    expect(d.x.shape).toEqual([5, 2]);
    expect(d.y.shape).toEqual([5, 1]);
    for (let i = 0; i < 5; i++) {
      expect(d.y.data[i]).toBeCloseTo(2 * d.x.data[2 * i]! - d.x.data[2 * i + 1]! + 0.5, 14);
    }
    const drawn = linearRegression({ n: 3, rng: createRng(6), dim: 4 });
    expect(drawn.weights.shape).toEqual([4]);
    expect(drawn.bias).toBe(0);
  });

  it('generators reject bad options with ArgumentError naming the generator', () => {
    expect(() => moons({ n: -1, rng: createRng(0) })).toThrow(
      'moons: n must be a non-negative integer, got -1',
    );
    expect(() => xor({ n: 3 } as never)).toThrow(
      'xor: options.rng (a seeded generator from createRng) is required',
    );
    expect(() => spirals({ n: 3, rng: createRng(0), noise: -1 })).toThrow(
      'spirals: noise must be >= 0, got -1',
    );
    expect(() => spirals({ n: 3, rng: createRng(0), classes: 1 })).toThrow(ArgumentError);
    expect(() => blobs({ n: 3, rng: createRng(0), centers: 0 })).toThrow(ArgumentError);
    expect(() => blobs({ n: 3, rng: createRng(0), dim: 0 })).toThrow(ArgumentError);
    expect(() => blobs({ n: 3, rng: createRng(0), centers: [[1], [1, 2]] })).toThrow(ArgumentError);
    expect(() => linearRegression({ n: 3, rng: createRng(0), dim: 2, weights: [1] })).toThrow(
      'linearRegression: 1 weights for dim 2',
    );
    expect(() => linearRegression({ n: 3, rng: createRng(0), dim: 0 })).toThrow(ArgumentError);
  });
});

describe('minibatches', () => {
  const data = { x: tensor([[0], [1], [2], [3], [4]]), y: Int32Array.from([0, 1, 2, 3, 4]) };

  it('minibatches(data, size) without rng walks rows in order; the last batch may be short', () => {
    const batches = [...minibatches(data, 2)];
    expect(batches.map((b) => [...b.y])).toEqual([[0, 1], [2, 3], [4]]);
    expect(batches[0]!.x.shape).toEqual([2, 1]);
    expect([...minibatches(data, 2, undefined, { dropLast: true })]).toHaveLength(2);
  });

  it('minibatches(data, size, rng) visits every row once per epoch in a seeded order, x and y aligned', () => {
    const ep1 = [...minibatches(data, 2, createRng(7))];
    const seen = ep1.flatMap((b) => [...b.indices]).sort();
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    for (const b of ep1) expect([...b.x.data]).toEqual([...b.y]);
    const again = [...minibatches(data, 2, createRng(7))];
    expect(again.map((b) => [...b.indices])).toEqual(ep1.map((b) => [...b.indices]));
  });

  it('minibatches slices tensor targets too', () => {
    const reg = { x: tensor([[1], [2], [3]]), y: tensor([[10], [20], [30]]) };
    const [b] = [...minibatches(reg, 3, createRng(1))];
    expect(b!.y).toBeInstanceOf(Tensor);
    expect([...(b!.y as Tensor).data]).toEqual([...b!.x.data].map((v) => v * 10));
  });

  it('minibatches rejects bad sizes and mismatched rows', () => {
    expect(() => [...minibatches(data, 0)]).toThrow(
      'minibatches: batchSize must be a positive integer, got 0',
    );
    expect(() => [...minibatches({ x: data.x, y: Int32Array.of(1) }, 2)]).toThrow(ShapeError);
    expect(() => [...minibatches(data, 2, undefined, { shuffle: true })]).toThrow(
      'minibatches: shuffle needs an rng',
    );
  });
});

describe('end to end', () => {
  it('a ReLU MLP trained with SGD on moons reaches >= 95% training accuracy', () => {
    const rng = createRng(0);
    const data = moons({ n: 200, rng, noise: 0.1 });
    const net = new Sequential(
      new Linear(2, 16, { rng }),
      new ReLU(),
      new Linear(16, 2, { rng, init: 'glorot' }),
    );
    for (let epoch = 0; epoch < 60; epoch++) {
      for (const batch of minibatches(data, 32, rng)) {
        net.zeroGrad();
        softmaxCrossEntropy(
          net.forward(new Var(batch.x, { requiresGrad: false })),
          batch.y,
        ).backward();
        for (const p of net.parameters()) {
          const g = p.grad!.data;
          const w = p.value.data;
          for (let i = 0; i < w.length; i++) w[i]! -= 0.3 * g[i]!;
        }
      }
    }
    const acc = noGrad(() => accuracy(net.forward(new Var(data.x)), data.y));
    expect(acc).toBeGreaterThanOrEqual(0.95);
  });
});
