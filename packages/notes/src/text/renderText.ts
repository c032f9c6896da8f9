import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { BlockJob } from '../blocks/BlockJob.js';
import { readBlock, runBlocks } from '../blocks/readBlock.js';
import { mathSyntax } from '../math/mathSyntax.js';
import { texToText } from './texToText.js';

/** Options of renderText. */
export interface TextOptions {
  /** Column to wrap prose at; default 80. */
  width?: number;
  /** Bold/underlined headings with ANSI escapes; default false. */
  color?: boolean;
  /** Run each ```dl8 block to quote its finding (default true); otherwise only say how to run it. */
  runExperiments?: boolean;
  /** Seed of the runs, unless a block sets its own; default 1. */
  seed?: number;
}

function blockText(job: BlockJob, width: number): string {
  const o = job.outcome;
  if (!o.ok) return wrap(`[dl8 block: ${o.headline}. ${o.reasons.join(' ')}]`, width, '  ', '');
  // The block's parameters that differ from the defaults, spelled as `dl8 run` flags.
  const flags = Object.entries(o.params)
    .filter(([k, v]) => o.experiment.params[k]?.default !== v)
    .map(([k, v]) => {
      const flag = k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      return typeof v === 'boolean' ? (v ? `--${flag}` : `--no-${flag}`) : `--${flag} ${v}`;
    })
    .join(' ');
  const lines = [`▶ Experiment ${o.experiment.section}: ${o.experiment.title}`];
  if (o.result) lines.push(wrap(o.experiment.finding(o.result), width, '  '));
  else lines.push(wrap(o.experiment.summary, width, '  '));
  lines.push(
    `  Try it: dl8 run ${o.experiment.id}${flags ? ` ${flags}` : ''}${o.seed !== 1 ? ` --seed ${o.seed}` : ''}`,
  );
  return lines.join('\n');
}

function wrap(text: string, width: number, indent = '', first = indent): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const lead = lines.length === 0 && line === '' ? first : indent;
      if (line !== '' && [...lead, ...line, ' ', ...word].length > width) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(line);
  }
  return lines.map((l, k) => `${k === 0 ? first : indent}${l}`).join('\n');
}

function inline(tokens: readonly Token[], refs: ReadonlyMap<string, string>): string {
  let out = '';
  const links: { href: string; start: number }[] = [];
  for (const t of tokens) {
    if (t.type === 'text') {
      out += t.content.replace(
        /\\(eq)?ref\s*\{([^{}]*)\}/g,
        (_, eq: string | undefined, label: string) => {
          const n = refs.get(label) ?? label;
          return eq ? `(${n})` : n;
        },
      );
    } else if (t.type === 'code_inline') out += t.content;
    else if (t.type === 'math_inline') out += texToText(t.content, refs);
    else if (t.type === 'math_display') out += `\n    ${texToText(t.content, refs)}\n`;
    else if (t.type === 'softbreak') out += ' ';
    else if (t.type === 'hardbreak') out += '\n';
    else if (t.type === 'image') out += `[image: ${t.content}]`;
    else if (t.type === 'link_open')
      links.push({ href: t.attrGet('href') ?? '', start: out.length });
    else if (t.type === 'link_close') {
      const link = links.pop();
      // External links keep their address (a terminal cannot follow the text); anchors do not.
      if (link && /^(https?|mailto):/.test(link.href) && out.slice(link.start) !== link.href) {
        out += ` <${link.href}>`;
      }
    }
  }
  return out;
}

/**
 * Markdown (the chapter notes or anyone's) as plain terminal text: headings set off, prose
 * wrapped, math as readable Unicode (texToText), lists and tables kept, links with their URL
 * shown, and each ```dl8 block summarised: the experiment, its finding from a real seeded run,
 * and the `dl8 run` command that reproduces it. Bad blocks are explained in place.
 */
