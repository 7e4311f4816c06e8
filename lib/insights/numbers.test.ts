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

/**
 * Local US news (gva-dev) as judged by hand: most figure pairs the rules above let through compared different things.
 * Each case is a sentence pair modelled on a wrong insight that must not come back, beside one that must stay.
 */
describe('numberInsights on local news: the same quantity of the same thing', () => {
  const pair = (left: string, right: string) => {
    const a = fixtureArticle('a', 'wral', 'WRAL', [left]);
    const b = fixtureArticle('b', 'wtvd', 'WTVD', [right]);
    return run([a, b], [{ a: [0], b: [0] }]).map((i) => readLabel(i, [a, b]));
  };

  it('negative: times of day are times, and "just before" / "around" one time is no mismatch', () => {
    expect(brief('The shooting happened just before 1 p.m. at the home, and at 10 o’clock he left.')).toEqual(
      [],
    );
    expect(
      pair(
        'Police said the shooting happened just before 1 p.m. on Elm Street.',
        'Police said the shooting happened around 1 p.m. on Elm Street.',
      ),
    ).toEqual([]);
  });

  it('negative: numbers inside names are not counts (MS-13, MS 13, Route 66, I-95, a photo gallery)', () => {
    expect(
      brief('He was an MS-13 member; MS 13 gang members fled on Route 66 and I-95 5 miles away.'),
    ).toEqual([['5 miles', 5, '', 'miles']]);
    expect(brief('Image 81 of 111 Mercedes Sanchez leaves flowers.')).toEqual([]);
    expect(
      pair(
        'Police arrested MS 13 gang members after the shooting.',
        'Police arrested six gang members after the shooting.',
      ),
    ).toEqual([]);
  });

  it('negative: a count at one hospital is not a count across hospitals', () => {
    expect(
      pair(
        'Two victims were taken to a hospital in critical condition.',
        'Six victims were taken to hospitals in critical condition.',
      ),
    ).toEqual([]);
  });

  it('negative: people shot across the city are not the people of one shooting', () => {
    expect(
      pair(
        'Nine people were shot across the city over the weekend, police said.',
        'Three people were shot in the attack, police said.',
      ),
    ).toEqual([]);
  });

  it('negative: a parole minimum is not the sentence', () => {
    expect(
      pair(
        'He will be eligible for parole after at least seven years.',
        'The judge sentenced him to 20 years in prison.',
      ),
    ).toEqual([]);
  });

  it('negative: people hurt and people arrested, killed and wounded, are different counts', () => {
    expect(
      pair(
        'Police said seven people were injured in a drive-by shooting Sunday night.',
        'Police have arrested two people in connection with the shooting Sunday night.',
      ),
    ).toEqual([]);
    expect(
      pair(
        'Two men were killed and seven people were wounded in the shooting.',
        'Two people were killed and seven more people shot in the shooting.',
      ),
    ).toEqual([]);
  });

  it('negative: a value the other outlet prints too, and a remainder, are not in dispute', () => {
    expect(
      pair(
        'Police believe he killed five members of his family and then shot himself.',
        'Police have identified five of six family members killed in the incident.',
      ),
    ).toEqual([]);
    expect(
      pair(
        'One of the three victims transported is in critical condition.',
        'The other two victims were transported in stable condition.',
      ),
    ).toEqual([]);
  });

  it('negative: sentences of two shootings on different days are not compared', () => {
    expect(
      pair(
        'Five people were wounded in a shooting in Back of the Yards on Thursday evening.',
        'About 10:40 p.m. Sunday, four people were wounded in a drive-by attack.',
      ),
    ).toEqual([]);
  });

  it('negative: an approximate figure is no mismatch with the value it rounds', () => {
    expect(
      pair('The club held 200 people at the time.', 'The club held around 200 people at the time.'),
    ).toEqual([]);
    // Decided: "about 210 pounds" is what 212 rounds to, so the outlets agree.
    expect(
      pair('The suspect weighs 212 pounds, police said.', 'The suspect weighs about 210 pounds.'),
    ).toEqual([]);
    expect(
      pair('A reward of up to $25,000 is offered.', 'A reward of as much as $25,000 is offered.'),
    ).toEqual([]);
  });

  it('positive: real discrepancies in local news stay', () => {
    expect(
      pair(
        'The shooting happened at 312 North Seminary Ave. late Friday.',
        'Officers were called to 313 N. Seminary Ave. late Friday.',
      ),
    ).toEqual(['WRAL: “312 North” · WTVD: “313 N”']);
    expect(
      pair(
        'Two people were killed and five others were injured in the shooting.',
        'Two people were killed and six others were injured in the shooting.',
      ),
    ).toEqual(['WRAL: “five others” · WTVD: “six others”']);
    expect(
      pair(
        'It happened in the 15000 block of South Ewing Avenue.',
        'It happened in the 15400 block of South Ewing Avenue.',
      ),
    ).toEqual(['WRAL: “15000 block” · WTVD: “15400 block”']);
    expect(
      pair(
        'Seven people were wounded in a drive-by shooting at a gathering.',
        'The six people wounded in a drive-by shooting were at a gathering.',
      ),
    ).toEqual(['WRAL: “Seven people” · WTVD: “six people”']);
    expect(pair('The club held 200 people.', 'The club held more than 200 people.')).toEqual([
      'WRAL: “200 people” · WTVD: “more than 200 people”',
    ]);
  });

  it('negative: the same number on another street is another house', () => {
    expect(
      pair(
        'Officers found him in the 6800 block of South Green with wounds to the head.',
        'He was found in the 11000 block of South Ewing with wounds to the head.',
      ),
    ).toEqual([]);
  });
});
