import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load';
import { clusterEvents } from '../events/cluster';
import { fixtureArticle } from '../events/fixture';
import { assignEventIds, emptyRegistry } from '../events/ids';
import type { Article, Event } from '../types';
import { buildStories } from './build';
import { storyChanges } from './changes';
import { assignStoryIds, normaliseStoryRegistry, storyTitle } from './ids';

const event = (id: string, date: string, articles: number, title = id): Event => ({
  id,
  date,
  title,
  articleIds: Array.from({ length: articles }, (_, k) => `${id}-${k}`),
  rows: [],
});

describe('storyTitle', () => {
  it('names a story by its most-told event, ties to the earlier', () => {
    expect(storyTitle([event('a', '2020-01-01', 1, 'Shooting'), event('b', '2020-02-01', 3, 'Arrest')])).toBe(
      'Arrest',
    );
    expect(storyTitle([event('b', '2020-02-01', 2, 'Arrest'), event('a', '2020-01-01', 2, 'Shooting')])).toBe(
      'Shooting',
    );
  });
});

describe('assignStoryIds', () => {
  const draft = (eventIds: string[], title: string, date: string) => ({ eventIds, title, date });

  it('hands out readable ids from date and title, -2 when taken, the same for the same input', () => {
    const drafts = [
      draft(['e1', 'e2'], 'Two shot in Miami', '2019-01-21'),
      draft(['e3', 'e4'], 'Two shot in Miami', '2019-01-21'),
    ];
    const first = assignStoryIds(drafts, {});
    expect(first.ids).toEqual(['2019-01-21-two-shot-in-miami', '2019-01-21-two-shot-in-miami-2']);
    expect(assignStoryIds(drafts, first.registry)).toEqual(first);
  });

  it('keeps an id when an event joins or the title changes, and aliases a story that merged into another', () => {
    const before = assignStoryIds(
      [draft(['e1', 'e2'], 'Shooting', '2019-01-21'), draft(['e3', 'e4'], 'Trial', '2020-05-01')],
      {},
    );
    const after = assignStoryIds(
      [draft(['e0', 'e1', 'e2', 'e3', 'e4', 'e5'], 'Verdict', '2018-12-30')],
      before.registry,
    );
    expect(after.ids).toEqual(['2019-01-21-shooting']);
    expect(after.aliases).toEqual([['2020-05-01-trial']]);
    expect(Object.keys(after.registry)).toEqual(['2019-01-21-shooting']);
    // The alias stays taken: a new story with the same name gets -2.
    const again = assignStoryIds(
      [
        draft(['e0', 'e1', 'e2', 'e3', 'e4', 'e5'], 'Verdict', '2018-12-30'),
        draft(['x1', 'x2'], 'Trial', '2020-05-01'),
      ],
      after.registry,
    );
    expect(again.ids).toEqual(['2019-01-21-shooting', '2020-05-01-trial-2']);
  });

  it('keeps registered ids whose events left, so they are never reused', () => {
    const before = assignStoryIds([draft(['e1', 'e2'], 'Shooting', '2019-01-21')], {});
    const after = assignStoryIds([draft(['n1', 'n2'], 'Shooting', '2019-01-21')], before.registry);
    expect(after.ids).toEqual(['2019-01-21-shooting-2']);
    expect(Object.keys(after.registry)).toEqual(['2019-01-21-shooting', '2019-01-21-shooting-2']);
  });
});

describe('normaliseStoryRegistry', () => {
  it('keeps usable entries, drops the rest with a message', () => {
    expect(normaliseStoryRegistry({ b: { events: ['y', 'x'] }, a: { nope: 1 } })).toEqual({
      stories: { b: { events: ['x', 'y'] } },
      problems: ['story-id registry entry "a" has no event list; dropped'],
    });
    expect(normaliseStoryRegistry(undefined)).toEqual({ stories: {}, problems: [] });
    expect(normaliseStoryRegistry([1]).problems).toEqual([
      'story-id registry is not an object; starting a new one',
    ]);
  });
});

describe('storyChanges', () => {
  const a = (id: string, title: string, body: string[]) =>
    fixtureArticle({ id, date: '2019-01-01', title, body });
  it('gives the first event its opening sentence and each later one the lead sentence with most new words', () => {
    const articles = [
      a('shot', 'Two shot in Liberty City', [
        'Two men were shot on Monday in Liberty City, police said on Tuesday.',
        'Short.',
      ]),
      a('arrest', 'Arrest in shooting', [
        'Police said the two men were shot on Monday in Liberty City.',
        'Officers arrested Dontae Rivers, 19, at a house in Opa-locka on Thursday night.',
      ]),
    ];
    const byId = new Map<string, Article>(articles.map((x) => [x.id, x]));
    const events = [
      { ...event('e1', '2019-01-01', 0, 'Two shot in Liberty City'), articleIds: ['shot'] },
      { ...event('e2', '2019-01-10', 0), articleIds: ['arrest'] },
    ];
    expect(storyChanges(events, byId)).toEqual([
      'Two men were shot on Monday in Liberty City, police said on Tuesday.',
      'Officers arrested Dontae Rivers, 19, at a house in Opa-locka on Thursday night.',
    ]);
  });
});

describe('buildStories on the seeds', () => {
  it('makes the talks one story, events in date order, with a readable id and a line per event', () => {
    const { articles } = loadCorpus(path.resolve(process.cwd(), 'data', 'corpus'));
    const { events } = assignEventIds(clusterEvents(articles), articles, emptyRegistry());
    const { stories, registry } = buildStories(events, articles, {});
    expect(stories.map((s) => [s.id, s.title, s.eventIds, s.changes.length])).toEqual([
      [
        '2022-03-03-putin-cites-some-progress-in-talks-with-ukraine',
        "Putin cites 'some progress' in talks with Ukraine",
        [
          '2022-03-03-russian-troops-advance-stalled-outside-kyiv',
          '2022-03-11-putin-cites-some-progress-in-talks-with-ukraine',
          '2022-03-15-ukraine-said-tuesday-that-russia-seemed-to-soften',
        ],
        3,
      ],
    ]);
    expect(stories[0]!.changes[1]).toMatch(/^"There are certain positive shifts/);
    // Rebuilt from its registry, nothing moves.
    expect(buildStories([...events].reverse(), articles, registry).stories).toEqual(stories);
  });
});
