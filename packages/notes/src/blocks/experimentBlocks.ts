import type MarkdownIt from 'markdown-it';
import type StateCore from 'markdown-it/lib/rules_core/state_core.mjs';
import { report, stateOf } from '../markdown/renderEnv.js';
import { readBlock } from './readBlock.js';
import { renderErrorBox, renderFigure } from './renderBlock.js';

const INFO = /^dl8(?:\s+|$)/;

/**
 * ```dl8 <id> fences: read while parsing (jobs collected on the env, so they can be run before
 * rendering), rendered as a figure or as an explained error box. Other fences render as usual.
 */
export function experimentBlocks(md: MarkdownIt): void {
  md.core.ruler.after('block', 'dl8_blocks', (core: StateCore) => {
    const state = stateOf(core.env);
    for (const token of core.tokens) {
      if (token.type !== 'fence' || !INFO.test(token.info.trim())) continue;
      const id = token.info.trim().slice(3).trim();
      const index = state.blocks.length;
      const line = token.map ? token.map[0] + 1 : undefined;
      const outcome = readBlock(id, token.content, state.options.seed);
      state.blocks.push({ index, line, id, source: token.content, outcome });
      token.meta = { dl8Block: index };
      state.usedIds.add(`${state.options.idPrefix}figure-${index + 1}`);
    }
  });
  const fallback = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const meta = tokens[idx]!.meta as { dl8Block?: number } | null;
    if (meta?.dl8Block === undefined) return fallback(tokens, idx, options, env, self);
    const state = stateOf(env);
    const job = state.blocks[meta.dl8Block]!;
    if (job.outcome.ok) {
      try {
        return renderFigure(job, job.outcome, state.options.idPrefix);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        job.outcome = {
          ok: false,
          headline: `The charts of "${job.id}" could not be drawn`,
          reasons: [why],
        };
      }
    }
    report(state, {
      kind: 'experiment',
      line: job.line,
      message: `${job.outcome.headline}: ${job.outcome.reasons.join('; ')}`,
    });
    return renderErrorBox(job, job.outcome);
  };
}
