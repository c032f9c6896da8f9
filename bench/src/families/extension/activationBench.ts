import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '@dl8/chromium';
import type { Browser } from 'playwright-core';
import type { FamilyContext } from '../../harness/family.js';
import { measureReported } from '../../harness/measure.js';
import { builtFile, packageRoot } from '../../harness/packages.js';
import type { Row } from '../../harness/row.js';
import { activationOnce } from './activation.js';
import { type CodeServer, startCodeServer } from './codeServer.js';

/**
 * Activation of the packaged extension in a real VS Code (code-server 4.100.3, installed by the
 * extension's `setup-e2e` script): one fresh window, hence one fresh extension host, per run.
 */
export async function activationBench(ctx: FamilyContext, rebuild: boolean): Promise<void> {
  await ctx.bench('extension.activation', async (): Promise<Row[]> => {
    const entry = builtFile(
      'dl8-vscode',
      '.cache/code-server/node_modules/code-server/out/node/entry.js',
      false,
      [],
      'setup-e2e',
    );
    const { version } = JSON.parse(
      readFileSync(join(packageRoot('dl8-vscode'), 'package.json'), 'utf8'),
    ) as { version: string };
    const vsixName = `dl8-vscode-${version}.vsix`;
    // A .vsix older than the built host bundle would measure yesterday's code: package again.
    const stale = (): boolean => {
      const packed = join(packageRoot('dl8-vscode'), vsixName);
      const host = join(packageRoot('dl8-vscode'), 'dist', 'extension.js');
      return (
        existsSync(packed) && existsSync(host) && statSync(packed).mtimeMs < statSync(host).mtimeMs
      );
    };
    const vsix = builtFile('dl8-vscode', vsixName, rebuild || stale(), [], 'package');
    let server: CodeServer | undefined;
    let browser: Browser | undefined;
    try {
      server = await startCodeServer(entry, vsix);
      browser = await launchChromium();
      const { vscode, sinceLoad, activate, render } = await measureReported(
        () => activationOnce(browser!, server!.url),
        { ...ctx.options, warmup: 1 },
      );
      const common = { family: 'extension', unit: 'ms' as const, anchors: [] };
      return [
        {
          ...common,
          id: 'extension.activation',
          name: 'extension activation in VS Code',
          dl8: vscode,
          targets: [{ label: '<= 50 ms', of: 'value', op: '<=', value: 50 }],
          notes: [
            '"Activation: N ms" of Developer: Show Running Extensions (code-server 4.100.3); a fresh window, so a fresh extension host, per run',
          ],
        },
        {
          ...common,
          id: 'extension.activation-log',
          name: '  bundle evaluated -> activate() done',
          dl8: sinceLoad,
          targets: [],
          notes: [
            "the extension's own log line; includes VS Code's work between loading the bundle and calling activate()",
          ],
        },
        {
          ...common,
          id: 'extension.activate-call',
          name: '  of which activate() itself',
          dl8: activate,
          targets: [],
        },
        {
          ...common,
          id: 'webview.vscode-render',
          name: 'chapter webview first render in VS Code',
          dl8: render,
          targets: [],
          notes: [
            "the webview's own render time (markdown + KaTeX + figures + hydration), as the host logs it",
          ],
        },
      ];
    } finally {
      await browser?.close();
      await server?.close();
    }
  });
}
