import { describe, expect, it } from 'vitest';
import type { Article, Event } from '../types';
import { clusterEvents } from './cluster';
import { fixtureArticle } from './fixture';
import { assignEventIds, emptyRegistry, type EventIdRegistry } from './ids';

/**
 * Permalinks are a promise (DESIGN.md §5): build a corpus, persist the registry as the build does (JSON on disk), grow
 * the corpus, rebuild from the persisted registry, and check that every id handed out before still leads somewhere.
 */

const story = (id: string, date: string, title: string) =>
  fixtureArticle({
    id,
    date,
    title,
    body: [
      'The port authority said on Monday that dock workers at Harwick would strike for 48 hours over pay.',
      'Union leader Maria Santos said 3,000 members had voted for the walkout after talks failed.',
    ],
  });
const fire = (id: string, date: string) =>
  fixtureArticle({
    id,
    date,
    title: 'Wildfire forces evacuation of Pine Hills villages',
    body: [
      'Firefighters battled a wildfire in the Pine Hills as 2,000 residents of three villages were evacuated.',
      'Fire chief Dana Okafor said strong winds had pushed the flames towards Ashford.',
    ],
  });
const budget = (id: string, date: string) =>
  fixtureArticle({
    id,
    date,
    title: 'Finance minister unveils tax cuts in spring budget',
    body: [
      'Finance minister Omar Haddad cut the basic rate of income tax by two points in his spring budget.',
      'Economists said the $12 billion package would add to borrowing next year.',
    ],
  });

/** One build: cluster, assign ids, and persist the registry as text, the way the CLI writes data/event-ids.json. */
function build(articles: Article[], persisted: string | null): { events: Event[]; persisted: string } {
  const registry = persisted === null ? emptyRegistry() : (JSON.parse(persisted) as EventIdRegistry);
  const { events, registry: next } = assignEventIds(clusterEvents(articles), articles, registry);
  return { events, persisted: JSON.stringify(next) };
}

/** The event an id leads to, directly or through an alias. */
function resolve(events: Event[], id: string): Event | undefined {
  return events.find((e) => e.id === id) ?? events.find((e) => e.aliases?.includes(id));
}

describe('event permalinks', () => {
  // Two reports of the strike six days apart: beyond the date window, so two events at first.
  const first = [
    story('courier-strike', '2024-06-03', 'Harwick dock workers to strike over pay'),
    story('gazette-strike', '2024-06-09', 'Harwick dockers strike for 48 hours'),
    fire('courier-fire', '2024-06-03'),
  ];

  it('gives the same ids when the same corpus is built twice, from scratch or from its registry', () => {
    const a = build(first, null);
    const b = build([...first].reverse(), null);
    const c = build(first, a.persisted);
    expect(a.events.map((e) => e.id)).toEqual([
      '2024-06-03-harwick-dock-workers-to-strike-over-pay',
      '2024-06-03-wildfire-forces-evacuation-of-pine-hills-villages',
      '2024-06-09-harwick-dockers-strike-for-48-hours',
    ]);
    expect(b.events).toEqual(a.events);
    expect(c.events).toEqual(a.events);
    expect(c.persisted).toBe(a.persisted);
  });

  it('keeps every earlier id resolving when articles are added, merging two events', () => {
    const before = build(first, null);
    // A report in between joins both strike reports into one event; a new story and a new fire report arrive.
    const grown = [
      ...first,
      story('herald-strike', '2024-06-06', 'Strike looms at Harwick port'),
      fire('herald-fire', '2024-06-04'),
      budget('courier-budget', '2024-06-05'),
    ];
    const after = build(grown, before.persisted);
    for (const old of before.events) {
      const now = resolve(after.events, old.id);
      expect(now, old.id).toBeDefined();
      // It leads to the event that holds the articles it held.
      expect(now!.articleIds).toEqual(expect.arrayContaining(old.articleIds));
    }
    expect(after.events.map((e) => [e.id, e.articleIds.join(' + '), e.aliases ?? []])).toEqual([
      [
        '2024-06-03-harwick-dock-workers-to-strike-over-pay',
        'courier-strike + gazette-strike + herald-strike',
        ['2024-06-09-harwick-dockers-strike-for-48-hours'],
      ],
      ['2024-06-03-wildfire-forces-evacuation-of-pine-hills-villages', 'courier-fire + herald-fire', []],
      ['2024-06-05-finance-minister-unveils-tax-cuts-in-spring-budget', 'courier-budget', []],
    ]);

    // And again, from the grown registry: nothing moves, the alias stays.
    const again = build(grown, after.persisted);
    expect(again.events).toEqual(after.events);
    for (const old of before.events) expect(resolve(again.events, old.id), old.id).toBeDefined();
  });

  it('keeps an id taken after its articles left, so a new event never inherits a stale link', () => {
    const before = build(first, null);
    const replaced = [fire('gazette-fire', '2024-06-03')];
    const after = build(replaced, before.persisted);
    expect(after.events.map((e) => e.id)).toEqual([
      '2024-06-03-wildfire-forces-evacuation-of-pine-hills-villages-2',
    ]);
  });
});
