import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultAssetsDir } from '@dl8/notes/node';

/**
 * The notes' browser assets (hydration script, KaTeX css and fonts): beside the bundle when
 * installed (dist/browser), else the workspace's built @dl8/notes (running from source).
 */
export function assetsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'browser');
  return existsSync(bundled) ? bundled : defaultAssetsDir();
}
