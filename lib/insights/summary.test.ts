import { describe, expect, it } from 'vitest';
import { fixtureArticle, fixtureEvent } from './fixtures';
import { summariseOutlets } from './summary';

describe('summariseOutlets', () => {
  it('counts sentences shared with all, some or none of the other articles', () => {
    const a = fixtureArticle('a', 'afp', 'AFP', ['s0', 's1', 's2', 's3', 's4']);
    const b = fixtureArticle('b', 'reuters', 'Reuters', ['t0', 't1']);
    const c = fixtureArticle('c', 'press-tv', 'Press TV', ['u0', 'u1']);
    // Row 0: all three (a spans two sentences); row 1: a and b; row 2: a alone; a's s4 and c's u1 are in no row.
    const event = fixtureEvent([a, b, c], [{ a: [0, 1], b: [0], c: [0] }, { a: [2], b: [1] }, { a: [3] }]);
    expect(
      summariseOutlets(event, [c, b, a]).map((s) => [
        s.outlet,
        s.sentences,
        s.sharedWithAll,
        s.sharedWithSome,
        s.own,
      ]),
    ).toEqual([
      ['afp', 5, 2, 1, 2],
      ['reuters', 2, 1, 1, 0],
      ['press-tv', 2, 1, 0, 1],
    ]);
  });

  it('splits its own sentences into those another article tells differently and those told only here', () => {
    const a = fixtureArticle('a', 'afp', 'AFP', ['s0', 's1', 's2', 's3']);
    const b = fixtureArticle('b', 'reuters', 'Reuters', ['t0', 't1']);
    // s0 is shared; s1 and s2 are told differently by t1 (one link, a span); s3 has nothing related anywhere.
    const event = {
      ...fixtureEvent([a, b], [{ a: [0], b: [0] }, { a: [1] }, { a: [2] }, { a: [3] }, { b: [1] }]),
      related: [{ a: 'a', ai: [1, 2], b: 'b', bi: [1], score: 0.3, shared: ['Izyum'] }],
    };
    expect(
      summariseOutlets(event, [a, b]).map((s) => [s.outlet, s.own, s.toldElsewhere, s.onlyHere]),
    ).toEqual([
      ['afp', 3, 2, 1],
      ['reuters', 1, 1, 0],
    ]);
  });

  it('gives a lone article only its own sentences', () => {
    const a = fixtureArticle('a', 'afp', 'AFP', ['s0', 's1']);
    expect(summariseOutlets(fixtureEvent([a], [{ a: [0] }, { a: [1] }]), [a])).toEqual([
      {
        article: 'a',
        outlet: 'afp',
        outletName: 'AFP',
        sentences: 2,
        sharedWithAll: 0,
        sharedWithSome: 0,
        own: 2,
        toldElsewhere: 0,
        onlyHere: 2,
      },
    ]);
  });
});
