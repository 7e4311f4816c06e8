/**
 * The development corpora in ../shared/corpora (read there, never copied into the project): every BASIL and Ground
 * News record imports without an error, and outlet names come out normalised. Skips, saying so, where absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseForMatch } from '../text/normalise';
import { loadCorpus } from './load';

const CORPORA = path.resolve(process.cwd(), '..', 'shared', 'corpora');
const present =
  existsSync(path.join(CORPORA, 'basil-dev')) && existsSync(path.join(CORPORA, 'groundnews-dev'));
if (!present) console.log(`corpora.test.ts: skipped, no development corpora at ../shared/corpora`);

describe.skipIf(!present)('development corpora', () => {
  it('BASIL: 150 articles, no errors, three outlets, the title line never repeated as a sentence', () => {
    const corpus = loadCorpus(path.join(CORPORA, 'basil-dev'), undefined, { today: '2026-01-01' });
    expect(corpus.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(corpus.articles).toHaveLength(150);
    expect(corpus.files).toEqual([{ file: 'articles.jsonl', articles: 150, warnings: 0, errors: 0 }]);
    expect([...new Set(corpus.articles.map((a) => a.outlet.id))].sort()).toEqual([
      'fox-news',
      'huffpost',
      'new-york-times',
    ]);
    expect(new Set(corpus.articles.map((a) => a.id)).size).toBe(150);
    expect(
      corpus.articles.every((a) => a.dateSource === 'field' && /^\d{4}-\d{2}-\d{2}$/.test(a.date ?? '')),
    ).toBe(true);
    // One record has a blank title: its title is derived from the lead, without the dateline.
    const derived = corpus.articles.filter((a) => a.titleSource !== 'field');
    expect(derived.map((a) => [a.file, a.title])).toEqual([
      ['articles.jsonl:69', 'Representative Raúl R. Labrador, a Republican of Idaho who has barely served…'],
    ]);
    for (const a of corpus.articles) {
      expect(a.sentences.length).toBeGreaterThan(0);
      expect(normaliseForMatch(a.sentences[0]!.text)).not.toBe(normaliseForMatch(a.title));
      expect(a.url).toMatch(/^https?:\/\//);
    }
  });

  it('Ground News: 64 rows, no errors, outlet names normalised to one id each', () => {
    const corpus = loadCorpus(path.join(CORPORA, 'groundnews-dev'), undefined, { today: '2026-01-01' });
    expect(corpus.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(corpus.files.map((f) => [f.file, f.articles, f.errors])).toEqual([
      ['story-0.csv', 6, 0],
      ['story-1.csv', 12, 0],
      ['story-2.csv', 31, 0],
      ['story-3.csv', 15, 0],
    ]);
    expect(new Set(corpus.articles.map((a) => a.id)).size).toBe(64);
    // "AP" and "Associated Press News" are one outlet; "abc News"/"ABC News", "Winnipeg Free press"/"… Press",
    // "Business Standards"/"Business Standard" likewise; the blank name is detected from its "(AP)" lead. The row
    // whose outlet is just "News" has no cue in its text: "unknown", never an outlet called News.
    expect([...new Set(corpus.articles.map((a) => a.outlet.id))].sort()).toEqual([
      'abc-news', 'al-jazeera', 'am-new-york', 'ani', 'ap', 'boston-herald', 'business-insider', 'business-live',
      'business-standard', 'clickondetroit', 'cna', 'cnbc', 'cnn', 'ctv-news', 'deccan-herald', 'detroit-news',
      'energy-voice', 'financial-post', 'firstpost', 'hindustan-times', 'ibtimes', 'irish-examiner',
      'irish-independent', 'japan-times', 'kifi', 'korea-times', 'krdo', 'mercury-news', 'mynorthwest',
      'national-post', 'nbc-connecticut', 'news4jax', 'orange-county-register', 'reuters', 'rfi',
      'sasktoday', 'sentinel-tribune', 'star-advertiser', 'tampa-free-press', 'tass', 'the-free-press',
      'the-national', 'times-colonist', 'times-of-india', 'unknown', 'washington-times', 'wcax', 'winnipeg-free-press',
      'wish-tv', 'wplg', 'wral',
    ]); // prettier-ignore
    const byFile = new Map(corpus.articles.map((a) => [a.file, a]));
    expect(byFile.get('story-1.csv#5')?.outlet.id).toBe('ap');
    expect(byFile.get('story-2.csv#20')?.outlet.id).toBe('ap');
    expect(byFile.get('story-1.csv#13')?.outlet.id).toBe('ap');
    expect(byFile.get('story-3.csv#4')?.outlet.id).toBe('al-jazeera');
    // Day-first datetimes: "9/12/2022" is 9 December 2022.
    expect([...new Set(corpus.articles.map((a) => a.date))].sort()).toEqual(['2022-12-08', '2022-12-09']);
    // The title-and-link stub keeps its title and is flagged, not dropped.
    const stub = byFile.get('story-3.csv#2')!;
    expect([stub.sentences.length, stub.removed.map((r) => r.reason)]).toEqual([
      0,
      ['title line (same as the title)', 'related story', 'link'],
    ]);
  });
});
