import { jsKernels } from '@dl8/batchnorm';
import { copyReference } from '../../harness/copyReference.js';
import { normalArray } from '../../harness/data.js';
import type { FamilyContext } from '../../harness/family.js';
import { measure } from '../../harness/measure.js';
import type { Row } from '../../harness/row.js';

const N = 4096;
const C = 1024;

/**
 * The four loops behind batchNorm on [4096, 1024] float32, each on its own beside a copy of the
 * same bytes: where a BN miss comes from (forward = moments + affine, backward = gradSums +
 * gradInput). No targets; diagnosis only.
 */
export async function batchnormKernelBenches(ctx: FamilyContext): Promise<void> {
  const x = normalArray(N * C, 1, 'f32');
  const dy = normalArray(N * C, 2, 'f32');
  const out = new Float32Array(N * C);
  const mean = new Float64Array(C);
  const variance = new Float64Array(C);
  const scale = new Float64Array(C).fill(1.5);
  const bias = new Float64Array(C).fill(0.5);
  const sumDy = new Float64Array(C);
  const sumDyCentered = new Float64Array(C);
  const loops: [string, () => void][] = [
    ['moments', () => jsKernels.moments(x, N, C, 1, mean, variance)],
    ['affine', () => jsKernels.affine(x, N, C, 1, mean, scale, bias, out)],
    ['gradSums', () => jsKernels.gradSums(dy, x, N, C, 1, mean, sumDy, sumDyCentered)],
    ['gradInput', () => jsKernels.gradInput(dy, x, N, C, 1, mean, scale, bias, sumDy, out)],
  ];
  for (const [name, run] of loops) {
    await ctx.bench(`bn.kernel.${name}`, async (): Promise<Row> => {
      const dl8 = await measure(run, ctx.options);
      return {
        family: 'kernels',
        id: `bn.kernel.${name}`,
        name: `  BN loop ${name} [4096,1024] f32`,
        unit: 'ms',
        dl8,
        anchors: [await copyReference(x.byteLength, ctx.options)],
        targets: [],
        notes: ['diagnosis: one of the four loops behind batchNorm'],
      };
    });
  }
}
