import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load';
import { tfidfVector } from '../text/vectors';
import { fixtureArticle } from './fixture';
import {
  assignEventIds,
  emptyRegistry,
  normaliseRegistry,
  headlineSlug,
  termVectors,
  type EventIdRegistry,
} from './ids';
import { corpusTerms } from './terms';

const article = (id: string, date: string | null, title: string, body: string, derived = false) =>
  fixtureArticle({ id, date, title, titleSource: derived ? 'derived' : 'field', body: [body] });

const talks = [
  article(
    'afp-talks',
    '2022-03-11',
    'Russian President Vladimir Putin on Friday said there had been some progress',
    'Russian President Vladimir Putin on Friday said there had been some progress in talks with Ukraine.',
    true,
  ),
  article(
    'press-tv-talks',
    '2022-03-11',
    "Putin cites 'some progress' in talks with Ukraine",
    'Putin says there has been some progress in talks between Moscow and Kyiv.',
  ),
  article(
    'reuters-talks',
    '2022-03-10',
    'Putin says some progress in Ukraine talks, gives no details',
    'Putin said on Friday there had been some progress in negotiations with Ukraine.',
  ),
];
const fire = [
  article('courier-fire', '2022-03-11', 'Wildfire forces evacuation of hill villages', 'A wildfire spread.'),
];

/** Event id → its articles, the shape most assertions below read best in. */
const byId = (events: { id: string; articleIds: string[] }[]) =>
  Object.fromEntries(events.map((e) => [e.id, e.articleIds.join(' + ')]));

describe('headlineSlug', () => {
  it('keeps ASCII letters and digits, drops accents, joins apostrophes, stops at 8 words', () => {
    expect(headlineSlug("Putin cites 'some progress' in talks with Ukraine")).toBe(
      'putin-cites-some-progress-in-talks-with-ukraine',
    );
    expect(headlineSlug('Zelenskyy’s café talks: 2,000 flee — Kyiv')).toBe(
      'zelenskyys-cafe-talks-2-000-flee-kyiv',
    );
    expect(headlineSlug('one two three four five six seven eight nine ten')).toBe(
      'one-two-three-four-five-six-seven-eight',
    );
  });
  it('gives "event" for a headline without Latin letters or digits', () => {
    expect(headlineSlug('Путин о переговорах')).toBe('event');
    expect(headlineSlug('')).toBe('event');
  });
});

