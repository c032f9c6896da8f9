import { BatchNorm } from '@dl8/batchnorm';
import { Linear, type Module, ReLU, type Rng, Sequential, Tanh } from '@dl8/core';

/** An MLP for 2-D inputs, kept as blocks so the pre-activations of each layer can be read. */
export interface Net {
  /** per hidden layer: the linear map (and batch norm), then the nonlinearity */
  blocks: { pre: Module[]; act: Module }[];
  model: Sequential;
}

/** depth - 1 hidden layers of `width` units (Linear [+ BatchNorm] + nonlinearity), then a linear head. */
export function buildNet(
  depth: number,
  width: number,
  classes: number,
  withBn: boolean,
  activation: 'relu' | 'tanh',
  rng: Rng,
): Net {
  const blocks: Net['blocks'] = [];
  for (let l = 0; l < depth - 1; l++) {
    const linear = new Linear(l === 0 ? 2 : width, width, {
      rng,
      init: activation === 'relu' ? 'he' : 'glorot',
    });
    const act = activation === 'relu' ? new ReLU() : new Tanh();
    blocks.push({ pre: withBn ? [linear, new BatchNorm(width)] : [linear], act });
  }
  const head = new Linear(width, classes, { rng, init: 'glorot' });
  return { blocks, model: new Sequential(...blocks.flatMap((b) => [...b.pre, b.act]), head) };
}
