import { describe, expect, it } from 'vitest';
import { findCredits } from './credits';
import { fixtureArticle } from './fixtures';

describe('findCredits', () => {
  it('finds credit lines in sentences and removed text, skipping an outlet crediting itself', () => {
    const afp = fixtureArticle('afp', 'afp', 'AFP', [
      '"There are many corpses on the street," she told AFP.',
    ]);
    const reuters = fixtureArticle('reu', 'reuters', 'Reuters', ['Talks go on.'], {
      removed: ['(with Reuters)'],
    });
    const hindu = fixtureArticle('hin', 'the-hindu', 'The Hindu', ['Negotiators met, AFP reporters saw.'], {
      removed: ['Delegates shake hands in Brest. | Photo Credit: AFP'],
    });
    const ptv = fixtureArticle('ptv', 'press-tv', 'Press TV', ['Putin spoke.'], {
      removed: ['Putin chairs a meeting. (Photo by Reuters)', 'A rally in Washington. (AFP photo)'],
    });
    expect(
      findCredits([afp, reuters, hindu, ptv]).map((c) => [c.article, c.outlet, c.text, c.kind, c.where]),
    ).toEqual([
      ['hin', 'afp', 'AFP reporters', 'text', 'sentence'],
      ['hin', 'afp', 'Photo Credit: AFP', 'photo', 'removed'],
      ['ptv', 'reuters', 'Photo by Reuters', 'photo', 'removed'],
      ['ptv', 'afp', '(AFP photo)', 'photo', 'removed'],
    ]);
  });

  it('negative: a bare mention of an outlet is not a credit', () => {
    const a = fixtureArticle('fox', 'fox', 'Fox News', ['A Reuters photographer was hurt in Kyiv.']);
    expect(findCredits([a])).toEqual([]);
  });
});
