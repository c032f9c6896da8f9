import { describe, expect, it } from 'vitest';
import { parseWebviewState, sameDoc } from '../../src/shared/state.js';

describe('parseWebviewState', () => {
  it('parseWebviewState round-trips a saved state through JSON', () => {
    const state = {
      doc: { kind: 'experiment', experimentId: 'gamma-beta' },
      scrollY: 420,
      figures: { 0: { id: 'gamma-beta', params: { lr: 0.1, normalize: true, optimizer: 'adam' } } },
    };
    expect(parseWebviewState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('parseWebviewState drops damaged figures and keeps the rest', () => {
    const parsed = parseWebviewState({
      doc: { kind: 'chapter' },
      scrollY: -5,
      figures: {
        0: { id: 'a', params: { x: 1 } },
        1: { id: 'b', params: { x: {} } },
        nope: { id: 'c', params: {} },
      },
    });
    expect(parsed).toEqual({
      doc: { kind: 'chapter' },
      scrollY: 0,
      figures: { 0: { id: 'a', params: { x: 1 } } },
    });
  });

  it('parseWebviewState rejects a state without a document', () => {
    expect(parseWebviewState({ scrollY: 3 })).toBeUndefined();
    expect(parseWebviewState(undefined)).toBeUndefined();
  });
});

describe('sameDoc', () => {
  it('sameDoc compares kind and identity', () => {
    expect(sameDoc({ kind: 'chapter' }, { kind: 'chapter' })).toBe(true);
    expect(sameDoc({ kind: 'markdown', uri: 'a' }, { kind: 'markdown', uri: 'b' })).toBe(false);
    expect(
      sameDoc({ kind: 'experiment', experimentId: 'x' }, { kind: 'experiment', experimentId: 'x' }),
    ).toBe(true);
    expect(sameDoc({ kind: 'chapter' }, undefined)).toBe(false);
  });
});
