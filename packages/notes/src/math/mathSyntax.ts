import type MarkdownIt from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

/**
 * Parses TeX math into tokens: `$...$` and `\(...\)` inline (`math_inline`), `$$...$$` and
 * `\[...\]` inside a paragraph (`math_display`), and `$$`/`\[` blocks that start a line
 * (`math_block`). Rendering is left to the math renderer rules.
 */
export function mathSyntax(md: MarkdownIt): void {
  md.inline.ruler.before('escape', 'math_bracket', bracketInline);
  md.inline.ruler.after('escape', 'math_dollar', dollarInline);
  md.block.ruler.before('fence', 'math_block', mathBlock, {
    alt: ['paragraph', 'reference', 'blockquote', 'list'],
  });
}

function pushMath(state: StateInline, type: string, content: string, markup: string): void {
  const token = state.push(type, 'math', 0);
  token.content = content;
  token.markup = markup;
}

function bracketInline(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== 0x5c /* \ */) return false;
  const open = src.slice(pos, pos + 2);
  const close = open === '\\(' ? '\\)' : open === '\\[' ? '\\]' : null;
  if (!close) return false;
  const end = src.indexOf(close, pos + 2);
  if (end < 0) return false;
  if (!silent) {
    pushMath(state, open === '\\(' ? 'math_inline' : 'math_display', src.slice(pos + 2, end), open);
  }
  state.pos = end + 2;
  return true;
}

function dollarInline(state: StateInline, silent: boolean): boolean {
  const { src, pos, posMax } = state;
  if (src.charCodeAt(pos) !== 0x24 /* $ */) return false;
  const display = src.charCodeAt(pos + 1) === 0x24;
  const delim = display ? '$$' : '$';
  const start = pos + delim.length;
  if (!display && (start >= posMax || /\s/.test(src[start]!))) return false;
  let end = start;
  for (;;) {
    end = src.indexOf(delim, end);
    if (end < 0 || end >= posMax) return false;
    if (src.charCodeAt(end - 1) === 0x5c) {
      end += 1; // an escaped dollar inside math: \$
      continue;
    }
    if (!display) {
      // Pandoc's rule keeps prices like "$5 and $6" as text: no space before the closing
      // dollar and no digit right after it.
      if (/\s/.test(src[end - 1]!) || /[0-9]/.test(src[end + 1] ?? '')) {
        end += 1;
        continue;
      }
    }
    break;
  }
  if (end === start) return false;
  if (!silent)
    pushMath(state, display ? 'math_display' : 'math_inline', src.slice(start, end), delim);
  state.pos = end + delim.length;
  return true;
}

function mathBlock(
  state: StateBlock,
  startLine: number,
  endLine: number,
  silent: boolean,
): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const lineText = (line: number) =>
    state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
  const first = lineText(startLine);
  const open = first.startsWith('$$') ? '$$' : first.startsWith('\\[') ? '\\[' : null;
  if (!open) return false;
  const close = open === '$$' ? '$$' : '\\]';
  const rest = first.slice(2);
  let content: string;
  let last = startLine;
  const sameLine = rest.trimEnd();
  if (sameLine.endsWith(close)) {
    content = sameLine.slice(0, -2);
  } else {
    const lines = [rest];
    let found = false;
    for (last = startLine + 1; last < endLine; last++) {
      const text = lineText(last).trimEnd();
      if (state.sCount[last]! < state.blkIndent && text !== '') break;
      if (text.endsWith(close)) {
        lines.push(text.slice(0, -2));
        found = true;
        break;
      }
      lines.push(text);
    }
    if (!found) return false;
    content = lines.join('\n');
  }
  if (silent) return true;
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.content = content;
  token.markup = open;
  token.map = [startLine, last + 1];
  state.line = last + 1;
  return true;
}
