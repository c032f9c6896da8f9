import { main } from './main.js';

// The `dl8` executable: wires the real process to `main`. Ctrl-C aborts the running
// experiment (exit 130); a second Ctrl-C ends the process at once.
const controller = new AbortController();
process.once('SIGINT', () => {
  controller.abort();
  process.once('SIGINT', () => process.exit(130));
});
const code = await main(
  process.argv.slice(2),
  {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.columns || 80,
  },
  controller.signal,
);
process.exitCode = code;
