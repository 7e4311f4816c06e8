import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load';
import { parseCorpusFile } from '../corpus/parse';
import { emptyRegistry } from '../events/ids';
import type { Article } from '../types';
import { buildIndex } from './assemble';
import { indexChunks } from './output/chunks';
import { stableStringify } from './output/json';
import { buildCorpusIndex } from './run';
import { capArticle, MAX_ARTICLE_CHARS, MAX_ARTICLE_SENTENCES } from './limits';

/**
 * An article's cost to the build is bounded: one long file (the 5 MB paragraph of 130,000 sentences) is cut to
 * the build's limits, with a warning on it and a diagnostic naming its file, and every later stage sees no more than
 * the cut. Checked by the work each stage is handed (sentences, rows), not by time.
 */
const root = mkdtempSync(path.join(os.tmpdir(), 'parallax-limits-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const today = '2026-01-01';

const WORDS =
  'government officials said minister talks forces city attack troops president election court police report council economy market prices border agreement'.split(
    ' ',
  );

/**
 * `n` distinct news-like sentences in one paragraph, no outlet cue: the seed form of the file; then `tail`
 * sentences of its own (what only the text past the cut holds).
 */
function longParagraph(n: number, tail: readonly string[] = []): string {
  const sentences: string[] = [];
  const say = (words: readonly string[], i: number) => {
    const w = [0, 7, 3, 11].map((k) => words[(i * (k + 1) + k) % words.length]!);
    sentences.push(`${w[0]![0]!.toUpperCase()}${w[0]!.slice(1)} ${w.slice(1).join(' ')} ${i}.`);
  };
  for (let i = 0; i < n; i++) say(WORDS, i);
  return ` date 2022-03-11 ${[...sentences, ...tail].join(' ')}\n`;
}

function parseOne(text: string): Article {
  const { articles } = parseCorpusFile('long.txt', new TextEncoder().encode(text), undefined, { today });
  expect(articles).toHaveLength(1);
  return articles[0]!;
}

describe('capArticle', () => {
  it('leaves an article within the limits as it is (the same object, no diagnostic)', () => {
    const article = parseOne(longParagraph(MAX_ARTICLE_SENTENCES));
    expect(article.sentences).toHaveLength(MAX_ARTICLE_SENTENCES);
    const { article: after, problem } = capArticle(article);
    expect(after).toBe(article);
    expect(problem).toBeUndefined();
  });

  it('cuts a longer one to the first sentences, its paragraph where the last kept one ends, with a warning', () => {
    const article = parseOne(longParagraph(MAX_ARTICLE_SENTENCES + 5));
    const { article: cut, problem } = capArticle(article);
    expect(cut.sentences).toEqual(article.sentences.slice(0, MAX_ARTICLE_SENTENCES));
    expect(cut.blocks).toHaveLength(1);
    expect(cut.blocks[0]!.text.endsWith(cut.sentences[MAX_ARTICLE_SENTENCES - 1]!.text)).toBe(true);
    expect(article.blocks[0]!.text.startsWith(cut.blocks[0]!.text)).toBe(true);
    expect(cut.warnings[cut.warnings.length - 1]).toMatch(
      new RegExp(`^cut to its first ${MAX_ARTICLE_SENTENCES} of ${MAX_ARTICLE_SENTENCES + 5} sentences`),
    );
    expect(problem).toMatchObject({ file: 'long.txt', severity: 'warning' });
    expect(problem!.message).toMatch(/split the file/);
    // Cutting again changes nothing: the pure build and the CLI build may both apply it.
    expect(capArticle(cut).article).toBe(cut);
  });

  it('cuts a text without sentence ends at a word, within the character limit', () => {
    const words = Array.from({ length: 60_000 }, (_, i) => `word${i}`).join(' ');
    const article = parseOne(` date 2022-03-05 ${words}\n`);
    expect(article.sentences).toHaveLength(1);
    const { article: cut, problem } = capArticle(article);
    expect(problem).toBeDefined();
    expect(cut.sentences).toHaveLength(1);
    const text = cut.sentences[0]!.text;
    expect(text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(text.length).toBeGreaterThan(MAX_ARTICLE_CHARS - 20);
    expect(words.startsWith(`${text} `)).toBe(true);
    expect(cut.blocks[0]!.text.endsWith(text)).toBe(true);
  });
});

describe('a corpus holding one 130,000-sentence file', () => {
  const dir = path.join(root, 'long');
  cpSync(path.resolve('data', 'corpus'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'long.txt'), longParagraph(130_000));

  it('builds with the long article cut: no event, row or page sees more than the limits', () => {
    const corpus = loadCorpus(dir, undefined, { today });
    const long = corpus.articles.find((a) => a.file === 'long.txt')!;
    expect(long.sentences).toHaveLength(130_000);
    const { index } = buildIndex(corpus, emptyRegistry());
    const article = index.articles.find((a) => a.file === 'long.txt')!;
    expect(article.sentences).toHaveLength(MAX_ARTICLE_SENTENCES);
    expect(article.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(
      MAX_ARTICLE_CHARS + MAX_ARTICLE_SENTENCES,
    );
    // The work handed to alignment and insights: the event's rows cover at most the kept sentences.
    const event = index.events.find((e) => e.articleIds.includes(article.id))!;
    const cells = event.rows.flatMap((r) => r.cells[article.id] ?? []);
    expect(cells.length).toBeLessThanOrEqual(MAX_ARTICLE_SENTENCES);
    expect(Math.max(...cells)).toBeLessThan(MAX_ARTICLE_SENTENCES);
    const problems = index.diagnostics.filter((d) => d.file === 'long.txt' && /is cut to/.test(d.message));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('of 130000 sentences');
    // The seeds' articles are untouched.
    for (const a of index.articles.filter((x) => x.file !== 'long.txt'))
      expect(a.warnings.some((w) => w.startsWith('cut to'))).toBe(false);
  });

  it('gives the same bytes through the CLI build (terms of the cut text, not the whole)', async () => {
    const small = path.join(root, 'small');
    cpSync(path.resolve('data', 'corpus'), small, { recursive: true });
    // Past the cut, a seed article told over and over: by the terms of the whole text, the long article would join
    // that seed's event.
    const seed = loadCorpus(path.resolve('data', 'corpus'), undefined, { today }).articles[0]!;
    const tail = Array.from({ length: 100 }, () => seed.sentences.map((s) => s.text)).flat();
    writeFileSync(path.join(small, 'long.txt'), longParagraph(MAX_ARTICLE_SENTENCES, tail));
    const pure = stableStringify(buildIndex(loadCorpus(small, undefined, { today }), emptyRegistry()).index);
    const run = await buildCorpusIndex(small, emptyRegistry(), { workers: 0, today });
    expect([...indexChunks(run.index)].join('')).toBe(pure);
    expect(pure).toContain('is cut to its first');
    const index = JSON.parse(pure) as { articles: Article[]; events: { articleIds: string[] }[] };
    const long = index.articles.find((a) => a.file === 'long.txt')!;
    expect(index.events.find((e) => e.articleIds.includes(long.id))!.articleIds).toEqual([long.id]);
  });
});