describe('assignEventIds', () => {
  it('names an event after its earliest date and its most representative real headline', () => {
    const { events } = assignEventIds([talks.map((a) => a.id)], talks, emptyRegistry());
    expect(events).toEqual([
      {
        id: '2022-03-10-putin-cites-some-progress-in-talks-with-ukraine',
        date: '2022-03-10',
        title: "Putin cites 'some progress' in talks with Ukraine",
        articleIds: ['afp-talks', 'press-tv-talks', 'reuters-talks'],
        rows: [],
      },
    ]);
  });

  it('uses a derived title only when no member has a real one', () => {
    const { events } = assignEventIds([['afp-talks']], talks, emptyRegistry());
    expect(events[0]!.title).toBe(
      'Russian President Vladimir Putin on Friday said there had been some progress',
    );
    expect(events[0]!.id).toBe('2022-03-11-russian-president-vladimir-putin-on-friday-said-there');
  });

  it('calls an event with no dated article "undated"', () => {
    const loose = article('x-loose', null, 'Rains return', 'It rained.');
    expect(assignEventIds([['x-loose']], [loose], emptyRegistry()).events[0]!.id).toBe(
      'undated-rains-return',
    );
  });

  it('gives the same ids for the same corpus, from scratch or from its own registry', () => {
    const groups = [talks.map((a) => a.id), ['courier-fire']];
    const first = assignEventIds(groups, [...talks, ...fire], emptyRegistry());
    const again = assignEventIds([...groups].reverse(), [...fire, ...talks].reverse(), emptyRegistry());
    const rebuilt = assignEventIds(groups, [...talks, ...fire], first.registry);
    expect(byId(first.events)).toEqual({
      '2022-03-10-putin-cites-some-progress-in-talks-with-ukraine':
        'afp-talks + press-tv-talks + reuters-talks',
      '2022-03-11-wildfire-forces-evacuation-of-hill-villages': 'courier-fire',
    });
    expect(again.events).toEqual(first.events);
    expect(rebuilt.events).toEqual(first.events);
    expect(rebuilt.registry).toEqual(first.registry);
  });

  it('keeps an id when articles join its event, even when the best headline changes', () => {
    const before = assignEventIds([['afp-talks', 'reuters-talks']], talks, emptyRegistry());
    expect(before.events.map((e) => e.id)).toEqual([
      '2022-03-10-putin-says-some-progress-in-ukraine-talks-gives',
    ]);
    const after = assignEventIds(
      [talks.map((a) => a.id), ['courier-fire']],
      [...talks, ...fire],
      before.registry,
    );
    expect(byId(after.events)).toEqual({
      '2022-03-10-putin-says-some-progress-in-ukraine-talks-gives':
        'afp-talks + press-tv-talks + reuters-talks',
      '2022-03-11-wildfire-forces-evacuation-of-hill-villages': 'courier-fire',
    });
    // Press TV's headline is the better one now: the title follows it, the permalink stays.
    expect(after.events[0]!.title).toBe("Putin cites 'some progress' in talks with Ukraine");
  });

  it('keeps the id of the larger share when two known events merge, and the other as an alias', () => {
    const registry: EventIdRegistry = {
      version: 1,
      events: {
        'talks-a': { articles: ['afp-talks', 'press-tv-talks'] },
        'talks-b': { articles: ['reuters-talks'], aliases: ['talks-c'] },
      },
    };
    const { events, registry: next } = assignEventIds([talks.map((a) => a.id)], talks, registry);
    expect(events).toEqual([
      {
        id: 'talks-a',
        date: '2022-03-10',
        title: "Putin cites 'some progress' in talks with Ukraine",
        articleIds: ['afp-talks', 'press-tv-talks', 'reuters-talks'],
        rows: [],
        aliases: ['talks-b', 'talks-c'],
      },
    ]);
    expect(next).toEqual({
      version: 1,
      events: {
        'talks-a': {
          articles: ['afp-talks', 'press-tv-talks', 'reuters-talks'],
          aliases: ['talks-b', 'talks-c'],
        },
      },
    });
    // The input registry is left as it was.
    expect(Object.keys(registry.events)).toEqual(['talks-a', 'talks-b']);
  });

  it('breaks a tie of shared articles towards the smaller id', () => {
    const registry: EventIdRegistry = {
      version: 1,
      events: { 'talks-z': { articles: ['afp-talks'] }, 'talks-m': { articles: ['press-tv-talks'] } },
    };
    const { events } = assignEventIds([['afp-talks', 'press-tv-talks']], talks, registry);
    expect(events.map((e) => [e.id, e.aliases])).toEqual([['talks-m', ['talks-z']]]);
  });

  it('gives a split-off part a fresh id and leaves the old id with the larger part', () => {
    const registry: EventIdRegistry = {
      version: 1,
      events: { 'talks-a': { articles: ['afp-talks', 'courier-fire', 'press-tv-talks'] } },
    };
    const { events } = assignEventIds(
      [['afp-talks', 'press-tv-talks'], ['courier-fire']],
      [...talks, ...fire],
      registry,
    );
    expect(byId(events)).toEqual({
      'talks-a': 'afp-talks + press-tv-talks',
      '2022-03-11-wildfire-forces-evacuation-of-hill-villages': 'courier-fire',
    });
  });

  it('adds -2, -3 when the id is taken by another event of the same day and headline', () => {
    const same = [
      article('a-rain', '2022-03-11', 'Heavy rain floods roads', 'Rain in the north.'),
      article('b-rain', '2022-03-11', 'Heavy rain floods roads', 'Rain in the south.'),
      article('c-rain', '2022-03-11', 'Heavy rain floods roads', 'Rain in the west.'),
    ];
    const { events } = assignEventIds([['c-rain'], ['a-rain'], ['b-rain']], same, emptyRegistry());
    expect(byId(events)).toEqual({
      '2022-03-11-heavy-rain-floods-roads': 'a-rain',
      '2022-03-11-heavy-rain-floods-roads-2': 'b-rain',
      '2022-03-11-heavy-rain-floods-roads-3': 'c-rain',
    });
  });

  it('never hands out again an id whose articles left the corpus, nor an alias', () => {
    const registry: EventIdRegistry = {
      version: 1,
      events: {
        '2022-03-11-wildfire-forces-evacuation-of-hill-villages': {
          articles: ['gone-fire'],
          aliases: ['2022-03-11-wildfire-forces-evacuation-of-hill-villages-2'],
        },
      },
    };
    const { events, registry: next } = assignEventIds([['courier-fire']], fire, registry);
    expect(events.map((e) => e.id)).toEqual(['2022-03-11-wildfire-forces-evacuation-of-hill-villages-3']);
    // The departed event stays registered, so its id stays taken on the next build too.
    expect(Object.keys(next.events)).toEqual([
      '2022-03-11-wildfire-forces-evacuation-of-hill-villages',
      '2022-03-11-wildfire-forces-evacuation-of-hill-villages-3',
    ]);
  });

  it('skips articles it does not know and empty groups', () => {
    const { events } = assignEventIds([[], ['courier-fire', 'ghost']], fire, emptyRegistry());
    expect(events.map((e) => [e.id, e.articleIds])).toEqual([
      ['2022-03-11-wildfire-forces-evacuation-of-hill-villages', ['courier-fire']],
    ]);
  });
});

