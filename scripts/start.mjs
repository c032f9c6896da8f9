// The README's first command (`npm start`): set everything up on a fresh machine and run the
// main job, `dl8 tour`. Extra arguments go to the tour (`npm start -- --out notes-html`).
import { ensurePnpm, step } from './lib.mjs';

const pnpm = ensurePnpm();
step('install dependencies (frozen lockfile)', pnpm, ['install', '--frozen-lockfile']);
step('build', pnpm, ['run', 'build']);
step('dl8 tour', process.execPath, ['apps/cli/dist/dl8.js', 'tour', ...process.argv.slice(2)]);
