import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load';
import { clusterEvents } from '../events/cluster';
import { fixtureArticle } from '../events/fixture';
import { houstonShooting, miamiShooting, oceansideShooting } from './fixture';
import { linkStories, strongLinks } from './link';
import { SimilarPairs } from '../events/pairs';

// Two shootings on one day in two cities, each followed weeks later: the Miami one by an arrest, the Houston one by
// charges. Headlines alike across cities; the names (victim, suspect, street, town) tell the matters apart.
const miami = miamiShooting;
const miamiArrest = fixtureArticle({
  id: 'herald-miami-arrest',
  date: '2019-02-14',
  title: 'Arrest made in MLK Day shooting',
  body: [
    'Miami police on Thursday arrested Dontae Rivers in the shooting that wounded Jordan Ellis in Liberty City.',
    'Ellis was shot at a Martin Luther King Day gathering on Northwest Sixty-Second Street last month.',
    'Rivers was held at the Turner Guilford Knight jail, police said.',
  ],
});
const houston = houstonShooting;
const houstonCharges = fixtureArticle({
  id: 'chronicle-houston-charges',
  date: '2019-03-02',
  title: 'Man charged in MLK Day shooting',
  body: [
    'Prosecutors on Saturday charged Marcus Lee in the shooting of Keisha Monroe on Emancipation Avenue in Third Ward.',
    'Monroe and her brother were shot near the end of the MLK Day parade in January.',
    'Lee was being held in the Harris County jail.',
  ],
});
const articles = [miami, miamiArrest, houston, houstonCharges];
const events = articles.map((a) => ({ articleIds: [a.id] }));
const names = (groups: number[][]) => groups.map((g) => g.map((k) => articles[k]!.id));

