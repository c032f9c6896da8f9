import { experiments, getExperiment, runExperiment } from '@dl8/experiments';
import { describe, expect, it } from 'vitest';
import { HELP, main } from '../src/main.js';
import { memoryIo } from './memoryIo.js';

const signal = new AbortController().signal;
const ESC = '\u001b[';
const call = async (argv: string[], overrides = {}) => {
  const io = memoryIo(overrides);
  const code = await main(argv, io, signal);
  return { code, out: io.out(), err: io.err() };
};

describe('dl8 <argv>: exit codes and messages', () => {
  it.each([
    // [argv, exit code, stderr pattern]
    [['lsit'], 2, /unknown command "lsit" \(did you mean "list"\?\)/],
    [['--frobnicate'], 2, /unknown option --frobnicate/],
    [['run'], 2, /missing experiment id/],
    [
      ['run', 'higher-order-efects'],
      2,
      /unknown experiment "higher-order-efects" \(did you mean "higher-order-effects"\?\)/,
    ],
    [
      ['run', 'higher-order-effects', '--depht', '3'],
      2,
      /unknown option --depht \(did you mean --depth\?\)/,
    ],
    [
      ['run', 'higher-order-effects', '--depth', 'three'],
      2,
      /--depth: cannot read "three" as an integer from 1 to 20/,
    ],
    [['run', 'higher-order-effects', '--depth', '99'], 2, /--depth: 99 is above the maximum 20/],
    [
      ['run', 'higher-order-effects', '--depth', '2.5'],
      2,
      /--depth: cannot read "2.5" as an integer/,
    ],
    [
      ['run', 'higher-order-effects', '--lr', '0', '--depth', '0'],
      2,
      /--depth: 0 is below the minimum 1[\s\S]*--lr: 0 is below the minimum 0.001/,
    ],
    [
      ['run', 'higher-order-effects', '--seed', '-1'],
      2,
      /--seed: expected a whole number from 0 to 4294967295, got "-1"/,
    ],
    [['run', 'higher-order-effects', '--depth'], 2, /--depth needs a value/],
    [['run', 'higher-order-effects', 'extra'], 2, /unexpected argument "extra"/],
    [['describe'], 2, /missing experiment id/],
    [['describe', 'nope'], 2, /unknown experiment "nope"/],
    [['list', 'extra'], 2, /unexpected argument "extra"/],
  ])('%j exits %i', async (argv, code, message) => {
    const r = await call(argv);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/see `dl8( \w+)? --help`/);
    expect(r.out).toBe('');
  });

  it.each([[[]], [['--help']], [['-h']], [['help']]])(
    '%j prints the help and exits 0',
    async (argv) => {
      const r = await call(argv);
      expect(r.code).toBe(0);
      expect(r.out).toBe(`${HELP}\n`);
      expect(r.err).toBe('');
    },
  );

  it('--version prints the package version', async () => {
    const r = await call(['--version']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each(['list', 'describe', 'run', 'notes', 'export', 'tour'])(
    '%s --help prints its usage',
    async (name) => {
      const r = await call([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`^Usage: dl8 ${name}`));
      expect(r.out).toMatchSnapshot();
    },
  );
});

describe('dl8 list', () => {
  it('prints every experiment with its section', async () => {
    const r = await call(['list']);
    expect(r.code).toBe(0);
    for (const e of experiments) expect(r.out).toContain(`${e.id}`);
    expect(r.out.split('\n')[0]).toMatch(/^id\s+section\s+title$/);
  });

  it('--json prints the registry', async () => {
    const r = await call(['list', '--json']);
    expect(JSON.parse(r.out).map((e: { id: string }) => e.id)).toEqual(
      experiments.map((e) => e.id),
    );
  });
});

describe('dl8 describe <id>', () => {
  it('lists every parameter with its range and default', async () => {
    const e = getExperiment('higher-order-effects');
    const r = await call(['describe', e.id]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(e.summary);
    expect(r.out).toMatch(/--depth\s+an integer from 1 to 20\s+8/);
    expect(r.out).toContain('--weight-scale');
  });
});

describe('dl8 run <id>', () => {
  it('--json prints exactly the run result and nothing else', async () => {
    const r = await call(['run', 'higher-order-effects', '--depth', '5', '--seed', '7', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    const e = getExperiment('higher-order-effects');
    const expected = await runExperiment(e, { depth: 5 }, { seed: 7 });
    expect(doc.result).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(doc).toMatchObject({
      id: e.id,
      section: e.section,
      seed: 7,
      finding: e.finding(expected),
    });
    expect(doc.params.depth).toBe(5);
    expect(r.err).toBe('');
  });

  it('prints metrics, a chart and the finding', async () => {
    const r = await call(['run', 'higher-order-effects', '--lr', '0.1']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^metric\s+value$/m);
    expect(r.out).toMatch(/^Finding: /m);
    expect(r.out).not.toContain(ESC); // not a terminal: no colour
  });

  it('--no-chart leaves the charts out', async () => {
    const withCharts = await call(['run', 'higher-order-effects']);
    const without = await call(['run', 'higher-order-effects', '--no-chart']);
    expect(without.out.length).toBeLessThan(withCharts.out.length);
  });

  it('colours a terminal unless NO_COLOR is set', async () => {
    const tty = await call(['run', 'higher-order-effects'], { stdoutIsTTY: true });
    expect(tty.out).toContain(ESC);
    const plain = await call(['run', 'higher-order-effects'], {
      stdoutIsTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(plain.out).not.toContain(ESC);
  });

  it('an aborted run exits 130', async () => {
    const controller = new AbortController();
    controller.abort();
    const io = memoryIo();
    const code = await main(['run', 'higher-order-effects'], io, controller.signal);
    expect(code).toBe(130);
    expect(io.err()).toMatch(/interrupted/);
  });
});
