import { describe, expect, it } from 'vitest';
import type { Article } from '../types';
import {
  articleFeatures,
  averageLink,
  candidateSimilarities,
  clusterEvents,
  dayNumber,
  type ArticleFeatures,
} from './cluster';
import { fixtureArticle } from './fixture';
import { SimilarPairs } from './pairs';

/** The pairs (i < j) held, sorted. */
const pairsOf = (sims: SimilarPairs) => sims.sorted().map(([i, j]) => [i, j]);

// Three stories of one Tuesday, told by several outlets: a bridge vote, a wildfire, and a second bridge story (a
// different city, a different decision) that shares the topic words of the first.
const bridge = [
  fixtureArticle({
    id: 'courier-bridge',
    date: '2024-05-14',
    title: 'City council approves new Elm River bridge',
    body: [
      'The city council voted 7-2 on Tuesday to approve a new bridge across the Elm River, ending a decade of debate.',
      'The $40 million span will link the harbour district with Northgate, Mayor Ruth Calder said.',
      'Construction is due to start next spring and take three years.',
    ],
  }),
  fixtureArticle({
    id: 'gazette-bridge',
    date: '2024-05-14',
    title: 'Elm River bridge wins council backing',
    body: [
      'Councillors backed the Elm River bridge on Tuesday by seven votes to two.',
      'The $40 million crossing will connect Northgate to the harbour district, Mayor Ruth Calder told reporters.',
      'Opponents said the money should go to the ferry service instead.',
    ],
  }),
  fixtureArticle({
    id: 'herald-bridge',
    date: '2024-05-15',
    title: 'Northgate gets its bridge after council vote',
    body: [
      'Northgate will get its $40 million Elm River bridge after the city council approved it 7-2.',
      'Mayor Ruth Calder called the vote on the harbour district link a turning point for the city.',
    ],
  }),
];

const wildfire = [
  fixtureArticle({
    id: 'courier-fire',
    date: '2024-05-14',
    title: 'Wildfire forces evacuation of Pine Hills villages',
    body: [
      'Firefighters battled a wildfire in the Pine Hills on Tuesday as 2,000 residents of three villages were evacuated.',
      'Strong winds pushed the flames towards Ashford, fire chief Dana Okafor said, and two homes were lost.',
    ],
  }),
  fixtureArticle({
    id: 'gazette-fire',
    date: '2024-05-14',
    title: '2,000 flee Pine Hills wildfire',
    body: [
      'About 2,000 people left three villages in the Pine Hills on Tuesday as a wildfire spread in strong winds.',
      'Fire chief Dana Okafor said two homes near Ashford had burned and crews were digging firebreaks overnight.',
    ],
  }),
];

const otherBridge = [
  fixtureArticle({
    id: 'courier-toll',
    date: '2024-05-14',
    title: 'Lakeside scraps toll on Cedar Point bridge',
    body: [
      'Lakeside town council voted on Tuesday to scrap the $3 toll on the Cedar Point bridge from July.',
      'Councillor Ian Marsh said the toll had raised less than it cost to collect.',
    ],
  }),
  fixtureArticle({
    id: 'gazette-toll',
    date: '2024-05-14',
    title: 'Cedar Point bridge toll to end in July',
    body: [
      'Drivers will stop paying the $3 toll on the Cedar Point bridge in July after Lakeside council scrapped it.',
      'Ian Marsh, who proposed the change, said collecting the toll cost more than it raised.',
    ],
  }),
];

const ids = (groups: string[][]) => groups.map((g) => g.join(' + '));

