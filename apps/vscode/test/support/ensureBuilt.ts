import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { appRoot, repoRoot, vsixPath } from './paths.js';

const cacheDir = join(appRoot, '.cache');
const lockDir = join(cacheDir, 'build.lock');
const stampFile = join(cacheDir, 'build.stamp');

function* files(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** A hash of everything the built extension depends on, so an unchanged tree is not rebuilt. */
function inputsHash(): string {
  const hash = createHash('sha256');
  const roots = [join(appRoot, 'src'), join(appRoot, 'scripts')];
  for (const name of readdirSync(join(repoRoot, 'packages'))) {
    roots.push(join(repoRoot, 'packages', name, 'src'));
  }
  const single = ['package.json', '.vscodeignore', 'README.md', 'LICENSE'].map((f) =>
    join(appRoot, f),
  );
  for (const path of [...roots.flatMap((r) => [...files(r)]), ...single].sort()) {
    if (!existsSync(path)) continue;
    hash.update(path).update(readFileSync(path));
  }
  return hash.digest('hex');
}

async function withLock<T>(fn: () => T): Promise<T> {
  mkdirSync(cacheDir, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      // Another test file is building; a lock older than 5 minutes is left over from a crash.
      if (existsSync(lockDir) && Date.now() - statSync(lockDir).mtimeMs > 300_000) {
        rmSync(lockDir, { recursive: true, force: true });
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/**
 * Builds and packages the extension (scripts/package.mjs) unless the sources are unchanged
 * since the last build; safe to call from several test files at once.
 */
export function ensureBuilt(): Promise<string> {
  return withLock(() => {
    const hash = inputsHash();
    const fresh =
      existsSync(vsixPath) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash;
    if (!fresh) {
      execFileSync(process.execPath, [join(appRoot, 'scripts', 'package.mjs')], {
        cwd: appRoot,
        stdio: 'pipe',
      });
      writeFileSync(stampFile, hash);
    }
    return vsixPath;
  });
}
