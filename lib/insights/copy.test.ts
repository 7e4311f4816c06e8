import { describe, expect, it } from 'vitest';
import { buildInsightContext } from './context';
import { copyInsights } from './copy';
import { findCredits } from './credits';
import { fixtureArticle, fixtureEvent, readLabel } from './fixtures';
import type { CopyPairInsight, CopyRowInsight } from '../types';

const LUTSK_AFP =
  'Military targets were also hit early Friday, with four Ukrainian servicemen killed in strikes on the Lutsk military airport in the northwest, local officials said.';
const LUTSK_PRESS_TV =
  'Military targets were also hit early Friday, with at least four Ukrainian servicemen killed and six injured in Russian strikes on the Lutsk military airport in northwest Ukraine, local officials said.';

function run(...args: Parameters<typeof fixtureEvent>) {
  const [articles] = args;
  return copyInsights(buildInsightContext(fixtureEvent(...args), articles), findCredits(articles));
}

describe('copyInsights', () => {
  const afp = fixtureArticle('afp-1', 'afp', 'AFP', [
    LUTSK_AFP,
    'Kyiv is a fortress, the mayor said on Thursday.',
  ]);
  const pressTv = fixtureArticle('ptv-1', 'press-tv', 'Press TV', [LUTSK_PRESS_TV], {
    removed: ['A strike on the Lutsk airport. (AFP photo)'],
  });

  it('finds the Lutsk sentence Press TV reused from AFP, with what it added', () => {
    const out = run([afp, pressTv], [{ 'afp-1': [0], 'ptv-1': [0] }, { 'afp-1': [1] }]);
    const row = out.find((i): i is CopyRowInsight => i.scope === 'row')!;
    expect(row.rows).toEqual([0]);
    expect(row.outlets).toEqual(['afp', 'press-tv']);
    expect(row.source).toBe('afp-1');
    expect(row.sourceBasis).toBe('credit');
    expect(row.copies).toEqual([
      {
        article: 'ptv-1',
        added: ['at least', 'and six injured in Russian', 'northwest Ukraine'],
        removed: ['in', 'the northwest'],
      },
    ]);
    expect(readLabel(row, [afp, pressTv])).toBe(
      'Press TV reuses AFP’s wording, adding “at least”, “and six injured in Russian”, “northwest Ukraine”, dropping “in”, “the northwest”',
    );
  });

  it('totals the shared words per pair as a share of each text, citing the credit', () => {
    const out = run([afp, pressTv], [{ 'afp-1': [0], 'ptv-1': [0] }, { 'afp-1': [1] }]);
    const pair = out.find((i): i is CopyPairInsight => i.scope === 'pair')!;
    // 22 words printed identically; AFP has 25 + 9 words, Press TV 31.
    expect(pair.sharedWords).toBe(22);
    expect(pair.shares).toEqual([0.647, 0.71]);
    expect(pair.credits.map((c) => [c.article, c.outlet, c.text, c.kind])).toEqual([
      ['ptv-1', 'afp', '(AFP photo)', 'photo'],
    ]);
    expect(pair.label.slice(0, 6)).toEqual([
      { outlet: 'afp' },
      { text: ' and ' },
      { outlet: 'press-tv' },
      { text: ' share 1 passage near-verbatim (65% of ' },
      { outlet: 'afp', possessive: true },
      { text: ' text, 71% of ' },
    ]);
    expect(readLabel(pair, [afp, pressTv])).toBe(
      'AFP and Press TV share 1 passage near-verbatim (65% of AFP’s text, 71% of Press TV’s); credit “(AFP photo)”',
    );
  });

  it('names no source when neither credits the other and both appeared the same day', () => {
    const reuters = fixtureArticle('reu-1', 'reuters', 'Reuters', [LUTSK_PRESS_TV]);
    const row = run([afp, reuters], [{ 'afp-1': [0], 'reu-1': [0] }]).find((i) => i.scope === 'row')!;
    expect(row.kind).toBe('copy');
    expect('source' in row).toBe(false);
    expect(readLabel(row, [afp, reuters])).toMatch(/^AFP and Reuters print near-identical text/);
  });

  it('negative: a paraphrase of the same fact is not copying', () => {
    const other = fixtureArticle('ptv-2', 'press-tv', 'Press TV', [
      'Russian strikes on an airfield in Lutsk killed four soldiers on Friday, the city mayor told reporters.',
    ]);
    expect(run([afp, other], [{ 'afp-1': [0], 'ptv-2': [0] }])).toEqual([]);
  });

  it('negative: a short stock phrase shared word for word is not copying', () => {
    const a = fixtureArticle('a', 'reuters', 'Reuters', ['There was no immediate comment from Moscow.']);
    const b = fixtureArticle('b', 'press-tv', 'Press TV', ['There was no immediate comment from Moscow.']);
    expect(run([a, b], [{ a: [0], b: [0] }])).toEqual([]);
  });

  it('negative: near-identical sentences in different rows are not compared', () => {
    const a = fixtureArticle('a', 'afp', 'AFP', [
      LUTSK_AFP,
      'Something else entirely happened in Kyiv today.',
    ]);
    const b = fixtureArticle('b', 'press-tv', 'Press TV', [
      'Another thing was reported from Kharkiv today.',
      LUTSK_PRESS_TV,
    ]);
    expect(
      run(
        [a, b],
        [
          { a: [0], b: [0] },
          { a: [1], b: [1] },
        ],
      ),
    ).toEqual([]);
  });

  it('negative: two outlets quoting one speaker word for word have not copied each other', () => {
    const q =
      '"Every street, every building, every checkpoint in this city has been fortified against them," he said.';
    const a = fixtureArticle('a', 'afp', 'AFP', [q]);
    const b = fixtureArticle('b', 'ap', 'AP', [q.replace('he said', 'Klitschko said')]);
    expect(run([a, b], [{ a: [0], b: [0] }])).toEqual([]);
  });

  it('puts a wire story and its three carriers in one row insight and one group', () => {
    const wire =
      'Health officials reported a sharp rise in infections across the northern provinces on Thursday.';
    const ap = fixtureArticle('ap', 'ap', 'AP', [
      wire,
      'Hospitals were asked to postpone elective surgery this week.',
    ]);
    const carriers = ['wral', 'kifi', 'wcax'].map((o) =>
      fixtureArticle(o, o, o.toUpperCase(), [
        `${wire} (AP)`,
        'Hospitals were asked to postpone elective surgery this week.',
      ]),
    );
    const event: [(typeof ap)[], Record<string, number[]>[]] = [
      [ap, ...carriers],
      [
        { ap: [0], wral: [0], kifi: [0], wcax: [0] },
        { ap: [1], wral: [1], kifi: [1], wcax: [1] },
      ],
    ];
    const out = run(...event);
    expect(out.map((i) => [i.scope, i.rows, readLabel(i, [ap, ...carriers])])).toEqual([
      [
        'event',
        [0, 1],
        // Each carrier's every word is printed identically by another carrier (the "(AP)" credit included).
        '4 outlets carry AP’s text near-verbatim (AP 100%, WRAL 100%, KIFI 100%, WCAX 100%)',
      ],
      ['row', [0], 'WRAL, KIFI and WCAX reuse AP’s wording (differing in “AP”)'],
      ['row', [1], 'WRAL, KIFI and WCAX reuse AP’s wording (word for word)'],
    ]);
  });

  it('names the wire the carriers credit when the wire itself is not in the event', () => {
    const wire = 'The three leaders formally signed off on the plans on the sidelines of a regional summit.';
    const carriers = ['ibtimes', 'rfi', 'the-national'].map((o) =>
      fixtureArticle(o, o, o, [
        `ALICANTE (AFP) - ${wire}`,
        'The pipeline will carry green hydrogen to the north by 2030.',
      ]),
    );
    const group = run(carriers, [
      { ibtimes: [0], rfi: [0], 'the-national': [0] },
      { ibtimes: [1], rfi: [1], 'the-national': [1] },
    ]).find((i) => i.scope === 'event')!;
    expect(readLabel(group, carriers)).toBe(
      '3 outlets carry AFP’s text near-verbatim (ibtimes 100%, rfi 100%, the-national 100%)',
    );
    expect('creditedOutlet' in group && group.creditedOutlet).toBe('afp');
  });

  it('negative: two outlets quoting one post, nested quotes and all, have not copied each other', () => {
    const a = fixtureArticle('a', 'fox', 'Fox News', [
      '“The governor, who attacks my visit today, invited me when he said sorry for the ‘f word,’” he wrote on Twitter.',
    ]);
    const b = fixtureArticle('b', 'huff', 'HuffPost', [
      '“The governor, who attacks my visit today, invited me when he said sorry for the “f word.””',
    ]);
    expect(run([a, b], [{ a: [0], b: [0] }])).toEqual([]);
  });

  it('negative: a stock frame around a shared quote is not copy ("told reporters at a lunch hosted by …")', () => {
    const a = fixtureArticle('a', 'huff', 'HuffPost', [
      'The panel’s letters “will be written to get every answer we need,” Jones told reporters at a lunch hosted by the Denver Press Club.',
    ]);
    const b = fixtureArticle('b', 'nyt', 'The New York Times', [
      '“Those letters will be written to get every answer we need,” Mr. Jones told reporters during a lunch hosted by The Denver Press Club.',
    ]);
    expect(run([a, b], [{ a: [0], b: [0] }])).toEqual([]);
  });
});
