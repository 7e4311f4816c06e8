import { describe, expect, it } from 'vitest';
import { buildInsightContext } from './context';
import { fixtureArticle, fixtureEvent, readLabel } from './fixtures';
import { findFigures, numberInsights } from './numbers';

function run(...args: Parameters<typeof fixtureEvent>) {
  return numberInsights(buildInsightContext(fixtureEvent(...args), args[0]));
}

const brief = (text: string) => findFigures(text).map((f) => [f.text, f.value, f.qualifier, f.noun]);

describe('findFigures', () => {
  it('reads digits and words with scale, qualifier and counted noun', () => {
    expect(brief('a conflict that has caused 2.5 million people to flee')).toEqual([
      ['2.5 million people', 2_500_000, '', 'people'],
    ]);
    expect(brief('The conflict has displaced more than two million people.')).toEqual([
      ['more than two million people', 2_000_000, 'more than', 'people'],
    ]);
    expect(brief('with at least four Ukrainian servicemen killed and six injured in strikes')).toEqual([
      ['at least four Ukrainian servicemen', 4, 'at least', 'servicemen'],
      ['six injured', 6, '', 'injured'],
    ]);
    expect(brief('more than 1,200 civilians killed; hundreds of thousands of civilians remain')).toEqual([
      ['more than 1,200 civilians', 1200, 'more than', 'civilians'],
      ['hundreds of thousands of civilians', 100_000, '', 'civilians'],
    ]);
    expect(brief('a budget including $14 billion in aid')).toEqual([['$14 billion', 14e9, '', 'dollars']]);
    expect(brief('he would not accept anything less than $5.7 billion')).toEqual([
      ['$5.7 billion', 5.7e9, '', 'dollars'],
    ]);
  });

  it('skips dates, years, times, ordinals, ages and other hyphenated compounds', () => {
    expect(
      brief(
        'On March 11, 2022 at 23:25 IST, for the 20th day, a 24-hour ceasefire failed, said a 38-year-old teacher, one of the few left after Sept. 11 hijackers struck.',
      ),
    ).toEqual([]);
  });
});

describe('numberInsights', () => {
  it('finds 2.5 million vs more than two million people in one row', () => {
    const afp = fixtureArticle('afp', 'afp', 'AFP', [
      'The UN says the war has caused 2.5 million people to flee.',
    ]);
    const ptv = fixtureArticle('ptv', 'press-tv', 'Press TV', [
      'The military conflict has so far displaced more than two million people.',
    ]);
    const out = run([afp, ptv], [{ afp: [0], ptv: [0] }]);
    expect(out.map((i) => [i.rows, readLabel(i, [afp, ptv])])).toEqual([
      [[0], 'AFP: “2.5 million people” · Press TV: “more than two million people”'],
    ]);
    // As parts: outlets by id (the page names them), the figures as printed.
    expect(out[0]!.label).toEqual([
      { outlet: 'afp' },
      { text: ': ' },
      { word: '2.5 million people' },
      { text: ' · ' },
      { outlet: 'press-tv' },
      { text: ': ' },
      { word: 'more than two million people' },
    ]);
    expect(out[0]!.figures.map((f) => [f.value, f.qualifier, f.noun])).toEqual([
      [2_500_000, '', 'people'],
      [2_000_000, 'more than', 'people'],
    ]);
  });

  it('finds the same count given flat and with "at least"', () => {
    const afp = fixtureArticle('afp', 'afp', 'AFP', [
      'Four Ukrainian servicemen were killed in strikes on the Lutsk airport.',
    ]);
    const ptv = fixtureArticle('ptv', 'press-tv', 'Press TV', [
      'At least four Ukrainian servicemen were killed and six injured on the Lutsk airport.',
    ]);
    expect(run([afp, ptv], [{ afp: [0], ptv: [0] }]).map((i) => readLabel(i, [afp, ptv]))).toEqual([
      'AFP: “Four Ukrainian servicemen” · Press TV: “At least four Ukrainian servicemen”',
    ]);
  });

  it('negative: the same figure given alike is no difference', () => {
    const a = fixtureArticle('a', 'reuters', 'Reuters', ['All 330 patients were in the shelter.']);
    const b = fixtureArticle('b', 'press-tv', 'Press TV', ['The 330 patients hid in a bomb shelter.']);
    expect(run([a, b], [{ a: [0], b: [0] }])).toEqual([]);
  });

  it('negative: the same number about different things is not compared', () => {
    const a = fixtureArticle('a', 'afp', 'AFP', ['Strikes destroyed five houses in Oskil.']);
    const b = fixtureArticle('b', 'reuters', 'Reuters', ['Strikes in Oskil killed two guards.']);
    expect(run([a, b], [{ a: [0], b: [0] }])).toEqual([]);
  });

  it('negative: one noun counting different things, orders of magnitude apart, is not compared', () => {
    const a = fixtureArticle('a', 'afp', 'AFP', [
      'The bombing killed three people, after 2.5 million people fled.',
    ]);
    const b = fixtureArticle('b', 'reuters', 'Reuters', ['The bombing killed three people.']);
    expect(run([a, b], [{ a: [0], b: [0] }])).toEqual([]);
  });

  it('negative: different figures in different rows are not compared', () => {
    const a = fixtureArticle('a', 'afp', 'AFP', ['The UN says 2.5 million people fled.', 'Sumy is quiet.']);
    const b = fixtureArticle('b', 'ap', 'AP', ['Kyiv is shelled.', 'More than 3 million people have fled.']);
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
});