describe('clusterEvents', () => {
  it('groups the outlets that told one story and keeps a different story of the same day apart', () => {
    expect(ids(clusterEvents([...bridge, ...wildfire]))).toEqual([
      'courier-bridge + gazette-bridge + herald-bridge',
      'courier-fire + gazette-fire',
    ]);
  });

  it('keeps two stories on the same topic, on the same day, apart', () => {
    expect(ids(clusterEvents([...bridge, ...otherBridge, ...wildfire]))).toEqual([
      'courier-bridge + gazette-bridge + herald-bridge',
      'courier-fire + gazette-fire',
      'courier-toll + gazette-toll',
    ]);
  });

  it('gives an article no other outlet covered an event of its own', () => {
    expect(ids(clusterEvents([bridge[0]!, wildfire[0]!]))).toEqual(['courier-bridge', 'courier-fire']);
  });

  it('gives nothing for no articles', () => {
    expect(clusterEvents([])).toEqual([]);
  });

  it('never joins articles further apart than the date window', () => {
    const copy = (id: string, date: string) => fixtureArticle({ ...sourceOf(bridge[0]!), id, date });
    const articles = [
      copy('a-bridge', '2024-05-14'),
      copy('b-bridge', '2024-05-18'),
      copy('c-bridge', '2024-05-23'),
    ];
    // Without the per-day decay, the window alone decides.
    const window = (windowDays: number) => ids(clusterEvents(articles, { windowDays, dayDecay: 0 }));
    expect(window(4)).toEqual(['a-bridge + b-bridge', 'c-bridge']);
    expect(window(3)).toEqual(['a-bridge', 'b-bridge', 'c-bridge']);
    expect(window(9)).toEqual(['a-bridge + b-bridge + c-bridge']);
    // With it, identical text four days on still joins (1 × 0.4); c, five days after b (0.25) and nine after a (0),
    // averages 0.125 with them and stays apart.
    expect(ids(clusterEvents(articles, { windowDays: 9, dayDecay: 0.15, threshold: 0.13 }))).toEqual([
      'a-bridge + b-bridge',
      'c-bridge',
    ]);
  });

  it('compares an undated article with every date', () => {
    const undated = fixtureArticle({ ...sourceOf(bridge[1]!), id: 'wire-bridge', date: null });
    const far = fixtureArticle({ ...sourceOf(bridge[2]!), date: '2024-09-01' });
    expect(ids(clusterEvents([bridge[0]!, undated, far]))).toEqual([
      'courier-bridge + herald-bridge + wire-bridge',
    ]);
  });

  it('gives the same groups whatever the input order', () => {
    const all = [...bridge, ...otherBridge, ...wildfire];
    const expected = clusterEvents(all);
    // Every rotation and its reverse: a fixed set of orders, so the test is the same on every run.
    for (let r = 0; r < all.length; r++) {
      const rotated = [...all.slice(r), ...all.slice(0, r)];
      expect(clusterEvents(rotated)).toEqual(expected);
      expect(clusterEvents(rotated.reverse())).toEqual(expected);
    }
  });
});

/** The fields of an article that `fixtureArticle` takes back, to make a variant of it. */
function sourceOf(a: Article) {
  return {
    id: a.id,
    date: a.date,
    title: a.title,
    titleSource: a.titleSource,
    body: a.blocks.map((b) => b.text),
  };
}

describe('dayNumber', () => {
  it('counts days since 1970-01-01 and refuses anything but YYYY-MM-DD', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2022-03-11')).toBe(19062);
    expect(dayNumber('2022-03-11T10:00')).toBeNull();
    expect(dayNumber('2022-13-45')).toBeNull();
    expect(dayNumber(null)).toBeNull();
  });
});

describe('articleFeatures', () => {
  it('weights the headline up, and names and figures up, and gives unit vectors', () => {
    const [f] = articleFeatures([bridge[0]!, wildfire[0]!], { titleWeight: 4, entityWeight: 2 });
    const v = f!.vector;
    let norm = 0;
    for (const w of v.values()) norm += w * w;
    expect(norm).toBeCloseTo(1, 12);
    // "approv" is in the headline, "start" only in the body: same document frequency, one occurrence each.
    expect(v.get('approv')!).toBeGreaterThan(v.get('start')!);
    // "calder" is a name mid-sentence, "link" a plain body word of the same paragraph.
    expect(v.get('calder')!).toBeGreaterThan(v.get('link')!);
  });
});

