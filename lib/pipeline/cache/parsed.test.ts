import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpusFile } from '../../corpus/parse';
import { articleTerms } from '../../events/terms';
import { cachedSentences, parseFile, readParsedFile, sentencesOf } from './parsed';

describe('the sentences of a cached parse', () => {
  it('keeps every sentence its text: in order, repeated, in a later block, or not in its block at all', () => {
    const article = {
      blocks: [
        {
          kind: 'paragraph' as const,
          text: 'Talks resumed in Istanbul. Talks resumed in Istanbul. “Progress,” he said.',
        },
        { kind: 'paragraph' as const, text: 'Kyiv, Ukraine — Shelling went on overnight.' },
      ],
      sentences: [
        { text: 'Talks resumed in Istanbul.', block: 0 },
        { text: 'Talks resumed in Istanbul.', block: 0 },
        { text: '“Progress,” he said.', block: 0 },
        { text: 'Shelling went on overnight.', block: 1 },
        // Not in its block (an importer that rewrote it): kept as it is.
        { text: 'Shelling went on.', block: 1 },
        // A block that does not exist.
        { text: 'Nowhere.', block: 7 },
        { text: '', block: 1 },
      ],
    };
    const cached = cachedSentences(article);
    // Found: the place in the block; the others as they are.
    expect(cached).toEqual([
      [0, 0, 26],
      [0, 27, 53],
      [0, 54, 74],
      [1, 16, 43],
      { text: 'Shelling went on.', block: 1 },
      { text: 'Nowhere.', block: 7 },
      [1, 43, 43],
    ]);
    expect(sentencesOf({ ...article, sentences: cached })).toEqual(article.sentences);
  });

  it('reads a parse back with the same sentences as the parse itself', () => {
    const file = '000_62585204ae98a10b.txt';
    const bytes = new Uint8Array(readFileSync(path.resolve('data', 'corpus', file)));
    const today = '2026-01-01';
    const direct = parseCorpusFile(file, bytes, undefined, { today });
    const read = readParsedFile(parseFile(file, bytes, today, new Map()), new Map()).result;
    expect(direct.articles.length).toBeGreaterThan(0);
    expect(read.articles.map((a) => a.sentences)).toEqual(direct.articles.map((a) => a.sentences));
    expect(JSON.stringify(read)).toBe(JSON.stringify(direct));
  });

  it('reads back each article’s terms and copy key as the parse made them, files read one after another', () => {
    const today = '2026-01-01';
    const strings = new Map<string, string>();
    for (const file of ['000_62585204ae98a10b.txt', '001_b8c5c287e15dbfcf.txt']) {
      const bytes = new Uint8Array(readFileSync(path.resolve('data', 'corpus', file)));
      const direct = parseCorpusFile(file, bytes, undefined, { today });
      const read = readParsedFile(parseFile(file, bytes, today, new Map()), strings);
      const expected = direct.articles.map((a) => articleTerms(a, new Map()));
      expect(expected.some((t) => t.names.size > 0 && t.stems.length > 10)).toBe(true);
      expect(read.terms).toEqual(expected);
      // In the same order, which the build's clustering and naming read.
      expect(read.terms.map((t) => [...t.names])).toEqual(expected.map((t) => [...t.names]));
      expect(read.copies).toHaveLength(direct.articles.length);
      expect(read.copies.every((c) => /^[0-9a-f]{40}$/.test(c))).toBe(true);
    }
  });
});
