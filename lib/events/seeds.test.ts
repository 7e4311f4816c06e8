import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load';
import { clusterEvents } from './cluster';
import { assignEventIds, emptyRegistry } from './ids';

/**
 * The five seed articles through the real loader (DESIGN.md §2): AFP (on Mint), Reuters and Press TV of 2022-03-11 tell
 * one story; AP of 2022-03-15 (the talks four days on) and The Hindu of 2022-03-03 are events of their own.
 */
describe('seed corpus events', () => {
  const { articles } = loadCorpus(path.resolve(process.cwd(), 'data', 'corpus'));
  const fileOf = new Map(articles.map((a) => [a.id, a.file.slice(0, 3)]));

  it('gives exactly three events: {000, 001, 002}, {003}, {004}', () => {
    const groups = clusterEvents(articles).map((g) =>
      g
        .map((id) => fileOf.get(id))
        .sort()
        .join(' + '),
    );
    expect(groups.sort()).toEqual(['000 + 001 + 002', '003', '004']);
  });

  it('names them by date and headline', () => {
    const { events } = assignEventIds(clusterEvents(articles), articles, emptyRegistry());
    expect(
      events.map((e) => [
        e.id,
        e.date,
        e.articleIds
          .map((id) => fileOf.get(id))
          .sort()
          .join(' + '),
      ]),
    ).toEqual([
      ['2022-03-03-russian-troops-advance-stalled-outside-kyiv', '2022-03-03', '004'],
      ['2022-03-11-putin-cites-some-progress-in-talks-with-ukraine', '2022-03-11', '000 + 001 + 002'],
      ['2022-03-15-ukraine-said-tuesday-that-russia-seemed-to-soften', '2022-03-15', '003'],
    ]);
  });

  it('keeps the 15 March event apart when an AP-credited copy of the 11 March Reuters story joins the corpus', () => {
    // Issue 15: with such a copy (and an unrelated story), AP's 15 March report joined the 11 March event and its
    // permalink became a redirect. Four days on is the next development: a new event in the same story.
    const reuters = articles.find((a) => a.outlet.id === 'reuters')!;
    const copy = {
      ...reuters,
      id: '2022-03-11-ap-russian-president-copy',
      file: 'ap-copy.txt',
      outlet: { id: 'ap', name: 'AP' },
      blocks: reuters.blocks.map((b, k) =>
        k === 0 ? { ...b, text: b.text.replace('(Reuters) -', '(AP) —') } : b,
      ),
    };
    const first = assignEventIds(clusterEvents(articles), articles, emptyRegistry());
    const grown = [...articles, copy];
    const after = assignEventIds(clusterEvents(grown), grown, first.registry);
    const fifteenth = '2022-03-15-ukraine-said-tuesday-that-russia-seemed-to-soften';
    expect(after.events.find((e) => e.id === fifteenth)?.articleIds.map((id) => fileOf.get(id))).toEqual([
      '003',
    ]);
    expect(after.events.flatMap((e) => e.aliases ?? [])).toEqual([]);
    expect(after.events.find((e) => e.articleIds.includes(copy.id))?.date).toBe('2022-03-11');
  });
});
