// Writes packages/experiments/README.md from the registry: `pnpm --filter @dl8/experiments readme`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderReadme } from './readme.js';

const target = fileURLToPath(new URL('../README.md', import.meta.url));
writeFileSync(target, renderReadme());
console.log(`wrote ${target}`);
