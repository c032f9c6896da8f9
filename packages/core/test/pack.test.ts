import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(pkgDir, '../..');
const temps: string[] = [];
const temp = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
};
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('packed @dl8/core', () => {
  it('pnpm pack -> npm install in an empty folder -> plain node ESM import computes a value', {
    timeout: 240_000,
  }, () => {
    run('pnpm', ['--filter', '@dl8/core', 'build'], repoRoot);
    const packDir = temp('dl8-core-pack-');
    run('pnpm', ['pack', '--pack-destination', packDir], pkgDir);
    const tarball = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
    expect(tarball).toMatch(/^dl8-core-.*\.tgz$/);
    const tgz = join(packDir, tarball!);

    const listing = run('tar', ['-tzf', tgz], packDir).split('\n');
    expect(listing).toContain('package/dist/index.js');
    expect(listing).toContain('package/dist/index.d.ts');
    expect(listing).toContain('package/README.md');
    expect(listing).toContain('package/LICENSE');
    expect(listing.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toBe(
      false,
    );

    const app = temp('dl8-core-consumer-');
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
    );
    run(
      'npm',
      ['install', tgz, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
      app,
    );

    const script = [
      "import { Var, createRng, randn, tensor, matmul, gradcheck } from '@dl8/core';",
      'const a = tensor([[1, 2], [3, 4]]);',
      'const x = new Var(a);',
      'x.matmul(x).sum().backward();',
      'const ok = gradcheck((v) => v.tanh().sum(), [randn([3], createRng(1))]).ok;',
      'console.log(JSON.stringify({ c: Array.from(matmul(a, a).data), g: Array.from(x.grad.data), ok }));',
    ].join('\n');
    const out = run(process.execPath, ['--input-type=module', '-e', script], app);
    // d/dX sum(X X) = 1 X^T + X^T 1 (1 = all-ones): [[7, 11], [9, 13]] for X = [[1, 2], [3, 4]].
    expect(JSON.parse(out)).toEqual({ c: [7, 10, 15, 22], g: [7, 11, 9, 13], ok: true });

    // The shipped .d.ts files type-check a TypeScript consumer with plain NodeNext resolution.
    writeFileSync(
      join(app, 'main.ts'),
      "import { type Rng, Tensor, createRng, zeros } from '@dl8/core';\nconst r: Rng = createRng(1);\nconst t: Tensor = zeros([2]);\nexport const v: number = t.size + r.uniform();\n",
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ['main.ts'],
      }),
    );
    run(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', app], app);

    // The README's example runs as written and prints what the README says it prints.
    const readme = readFileSync(join(pkgDir, 'README.md'), 'utf8');
    const example = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, 'README.md has a ```js example').toBeDefined();
    const promised = /\/\/ prints: (.*)/.exec(example!)?.[1];
    expect(promised, 'the README example states its output').toBeDefined();
    writeFileSync(join(app, 'example.mjs'), example!);
    expect(run(process.execPath, ['example.mjs'], app).trim()).toBe(promised);
  });
});
