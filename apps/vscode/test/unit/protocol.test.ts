import { describe, expect, it } from 'vitest';
import {
  parseDocRef,
  parseHostMessage,
  parseSettings,
  parseWebviewMessage,
} from '../../src/shared/protocol.js';

const settings = { seed: 3, numberEquations: false };

describe('parseHostMessage', () => {
  it.each([
    [{ type: 'render', doc: { kind: 'chapter' }, settings }],
    [{ type: 'render', doc: { kind: 'experiment', experimentId: 'gamma-beta' }, settings }],
    [
      {
        type: 'render',
        doc: { kind: 'markdown', uri: 'file:///a.md', title: 'a', markdown: '# a' },
        settings,
      },
    ],
    [{ type: 'reveal', anchor: 'section-coordinate-descent' }],
  ])('parseHostMessage(%j) accepts a well-formed message unchanged', (message) => {
    expect(parseHostMessage(message)).toEqual(message);
  });

  it.each([
    ['a string', 'render'],
    ['null', null],
    ['an unknown type', { type: 'launch' }],
    ['a render without settings', { type: 'render', doc: { kind: 'chapter' } }],
    [
      'a fractional seed',
      { type: 'render', doc: { kind: 'chapter' }, settings: { seed: 1.5, numberEquations: true } },
    ],
    [
      'a markdown doc without its text',
      { type: 'render', doc: { kind: 'markdown', uri: 'file:///a.md' }, settings },
    ],
    ['an experiment without id', { type: 'render', doc: { kind: 'experiment' }, settings }],
    ['a numeric anchor', { type: 'reveal', anchor: 3 }],
  ])('parseHostMessage rejects %s', (_what, message) => {
    expect(parseHostMessage(message)).toBeUndefined();
  });

  it('parseHostMessage drops fields the protocol does not define', () => {
    expect(parseHostMessage({ type: 'reveal', anchor: 'x', html: '<script>' })).toEqual({
      type: 'reveal',
      anchor: 'x',
    });
  });
});

describe('parseWebviewMessage', () => {
  it.each([
    [{ type: 'ready' }],
    [{ type: 'rendered', kind: 'chapter', figures: 12, issues: 0, ms: 340.5 }],
    [{ type: 'error', message: 'boom' }],
    [{ type: 'copy', text: '```dl8 gamma-beta\n```\n' }],
    [
      {
        type: 'download',
        fileName: 'figure-1.png',
        mimeType: 'image/png',
        encoding: 'base64',
        data: 'iVBOR',
      },
    ],
  ])('parseWebviewMessage(%j) accepts a well-formed message', (message) => {
    expect(parseWebviewMessage(message)).toEqual(message);
  });

  it.each([
    [
      'a negative figure count',
      { type: 'rendered', kind: 'chapter', figures: -1, issues: 0, ms: 1 },
    ],
    ['an unknown document kind', { type: 'rendered', kind: 'pdf', figures: 1, issues: 0, ms: 1 }],
    [
      'a NaN duration',
      { type: 'rendered', kind: 'chapter', figures: 1, issues: 0, ms: Number.NaN },
    ],
    [
      'a download into another folder',
      {
        type: 'download',
        fileName: '../x.svg',
        mimeType: 'image/svg+xml',
        encoding: 'utf8',
        data: '',
      },
    ],
    [
      'a download with a hidden name',
      { type: 'download', fileName: '.bashrc', mimeType: 'text/plain', encoding: 'utf8', data: '' },
    ],
    [
      'a download with an unknown encoding',
      { type: 'download', fileName: 'a.csv', mimeType: 'text/csv', encoding: 'hex', data: '' },
    ],
    ['a copy without text', { type: 'copy' }],
    ['an array', [{ type: 'ready' }]],
  ])('parseWebviewMessage rejects %s', (_what, message) => {
    expect(parseWebviewMessage(message)).toBeUndefined();
  });
});

describe('parseSettings and parseDocRef', () => {
  it('parseSettings accepts an integer seed and a boolean switch', () => {
    expect(parseSettings(settings)).toEqual(settings);
    expect(parseSettings({ seed: '3', numberEquations: true })).toBeUndefined();
  });

  it('parseDocRef keeps only the fields of the kind', () => {
    expect(parseDocRef({ kind: 'markdown', uri: 'file:///n.md', markdown: 'x' })).toEqual({
      kind: 'markdown',
      uri: 'file:///n.md',
    });
    expect(parseDocRef({ kind: 'notebook' })).toBeUndefined();
  });
});
