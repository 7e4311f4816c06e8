import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignEvent } from '../align/align';
import { loadCorpus } from '../corpus/load';
import { clusterEvents } from '../events/cluster';
import type {
  Article,
  CopyRowInsight,
  Event,
  NameInsight,
  NumberInsight,
  QuoteInsight,
  WordingInsight,
} from '../types';
import { computeInsights } from './index';

/**
 * The acceptance cases on the seed event (AFP, Reuters and Press TV of 2022-03-11), built through the real pipeline:
 * load, cluster, align. A failure here after a pipeline change says which insight the change lost.
 */
const corpus = loadCorpus(path.resolve(process.cwd(), 'data', 'corpus'));
const byId = new Map(corpus.articles.map((a) => [a.id, a]));
const afp = corpus.articles.find((a) => a.outlet.id === 'afp')!;
const group = clusterEvents(corpus.articles).find((g) => g.includes(afp.id)) ?? [];
const members = group.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
const event: Event = {
  id: 'seed',
  date: afp.date,
  title: afp.title,
  articleIds: members.map((a) => a.id),
  rows: alignEvent(members.map((a) => ({ id: a.id, sentences: a.sentences.map((s) => s.text) }))),
};
const insights = computeInsights(event, corpus.articles);
const idOf = (outlet: string) => members.find((a) => a.outlet.id === outlet)?.id;
const cellText = (row: number, outlet: string) =>
  (event.rows[row]?.cells[idOf(outlet) ?? ''] ?? [])
    .map((i) => byId.get(idOf(outlet)!)!.sentences[i]!.text)
    .join(' ');

describe('insights on the seed event', () => {
  it('puts AFP, Reuters and Press TV in one event', () => {
    expect(['afp', 'reuters', 'press-tv'].every((o) => idOf(o) !== undefined)).toBe(true);
  });

  it('finds the Lutsk sentence Press TV reused from AFP', () => {
    const copy = insights.filter(
      (i): i is CopyRowInsight => i.kind === 'copy' && i.scope === 'row' && i.outlets.includes('press-tv'),
    );
    const lutsk = copy.find((i) => cellText(i.rows[0]!, 'afp').includes('Lutsk military airport'));
    expect(lutsk?.outlets).toEqual(['afp', 'press-tv']);
    expect(lutsk?.source).toBe(idOf('afp'));
    expect(lutsk?.copies[0]?.added.slice(0, 2)).toEqual(['at least', 'and six injured in Russian']);
  });

  it('renders the Putin quote differently in all three', () => {
    const quote = insights.find(
      (i): i is QuoteInsight =>
        i.kind === 'quote' && i.renderings[0]!.text.startsWith('There are certain positive'),
    );
    expect(quote?.renderings.map((r) => [r.outlet, r.verb]).sort()).toEqual([
      ['afp', 'said'],
      ['press-tv', 'told'],
      ['reuters', 'told'],
    ]);
    expect(quote?.changes.map((c) => [c.from, c.to]).sort()).toEqual([
      ['on', 'from'],
      ['shifts', 'changes'],
      ['tell', 'reported to'],
    ]);
  });

  it('finds 2.5 million vs more than two million people displaced', () => {
    const n = insights.find(
      (i): i is NumberInsight => i.kind === 'number' && i.figures.some((f) => f.value === 2_500_000),
    );
    expect(n?.figures.map((f) => [f.outlet, f.text])).toEqual([
      ['afp', '2.5 million people'],
      ['press-tv', 'more than two million people'],
    ]);
  });

  it('finds Kyiv (AFP) against Kiev (Reuters)', () => {
    const name = insights.find((i): i is NameInsight => i.kind === 'name' && i.words.includes('Kiev'));
    const spelling = (outlet: string) => name?.variants.find((v) => v.outlets.includes(outlet))?.spelling;
    expect([spelling('afp'), spelling('reuters')]).toEqual(['Kyiv', 'Kiev']);
  });

  it('finds remarks/comments between AFP and Reuters', () => {
    const swaps = insights
      .filter((i): i is WordingInsight => i.kind === 'wording' && i.scope === 'row')
      .flatMap((i) => i.swaps.map((s) => [i.outlets.join('/'), s.from, s.to]));
    expect(swaps).toContainEqual(['afp/reuters', 'remarks', 'comments']);
  });

  it('labels name only the insight’s own outlets, and mark every printed word as a word part', () => {
    expect(insights.length).toBeGreaterThan(0);
    for (const i of insights) {
      const named = i.label.flatMap((p) => ('outlet' in p ? [p.outlet] : []));
      expect(
        named.filter((o) => !i.outlets.includes(o)),
        `outlets of ${i.kind}/${i.scope}`,
      ).toEqual([]);
      // A curly quote in plain text would be a printed word left unmarked (the old string labels quoted them by hand).
      const plain = i.label.flatMap((p) => ('text' in p ? [p.text] : []));
      expect(
        plain.filter((t) => /[“”]/.test(t)),
        `plain text of ${i.kind}/${i.scope}`,
      ).toEqual([]);
    }
  });

  it('is deterministic', () => {
    expect(computeInsights(event, [...corpus.articles].reverse())).toEqual(insights);
  });
});
