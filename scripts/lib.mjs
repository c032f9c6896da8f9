// Small helpers shared by the root scripts (start.mjs, test.mjs): run a step, make sure pnpm is there.
import { execFileSync, spawnSync } from 'node:child_process';

export const PNPM_VERSION = '10.34.9';

/** Runs a command with inherited stdio; exits the process with its code when it fails. */
export function step(title, cmd, args, options = {}) {
  process.stderr.write(`\n▶ ${title}\n`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (result.error) {
    process.stderr.write(`✖ ${title}: ${result.error.message}\n`);
    process.exit(1);
  }
  if (result.status !== 0) {
    process.stderr.write(`✖ ${title} failed (exit ${result.status ?? result.signal})\n`);
    process.exit(result.status ?? 1);
  }
}

/** Runs a check with inherited stdio; returns its title when it failed, else null. */
export function check(title, cmd, args) {
  process.stderr.write(`\n▶ ${title}\n`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  return result.status === 0 ? null : title;
}

function has(cmd, args = ['--version']) {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Installs pnpm with npm when it is missing, and returns the command to call it. */
export function ensurePnpm() {
  if (has('pnpm')) return 'pnpm';
  step(`install pnpm ${PNPM_VERSION}`, 'npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]);
  if (!has('pnpm')) {
    process.stderr.write('✖ pnpm is still not on PATH after `npm install -g pnpm`\n');
    process.exit(1);
  }
  return 'pnpm';
}

/** Debian packages the browser and VS Code tests need; installed with apt when missing (as root). */
export function ensureSystemPackages(packages) {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own format syntax
  const format = '-f=${Status}';
  const installed = (p) =>
    spawnSync('dpkg-query', ['-W', format, p], { encoding: 'utf8' }).stdout ===
    'install ok installed';
  const missing = packages.filter((p) => !installed(p));
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    process.stderr.write(
      `✖ missing Debian packages: ${missing.join(' ')} (run: sudo apt-get install ${missing.join(' ')})\n`,
    );
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  step('apt-get update', 'apt-get', ['update', '-q'], { env });
  step(
    `apt-get install ${missing.join(' ')}`,
    'apt-get',
    ['install', '-y', '-q', '--no-install-recommends', ...missing],
    { env },
  );
}
