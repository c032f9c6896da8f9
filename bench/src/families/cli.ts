import { spawnSync } from 'node:child_process';
import { bundleRow } from '../harness/bundleSize.js';
import { runFamily } from '../harness/family.js';
import { measure } from '../harness/measure.js';
import { builtFile } from '../harness/packages.js';

/** Spawns `node args...` and waits for it; throws unless it exits 0 with some stdout. */
function runNode(args: string[]): void {
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: 'pipe' });
  if (child.status !== 0 || (args.includes('--help') && child.stdout.length === 0)) {
    throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  }
}

// One process for the CLI: cold start of the real bundle (a fresh node process per run) beside
// a bare `node -e 0`, and the bundle's size.
await runFamily('cli', async (ctx) => {
  const rebuild = process.argv.includes('--rebuild');
  let built: string | undefined;
  const bundle = () => {
    built ??= builtFile('@dl8/cli', 'dist/dl8.js', rebuild, [
      ['@dl8/notes', 'dist/browser/hydrate.js'],
    ]);
    ctx.info['bundle'] = built;
    return built;
  };
  await ctx.bench('cli.help', async () => {
    const options = { ...ctx.options, warmup: 2, warmupMs: 0 };
    const dl8 = await measure(() => runNode([bundle(), '--help']), options);
    const bare = await measure(() => runNode(['-e', '0']), options);
    return {
      family: 'cli',
      id: 'cli.help',
      name: 'CLI `dl8 --help` cold start (spawned)',
      unit: 'ms',
      dl8,
      anchors: [{ name: 'node -e 0', sample: bare, note: 'a bare Node start: the floor' }],
      targets: [{ label: '<= 150 ms', of: 'value', op: '<=', value: 150 }],
    };
  });
  await ctx.bench('bundle.cli', () =>
    bundleRow('cli', 'bundle.cli', 'CLI bundle dist/dl8.js', bundle()),
  );
});