describe('candidateSimilarities', () => {
  const vector = (terms: string[]) => new Map(terms.map((t) => [t, 1 / Math.sqrt(terms.length)]));
  const feature = (id: string, day: number | null, terms: string[]): ArticleFeatures => ({
    id,
    day,
    vector: vector(terms),
  });

  it('compares only articles that share a top term within the window', () => {
    const features = [
      feature('a', 100, ['bridge', 'vote']),
      feature('b', 102, ['bridge', 'ferry']),
      feature('c', 110, ['bridge', 'vote']),
      feature('d', 101, ['fire', 'wind']),
    ];
    const sims = candidateSimilarities(features, { windowDays: 4, dayDecay: 0, minSharedTerms: 1 });
    // Only (a, b) share a term within 4 days.
    expect(pairsOf(sims)).toEqual([[0, 1]]);
    expect(sims.get(0, 1)).toBeCloseTo(0.5, 12);
  });

  it('by default never compares a report four days on, however alike (the next development is a new event)', () => {
    const features = [
      feature('a', 100, ['talks', 'putin']),
      feature('b', 103, ['talks', 'putin']),
      feature('c', 104, ['talks', 'putin']),
    ];
    // (a, b) three days apart are compared; (a, c) four days apart are not; (b, c) one day apart are.
    expect(pairsOf(candidateSimilarities(features))).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('takes a share of the similarity off per day between the two articles', () => {
    const features = [
      feature('a', 100, ['bridge', 'vote']),
      feature('b', 102, ['bridge', 'ferry']),
      feature('c', null, ['bridge', 'vote']),
    ];
    const sims = candidateSimilarities(features, { windowDays: 4, dayDecay: 0.15, minSharedTerms: 1 });
    // (a, b): 0.5 × (1 − 2 × 0.15); an undated article loses nothing.
    expect(pairsOf(sims)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
    expect(sims.get(0, 1)).toBeCloseTo(0.35, 12);
    expect(sims.get(0, 2)).toBeCloseTo(1, 12);
    expect(sims.get(1, 2)).toBeCloseTo(0.5, 12);
  });

  it('skips a term held by more articles in the window than maxPostings, so common words cost nothing', () => {
    const features = Array.from({ length: 6 }, (_, i) => feature(`x${i}`, 100, ['news', `only${i}`]));
    expect(candidateSimilarities(features, { maxPostings: 5, minSharedTerms: 1 }).size).toBe(0);
    expect(candidateSimilarities(features, { maxPostings: 6, minSharedTerms: 1 }).size).toBe(15);
  });

  it('compares two articles only when they share enough of their top terms', () => {
    const features = [
      feature('a', 100, ['bridge', 'vote', 'calder']),
      feature('b', 100, ['bridge', 'vote', 'ferry']),
      feature('c', 100, ['bridge', 'fire', 'wind']),
    ];
    // a and b share two terms, c shares one with each.
    expect(pairsOf(candidateSimilarities(features, { minSharedTerms: 2 }))).toEqual([[0, 1]]);
    expect(pairsOf(candidateSimilarities(features, { minSharedTerms: 1 }))).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it('holds a pair once, whichever of the two found it', () => {
    // With candidateTerms 1, c looks up only "vote" and finds a; a looks up only "bridge", which c does not hold
    // among its strongest, so (a, c) is found from c's side alone; (a, b) is found from both sides.
    const a = {
      id: 'a',
      day: 100,
      vector: new Map([
        ['bridge', 0.8],
        ['vote', 0.6],
      ]),
    };
    const b = {
      id: 'b',
      day: 100,
      vector: new Map([
        ['bridge', 0.8],
        ['ferry', 0.6],
      ]),
    };
    const c = { id: 'c', day: 100, vector: new Map([['vote', 1]]) };
    const sims = candidateSimilarities([a, b, c], { candidateTerms: 1, indexTerms: 2, minSharedTerms: 1 });
    expect(sims.sorted()).toEqual([
      [0, 1, expect.closeTo(0.64, 12)],
      [0, 2, expect.closeTo(0.6, 12)],
    ]);
  });

  it('looks a term up only among the articles that have it in their own strongest terms', () => {
    // b holds "vote" only as its weaker term: with indexTerms 1, a finds nothing there (and b looks up only "ferry").
    const a = { id: 'a', day: 100, vector: new Map([['vote', 1]]) };
    const b = {
      id: 'b',
      day: 100,
      vector: new Map([
        ['ferry', 0.9],
        ['vote', Math.sqrt(1 - 0.81)],
      ]),
    };
    expect(candidateSimilarities([a, b], { indexTerms: 1, candidateTerms: 1, minSharedTerms: 1 }).size).toBe(
      0,
    );
    expect(candidateSimilarities([a, b], { indexTerms: 2, candidateTerms: 1, minSharedTerms: 1 }).size).toBe(
      1,
    );
  });
  it('takes sameOutletPenalty off the similarity of two articles of one outlet, and only then', () => {
    const features = [
      { ...feature('a', 100, ['bridge', 'vote']), outlet: 'courier' },
      { ...feature('b', 100, ['bridge', 'vote']), outlet: 'courier' },
      { ...feature('c', 100, ['bridge', 'vote']), outlet: 'gazette' },
      feature('d', 100, ['bridge', 'vote']),
    ];
    const sims = candidateSimilarities(features, { minSharedTerms: 1 });
    // (a, b): one outlet, 1 − 0.06; (a, c) two outlets; (d, …) no outlet known: never "the same".
    expect(sims.get(0, 1)).toBeCloseTo(0.94, 12);
    expect(sims.get(0, 2)).toBeCloseTo(1, 12);
    expect(sims.get(0, 3)).toBeCloseTo(1, 12);
    expect(
      candidateSimilarities(features, { minSharedTerms: 1, sameOutletPenalty: 0 }).get(0, 1),
    ).toBeCloseTo(1, 12);
  });
});

describe('averageLink', () => {
  // Articles 0-1 and 2-3 are two tight pairs; across them the similarity is 0.3 everywhere.
  const sims = SimilarPairs.of([
    [0, 1, 0.8],
    [2, 3, 0.8],
    [0, 2, 0.3],
    [0, 3, 0.3],
    [1, 2, 0.3],
    [1, 3, 0.3],
  ]);

  it('merges clusters whose average similarity clears the threshold', () => {
    expect(averageLink(4, sims, 0.25)).toEqual([[0, 1, 2, 3]]);
    expect(averageLink(4, sims, 0.35)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('keeps two tight clusters apart when they are much less alike than each is inside', () => {
    // 0.3 < 0.7 × min(0.8, 0.8): apart; with the cap at 0.4 the bar is 0.28 and they merge.
    expect(averageLink(4, sims, 0.25, 0.7)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(averageLink(4, sims, 0.25, 0.7, 0.4)).toEqual([[0, 1, 2, 3]]);
  });

  it('lets a single article join on the threshold alone', () => {
    const three = SimilarPairs.of([
      [0, 1, 0.9],
      [0, 2, 0.2],
      [1, 2, 0.2],
    ]);
    expect(averageLink(3, three, 0.15, 0.7)).toEqual([[0, 1, 2]]);
  });

  it('counts pairs never compared as 0', () => {
    // 2 is like 0 but was never compared with 1: the average to {0, 1} is 0.5 / 2.
    const partial = SimilarPairs.of([
      [0, 1, 0.9],
      [0, 2, 0.5],
    ]);
    expect(averageLink(3, partial, 0.3)).toEqual([[0, 1], [2]]);
    expect(averageLink(3, partial, 0.25)).toEqual([[0, 1, 2]]);
  });
});

/** Unrelated news of one day, so that idf means something in a small test corpus. */
function unrelatedNews(date: string, weekday: string) {
  return [
    'school budget vote',
    'river flood warning',
    'stadium parking plan',
    'library reopens downtown',
    'zoo welcomes giraffe',
    'bus fares rise',
    'hospital wing opens',
    'county fair returns',
  ].map((t, k) =>
    fixtureArticle({
      id: `paper${k}-filler`,
      date,
      title: t,
      body: [`The ${t} story was reported on ${weekday} by the ${t.split(' ')[0]} committee.`],
    }),
  );
}

describe('clusterEvents: one outlet, two shootings', () => {
  // A station's two reports of two shootings in one city on consecutive days share its furniture line, "Metro police
  // said" and the topic; a paper's report of the first shooting shares the victim and the street. Unrelated news of
  // the same days fills the corpus so that idf means something.
  const furniture = 'Download the WKRN News 2 app for breaking news alerts.';
  const fillers = unrelatedNews('2016-05-02', 'Monday');
  const articles = [
    fixtureArticle({
      id: 'wkrn-antioch',
      date: '2016-05-02',
      title: 'Man shot outside Antioch apartment',
      body: [
        'A man was shot outside an apartment complex on Bell Road in Antioch on Monday night, Metro police said.',
        'Officers found Darnell Hayes, 24, with a wound to the leg; he is expected to survive.',
        furniture,
      ],
    }),
    fixtureArticle({
      id: 'wkrn-madison',
      date: '2016-05-03',
      title: 'Teen shot at Madison gas station',
      body: [
        'A 16-year-old was shot at a gas station on Gallatin Pike in Madison on Tuesday, Metro police said.',
        'The teen was taken to hospital in critical condition and no arrest has been made.',
        furniture,
      ],
    }),
    fixtureArticle({
      id: 'tennessean-antioch',
      date: '2016-05-03',
      title: 'Antioch man wounded in Bell Road shooting',
      body: [
        'Darnell Hayes, 24, was shot in the leg outside his apartment on Bell Road in Antioch late Monday, police said.',
        'Hayes told officers two men approached him in the parking lot.',
      ],
    }),
    ...fillers,
  ];
  const shootings = (groups: string[][]) => groups.filter((g) => !g[0]!.includes('filler'));

  it("keeps the station's second shooting apart, and the paper's report with the first", () => {
    expect(shootings(clusterEvents(articles))).toEqual([
      ['tennessean-antioch', 'wkrn-antioch'],
      ['wkrn-madison'],
    ]);
  });
  it('joins all three without the same-outlet penalty (what the rule is for)', () => {
    expect(shootings(clusterEvents(articles, { sameOutletPenalty: 0 }))).toEqual([
      ['tennessean-antioch', 'wkrn-antioch', 'wkrn-madison'],
    ]);
  });
});

describe('clusterEvents: a page whose text is not its headline', () => {
  // A station's page on a shooting whose text is a travel sidebar (the news is in the headline only), another outlet's
  // report of the same shooting, a third shooting of the same day, and unrelated news so that idf means something.
  const fillers = unrelatedNews('2015-10-27', 'Tuesday');
  const cities = [
    'Lyon',
    'Nice',
    'Bordeaux',
    'Marseille',
    'Strasbourg',
    'Lille',
    'Nantes',
    'Toulouse',
    'Rennes',
  ];
  const articles = [
    fixtureArticle({
      id: 'cbs-fortworth',
      date: '2015-10-27',
      title: '5 People Injured By Man With A Shotgun In Fort Worth',
      body: [
        'Five Must-See Destinations In Paris: the Louvre, the Eiffel Tower and the cafés of the Left Bank are essential.',
        'Nothing beats a museum morning and a monument at sunset, our travel editors say.',
        'Montmartre offers painters, staircases and a basilica with a view over the rooftops.',
        'Versailles is a short train ride away, with gardens, fountains and a hall of mirrors.',
        'Book the Orsay ahead: its Impressionists draw queues from opening time.',
        ...cities.map(
          (city) => `Take the train to ${city} for its markets, bridges, cathedrals and wine bars.`,
        ),
      ],
    }),
    fixtureArticle({
      id: 'wfaa-fortworth',
      date: '2015-10-27',
      title: 'Five injured by gunfire in Fort Worth',
      body: [
        'Five people were injured when a man opened fire with a shotgun on Southcrest Drive in south Fort Worth on Tuesday, police said.',
        'Officers arrested Peter Smith, 41, at the scene.',
      ],
    }),
    fixtureArticle({
      id: 'star-arlington',
      date: '2015-10-27',
      title: 'Man shot at Arlington gas station',
      body: [
        'A man was shot at a gas station on Cooper Street in Arlington on Tuesday, police said.',
        'He was taken to a hospital with a wound to the arm.',
      ],
    }),
    ...fillers,
  ];
  const news = (groups: string[][]) => groups.filter((g) => !g[0]!.includes('filler'));
  // A lighter headline weight stands in for the several hundred words of sidebars such pages hold.
  const o = { titleWeight: 2 };

  it('clusters it by its headline, with the report of the same shooting', () => {
    expect(news(clusterEvents(articles, o))).toEqual([
      ['cbs-fortworth', 'wfaa-fortworth'],
      ['star-arlington'],
    ]);
  });
  it('leaves it alone without the rule (what the rule is for)', () => {
    expect(news(clusterEvents(articles, { ...o, titleCoverage: 0 }))).toEqual([
      ['cbs-fortworth'],
      ['star-arlington'],
      ['wfaa-fortworth'],
    ]);
  });
});

describe('averageLink on typed pairs', () => {
  /** Average link as it was on a `Map` keyed `i * n + j`, with a heap of objects: the answer to keep. */
  function mapAverageLink(
    n: number,
    sims: Map<number, number>,
    threshold: number,
    ratio: number,
    cap: number,
  ) {
    const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
    const inner = new Array<number>(n).fill(0);
    const cohesion = (c: number) => inner[c]! / ((members[c]!.length * (members[c]!.length - 1)) / 2);
    const links: Map<number, number>[] = Array.from({ length: n }, () => new Map());
    const version = new Array<number>(n).fill(0);
    for (const [key, s] of sims) {
      if (s <= 0) continue;
      links[Math.floor(key / n)]!.set(key % n, s);
      links[key % n]!.set(Math.floor(key / n), s);
    }
    const heap: { sim: number; a: number; b: number; va: number; vb: number }[] = [];
    const pushPair = (a: number, b: number, sum: number) => {
      const [na, nb] = [members[a]!.length, members[b]!.length];
      const sim = sum / (na * nb);
      if (sim < threshold) return;
      if (ratio > 0 && na > 1 && nb > 1 && sim < ratio * Math.min(cap, cohesion(a), cohesion(b))) return;
      const [x, y] = a < b ? [a, b] : [b, a];
      heap.push({ sim, a: x, b: y, va: version[x]!, vb: version[y]! });
    };
    for (let i = 0; i < n; i++) for (const [j, s] of links[i]!) if (i < j) pushPair(i, j, s);
    for (;;) {
      // The first entry by (similarity down, a, b): what the heap pops.
      let best = -1;
      heap.forEach((m, k) => {
        const o = heap[best];
        if (!o || m.sim > o.sim || (m.sim === o.sim && (m.a < o.a || (m.a === o.a && m.b < o.b)))) best = k;
      });
      if (best < 0) break;
      const m = heap.splice(best, 1)[0]!;
      if (m.va !== version[m.a] || m.vb !== version[m.b] || !members[m.a] || !members[m.b]) continue;
      const { a, b } = m;
      inner[a] = inner[a]! + inner[b]! + m.sim * members[a]!.length * members[b]!.length;
      members[a] = members[a]!.concat(members[b]!);
      members[b] = null;
      version[a]!++;
      const la = links[a]!;
      for (const [c, s] of links[b]!) {
        if (c === a) continue;
        la.set(c, (la.get(c) ?? 0) + s);
        links[c]!.set(a, (links[c]!.get(a) ?? 0) + s);
        links[c]!.delete(b);
      }
      la.delete(b);
      links[b] = new Map();
      for (const [c, s] of la) pushPair(a, c, s);
    }
    return members.filter((g): g is number[] => g !== null);
  }

  /** A deterministic generator (mulberry32), so a failure can be run again. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('gives the Map version’s clusters, members in merge order, on random graphs in any pair order', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rand = random(seed);
      const n = 5 + Math.floor(rand() * 40);
      const triples: [number, number, number][] = [];
      const map = new Map<number, number>();
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          if (rand() > 0.25) continue;
          // Similarities on a coarse grid, so that ties between merges are common; some at or below 0.
          const s = Math.round(rand() * 10) / 10 - 0.1;
          triples.push([i, j, s]);
          map.set(i * n + j, s);
        }
      }
      // Pairs in a shuffled order, either member first.
      const shuffled = triples
        .map((t) => ({ t: (rand() < 0.5 ? [t[1], t[0], t[2]] : t) as [number, number, number], r: rand() }))
        .sort((x, y) => x.r - y.r)
        .map((x) => x.t);
      for (const [threshold, ratio, cap] of [
        [0.15, 0, 1],
        [0.3, 0.65, 0.5],
      ] as const) {
        const expected = mapAverageLink(n, map, threshold, ratio, cap);
        expect(averageLink(n, SimilarPairs.of(triples), threshold, ratio, cap)).toEqual(expected);
        expect(averageLink(n, SimilarPairs.of(shuffled), threshold, ratio, cap)).toEqual(expected);
      }
    }
  });
});