describe('normaliseRegistry', () => {
  it('keeps good entries, sorted, and says what it dropped', () => {
    const raw = {
      version: 7,
      events: {
        'b-event': { articles: ['y', 'x'], aliases: ['old-b'] },
        'a-event': { articles: 'x' },
        'c-event': { articles: ['z'], aliases: [3] },
        'd-event': null,
      },
    };
    expect(normaliseRegistry(raw)).toEqual({
      registry: {
        version: 1,
        events: { 'b-event': { articles: ['x', 'y'], aliases: ['old-b'] }, 'c-event': { articles: ['z'] } },
      },
      problems: [
        'event-id registry entry "a-event" has no article list; dropped',
        'event-id registry entry "c-event" has aliases that are not a list of ids; dropped them',
        'event-id registry entry "d-event" has no article list; dropped',
      ],
    });
  });

  it('starts afresh from something that is not a registry', () => {
    for (const raw of [null, 42, 'ids', [], { events: [] }]) {
      expect(normaliseRegistry(raw)).toEqual({
        registry: { version: 1, events: {} },
        problems: ['event-id registry has no "events" object; starting a new one'],
      });
    }
  });

  it('lets assignEventIds survive a damaged registry', () => {
    const damaged = { version: 1, events: { 'talks-a': { articles: null } } } as unknown as EventIdRegistry;
    const { events } = assignEventIds([['courier-fire']], fire, damaged);
    expect(events.map((e) => e.id)).toEqual(['2022-03-11-wildfire-forces-evacuation-of-hill-villages']);
  });
});

describe('termVectors', () => {
  it('gives tfidfVector’s vectors to the bit, title and text or title alone, over the seed corpus', () => {
    const articles = loadCorpus(path.resolve('data', 'corpus')).articles;
    const terms = corpusTerms(articles);
    const dfs = new Map<string, number>();
    for (const t of terms.values()) for (const s of t.stems) dfs.set(s, (dfs.get(s) ?? 0) + 1);
    const vectors = termVectors(dfs, articles.length);
    let compared = 0;
    for (const a of articles) {
      const t = terms.get(a.id)!;
      for (const titleOnly of [true, false]) {
        const counts = new Map<string, number>();
        t.stems.forEach((stem, k) => {
          const n = titleOnly ? t.title[k]! : t.title[k]! + t.lead[k]! + t.body[k]!;
          if (n > 0) counts.set(stem, n);
        });
        // Entries in order, each weight exactly (toEqual compares numbers as they are).
        expect([...vectors(t, titleOnly)]).toEqual([...tfidfVector(counts, dfs, articles.length)]);
        compared += counts.size;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