describe('linkStories', () => {
  it('links each shooting to its follow-up, and keeps the two cities apart', () => {
    expect(names(linkStories(events, articles))).toEqual([
      ['herald-miami', 'herald-miami-arrest'],
      ['chronicle-houston', 'chronicle-houston-charges'],
    ]);
  });

  it('gives the same groups whatever the order of the events (groups by first member)', () => {
    const reversed = [...events].reverse();
    const groups = linkStories(reversed, articles).map((g) => g.map((k) => reversed[k]!.articleIds[0]));
    expect(groups).toEqual([
      ['chronicle-houston-charges', 'chronicle-houston'],
      ['herald-miami-arrest', 'herald-miami'],
    ]);
  });

  it('leaves an event alone when it shares no names with the others', () => {
    const lone = fixtureArticle({
      id: 'gazette-budget',
      date: '2019-01-22',
      title: 'Council passes budget',
      body: ['The council passed its budget on Tuesday, Mayor Ruth Calder said.'],
    });
    const all = [...articles, lone];
    const groups = linkStories(
      all.map((a) => ({ articleIds: [a.id] })),
      all,
    );
    expect(groups).toContainEqual([4]);
  });

  it('loses links years apart first: with a strong yearly decay the follow-ups stand alone', () => {
    expect(linkStories(events, articles, { yearDecay: 20 })).toEqual([[0], [1], [2], [3]]);
  });

  it('handles no events and events without known articles', () => {
    expect(linkStories([], articles)).toEqual([]);
    expect(linkStories([{ articleIds: ['missing'] }], articles)).toEqual([[0]]);
  });

  it('links a follow-up that names the incident by its place and victims in full ("the Libby Lake killings")', () => {
    const first = oceansideShooting;
    const later = fixtureArticle({
      id: 'nbc-libby',
      date: '2014-06-13',
      title: 'Charges dismissed for suspect in teen killings',
      body: [
        'A judge on Friday dismissed murder charges against one of the men accused in the Libby Lake killings.',
        'Prosecutors said Santo Diaz would be released from the Vista jail.',
        'Melanie Virgen and Edgar Sanchez were shot dead in the 2013 attack off Mission Avenue.',
      ],
    });
    const all = [first, later, miamiShooting, houstonShooting];
    const four = all.map((a) => ({ articleIds: [a.id] }));
    // A year on, the names cosine alone is too weak; four shared phrases ("libby lake", "melanie virgen", "edgar
    // sanchez", "mission avenue") held by no other event carry it. In four events no phrase is rare by default (2 of 4 is half the
    // corpus): the share is lifted here to stand for a large corpus.
    expect(linkStories(four, all, { rarePhraseShare: 1 })).toEqual([[0, 1], [2], [3]]);
    expect(linkStories(four, all, { rarePhraseShare: 1, rarePhraseWeight: 0 })).toEqual([[0], [1], [2], [3]]);
    expect(linkStories(four, all)).toEqual([[0], [1], [2], [3]]);
  });

  it('compares two events that share rare phrases but no rare name only with `phraseCandidates`', () => {
    // The Libby Lake report two days on: names held by few events are turned off as candidates (`maxPostings: 1`, as
    // a city's or a victim's first name printed by a dozen events in a large corpus), so only the shared phrases
    // ("libby lake", "melanie virgen", "edgar sanchez", "mission avenue") can make the pair a candidate.
    const later = fixtureArticle({
      id: 'nbc-libby',
      date: '2013-03-15',
      title: 'Vigil held for slain teens',
      body: [
        'Hundreds gathered on Thursday night at the edge of the park where the Libby Lake killings took place.',
        'Melanie Virgen and Edgar Sanchez were shot dead in the attack off Mission Avenue in Oceanside.',
      ],
    });
    const all = [oceansideShooting, later, miamiShooting, houstonShooting];
    const four = all.map((a) => ({ articleIds: [a.id] }));
    const rare = { rarePhraseShare: 1, maxPostings: 1 };
    expect(linkStories(four, all, { ...rare, phraseCandidates: 1 })).toEqual([[0, 1], [2], [3]]);
    expect(linkStories(four, all, { ...rare, phraseCandidates: 5 })).toEqual([[0], [1], [2], [3]]);
    expect(linkStories(four, all, rare)).toEqual([[0], [1], [2], [3]]);
  });

  it("keeps apart one outlet's reports of two incidents that share its reporters and headline words", () => {
    const furniture = [
      'Reporter Jesse Jones and photographer Ted Land were at the scene for KIRO 7.',
      'Tips go to Crime Stoppers of Puget Sound.',
    ];
    const auburn = fixtureArticle({
      id: 'kiro-auburn',
      date: '2015-04-13',
      title: 'Man shot and killed outside Auburn tavern',
      body: [
        'A man was shot and killed outside a tavern on Auburn Way North early Sunday, Auburn police said.',
        ...furniture,
      ],
    });
    const kent = fixtureArticle({
      id: 'kiro-kent',
      date: '2015-09-02',
      title: 'Man shot and killed outside Kent tavern',
      body: [
        'A man was shot and killed outside a tavern on Central Avenue in Kent late Tuesday, Kent police said.',
        ...furniture,
      ],
    });
    const all = [auburn, kent, miamiShooting, houstonShooting];
    const four = all.map((a) => ({ articleIds: [a.id] }));
    // With the names-alone rule off, so that the sum of terms decides: the shared outlet takes 0.137 off.
    expect(linkStories(four, all, { namesThreshold: 0 })).toEqual([[0], [1], [2], [3]]);
    expect(linkStories(four, all, { namesThreshold: 0, sameOutletWeight: 0 })).toEqual([[0, 1], [2], [3]]);
  });

  it('makes the seeds one story: the 3 March, 11 March and 15 March reports on the Russia–Ukraine talks', () => {
    const seeds = loadCorpus(path.resolve(process.cwd(), 'data', 'corpus')).articles;
    const groups = clusterEvents(seeds);
    expect(
      linkStories(
        groups.map((g) => ({ articleIds: g })),
        seeds,
      ),
    ).toEqual([[0, 1, 2]]);
  });
});

describe('strongLinks', () => {
  // Four events of one trial followed for months: 0 the shooting, 1 the arrest, 2 the trial's first day, 3 the verdict.
  // 0-1 and 2-3 are each linked by average link (0.55); the trial's first day is very like the arrest (0.62), which
  // names the same defendant, but not like the shooting (0.1), so average link (0.36 between the pairs) keeps two
  // stories. Event 4, another matter, is alike to none above the threshold.
  const sims = SimilarPairs.of([
    [0, 1, 0.55],
    [1, 2, 0.62],
    [0, 2, 0.1],
    [2, 3, 0.55],
    [1, 3, 0.2],
    [3, 4, 0.45],
  ]);
  const average = [[0, 1], [2, 3], [4]];

  it('joins two groups when two of their events are at least the strong link alike', () => {
    expect(strongLinks(5, average, sims, 0.6)).toEqual([[0, 1, 2, 3], [4]]);
  });
  it('leaves the groups as they are without a pair that strong, or with the rule off', () => {
    expect(strongLinks(5, average, sims, 0.65)).toEqual(average);
    expect(strongLinks(5, average, sims, 0)).toEqual(average);
  });
});
