import { describe, expect, it } from 'vitest';
import { charTrigrams, contentStems, wordTokens } from './tokens';
import { normaliseForMatch } from './normalise';
import { cosine, documentFrequencies, tfidfVector } from './vectors';
import { termCounts } from './tokens';

describe('normaliseForMatch', () => {
  it('folds curly quotes, dashes, NBSP and case', () => {
    expect(normaliseForMatch('“Moscow’s” \u2013 Talks\u00A0Go')).toBe(`"moscow's" - talks go`);
  });
  it('reads U+FFFD as an apostrophe between letters and a double quote elsewhere', () => {
    expect(normaliseForMatch('the Union\uFFFDs \uFFFDZero-COVID\uFFFD plan')).toBe(
      `the union's "zero-covid" plan`,
    );
  });
  it('reads a U+FFFD standing between spaces as the dash it replaced', () => {
    expect(normaliseForMatch('BEIJING (AP) \uFFFD China')).toBe(
      normaliseForMatch('BEIJING (AP) \u2014 China'),
    );
  });
  it('drops zero-width characters', () => {
    expect(normaliseForMatch('Ky\u200Biv')).toBe('kyiv');
  });
});

describe('wordTokens', () => {
  it('keeps figures whole and drops possessives', () => {
    expect(wordTokens("Moscow's 2.5 million, 1,200 people")).toEqual([
      'moscow',
      '2.5',
      'million',
      '1200',
      'people',
    ]);
  });
  it('gives nothing for punctuation only', () => {
    expect(wordTokens('… — !')).toEqual([]);
  });
});

describe('contentStems', () => {
  it('drops stopwords and stems the rest', () => {
    expect(contentStems('The negotiators said talks continued')).toEqual(['negoti', 'talk', 'continu']);
  });
});

describe('charTrigrams', () => {
  it('pads the ends so short words count', () => {
    expect(charTrigrams('Kyiv')).toEqual([' ky', 'kyi', 'yiv', 'iv ']);
  });
});

describe('tfidf cosine', () => {
  it('is 1 for identical texts and 0 for disjoint ones', () => {
    const docs = [termCounts(['a', 'b']), termCounts(['a', 'b']), termCounts(['c'])];
    const df = documentFrequencies(docs);
    const v = docs.map((d) => tfidfVector(d, df, docs.length));
    expect(cosine(v[0]!, v[1]!)).toBeCloseTo(1, 10);
    expect(cosine(v[0]!, v[2]!)).toBe(0);
  });
});
