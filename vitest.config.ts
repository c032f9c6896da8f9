import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Tests run on the TypeScript sources through the `@dl8/source` export condition,
// so nothing has to be built before a test runs.
const conditions = ['@dl8/source', ...defaultServerConditions];

const project = (dir: string, name: string, extra: Record<string, unknown> = {}) => ({
  extends: false as const,
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@dl8/source'] } },
  test: {
    name,
    root: dir,
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    ...extra,
  },
});

export default defineConfig({
  test: {
    projects: [
      project('packages/core', '@dl8/core'),
      project('packages/batchnorm', '@dl8/batchnorm'),
      project('packages/optimizers', '@dl8/optimizers'),
      project('packages/viz', '@dl8/viz'),
      project('packages/experiments', '@dl8/experiments'),
      project('packages/notes', '@dl8/notes', { testTimeout: 60_000 }),
      project('apps/cli', '@dl8/cli', { testTimeout: 120_000 }),
      project('apps/vscode', 'dl8-vscode', { testTimeout: 300_000, hookTimeout: 600_000 }),
      project('bench', '@dl8/bench', { testTimeout: 300_000 }),
      project('.', 'repo', { include: ['test/**/*.test.ts'], testTimeout: 60_000 }),
    ],
    coverage: {
      provider: 'v8',
      include: ['packages/*/src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: {
        'packages/core/src/**': { lines: 90 },
      },
    },
  },
});