export async function renderText(markdown: string, options: TextOptions = {}): Promise<string> {
  const width = options.width ?? 80;
  const md = new MarkdownIt({ html: false, linkify: true });
  md.use(mathSyntax);
  const tokens = md.parse(markdown, {});
  const jobs = new Map<Token, BlockJob>();
  for (const t of tokens) {
    const [lang, id = ''] = t.info.trim().split(/\s+/);
    if (t.type !== 'fence' || lang !== 'dl8') continue;
    const outcome = readBlock(id, t.content, options.seed ?? 1);
    jobs.set(t, {
      index: jobs.size,
      line: t.map ? t.map[0] + 1 : undefined,
      id,
      source: t.content,
      outcome,
    });
  }
  if (options.runExperiments ?? true) await runBlocks([...jobs.values()]);
  const refs = new Map<string, string>();
  let eq = 0;
  for (const t of tokens) {
    if (t.type !== 'math_block' && t.type !== 'inline') continue;
    const texts =
      t.type === 'math_block'
        ? [t.content]
        : (t.children ?? []).filter((c) => c.type === 'math_display').map((c) => c.content);
    for (const tex of texts) {
      const label = /\\label\{([^}]*)\}/.exec(tex)?.[1];
      const tag = /\\tag\{([^}]*)\}/.exec(tex)?.[1];
      if (label) refs.set(label, tag ?? String(++eq));
    }
  }
  const out: string[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let table: string[][] | undefined;
  let row: string[] | undefined;
  const bold = (s: string) => (options.color ? `\x1b[1m${s}\x1b[22m` : s);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const indent = '  '.repeat(lists.length);
    switch (t.type) {
      case 'heading_open': {
        const text = inline(tokens[k + 1]?.children ?? [], refs);
        const level = Number(t.tag.slice(1));
        out.push(
          level === 1
            ? `${bold(text)}\n${'═'.repeat(Math.min(width, [...text].length))}`
            : level === 2
              ? `${bold(text)}\n${'─'.repeat(Math.min(width, [...text].length))}`
              : bold(text),
        );
        k += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: t.type === 'ordered_list_open', n: Number(t.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'inline': {
        if (table && row) {
          row.push(inline(t.children ?? [], refs));
          break;
        }
        const list = lists.at(-1);
        const text = inline(t.children ?? [], refs);
        if (list && tokens[k - 2]?.type === 'list_item_open') {
          const mark = list.ordered ? `${list.n++}. ` : '• ';
          const pad = '  '.repeat(lists.length - 1);
          out.push(wrap(text, width, `${pad}${' '.repeat(mark.length)}`, `${pad}${mark}`));
        } else out.push(wrap(text, width, indent));
        break;
      }
      case 'math_block':
        out.push(`    ${texToText(t.content, refs).replace(/\n/g, '\n    ')}`);
        break;
      case 'fence': {
        const job = jobs.get(t);
        if (job) out.push(blockText(job, width));
        else out.push(t.content.replace(/\n$/, '').replace(/^/gm, '    '));
        break;
      }
      case 'code_block':
        out.push(t.content.replace(/\n$/, '').replace(/^/gm, '    '));
        break;
      case 'hr':
        out.push('─'.repeat(Math.min(width, 40)));
        break;
      case 'table_open':
        table = [];
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (table && row) table.push(row);
        row = undefined;
        break;
      case 'table_close': {
        const rows = table ?? [];
        const widths =
          rows[0]?.map((_, j) => Math.max(...rows.map((r) => [...(r[j] ?? '')].length))) ?? [];
        const line = (r: string[]) =>
          r
            .map((c, j) => c.padEnd(widths[j]!))
            .join('  ')
            .trimEnd();
        out.push(
          [
            line(rows[0] ?? []),
            widths.map((w) => '─'.repeat(w)).join('  '),
            ...rows.slice(1).map(line),
          ].join('\n'),
        );
        table = undefined;
        break;
      }
      default:
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}
