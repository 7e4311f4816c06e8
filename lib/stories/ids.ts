import type { Event } from '../types';
import { headlineSlug, keepRegisteredIds } from '../events/ids';
import { compareText } from '../text/compare';

/**
 * Readable, stable story ids (DESIGN.md §5), on the model of event ids (lib/events/ids.ts): `<first event's date>-<slug
 * of the title>`, chosen when a story is first seen and remembered in the registry the build persists beside the
 * event ids (`stories` in data/event-ids.json). Later builds match stories to the registry by shared events, so a new
 * event joining a story never renames it; when two known stories merge, one id survives and the other becomes an
 * alias (served as a redirect). An id, once handed out, is never given to a different story.
 */

export interface StoryIdEntry {
  /** Event ids of the story as last built, sorted. */
  events: string[];
  /** Ids of stories merged into this one, sorted; each still resolves here. */
  aliases?: string[];
}

export type StoryIdRegistry = Record<string, StoryIdEntry>;

const isStringArray = (x: unknown): x is string[] =>
  Array.isArray(x) && x.every((s) => typeof s === 'string');

/** The story part of a registry read from disk: entries with a usable event list, the rest dropped with a message. */
export function normaliseStoryRegistry(raw: unknown): { stories: StoryIdRegistry; problems: string[] } {
  const problems: string[] = [];
  const stories: StoryIdRegistry = {};
  if (raw === undefined) return { stories, problems };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push('story-id registry is not an object; starting a new one');
    return { stories, problems };
  }
  for (const id of Object.keys(raw).sort(compareText)) {
    const entry = (raw as Record<string, unknown>)[id] as { events?: unknown; aliases?: unknown } | null;
    if (!id || !isStringArray(entry?.events)) {
      problems.push(`story-id registry entry "${id}" has no event list; dropped`);
      continue;
    }
    const aliases = isStringArray(entry.aliases) ? [...entry.aliases].sort(compareText) : [];
    stories[id] = { events: [...entry.events].sort(compareText), ...(aliases.length > 0 ? { aliases } : {}) };
  }
  return { stories, problems };
}

/**
 * A story's title: the headline of its event told by the most articles (the news most outlets carried; ties: the
 * earlier event, then the smaller id), so a story of talks is named by the talks, not by a side report.
 */
export function storyTitle(events: readonly Event[]): string {
  let best: Event | undefined;
  for (const e of events) {
    if (
      !best ||
      e.articleIds.length > best.articleIds.length ||
      (e.articleIds.length === best.articleIds.length && compareEvents(e, best) < 0)
    )
      best = e;
  }
  return best?.title ?? 'Untitled story';
}

/** Events in date order (undated last), then by id. */
export function compareEvents(a: Event, b: Event): number {
  return compareText(a.date ?? '9999', b.date ?? '9999') || compareText(a.id, b.id);
}

export interface StoryDraft {
  /** Event ids, in date order. */
  eventIds: string[];
  title: string;
  /** Date of the first event. */
  date: string | null;
}

/**
 * Ids for stories (groups of events, each in date order) and the registry to persist; pure. The rules of
 * `assignEventIds`, over events instead of articles:
 * - a story keeps the registered id it shares most events with (ties: the smaller id); each id goes to one story,
 *   matched greedily from the largest overlap down;
 * - a registered story whose events all went into stories that kept other ids becomes an alias of the one holding most
 *   of them, its own aliases following;
 * - any other story gets a fresh id from its first date and title, with -2, -3… when taken, handed out in order of
 *   (date, first event id).
 * Registered stories none of whose events are built any more stay in the registry, so their ids stay taken.
 */
export function assignStoryIds(
  drafts: readonly StoryDraft[],
  persisted: StoryIdRegistry,
): { ids: string[]; aliases: string[][]; registry: StoryIdRegistry } {
  const members = drafts.map((d) => [...d.eventIds].sort(compareText));
  const first = (story: number) => members[story]![0]!;
  const { idOf, newAliases, aliased } = keepRegisteredIds(members, persisted, (e) => e.events);

  const taken = new Set<string>();
  for (const [id, entry] of Object.entries(persisted)) {
    taken.add(id);
    for (const alias of entry.aliases ?? []) taken.add(alias);
  }
  const fresh = drafts
    .map((d, story) => ({ d, story }))
    .filter(({ story }) => !idOf.has(story))
    .sort(
      (x, y) =>
        compareText(x.d.date ?? '9999', y.d.date ?? '9999') || compareText(first(x.story), first(y.story)),
    );
  for (const { d, story } of fresh) {
    const base = `${d.date ?? 'undated'}-${headlineSlug(d.title)}`;
    let id = base;
    for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
    taken.add(id);
    idOf.set(story, id);
  }

  const registry: StoryIdRegistry = {};
  for (const [id, entry] of Object.entries(persisted)) {
    if (!aliased.has(id))
      registry[id] = { events: [...entry.events], ...(entry.aliases ? { aliases: [...entry.aliases] } : {}) };
  }
  const ids: string[] = [];
  const aliases: string[][] = [];
  drafts.forEach((d, story) => {
    const id = idOf.get(story)!;
    const set = new Set(persisted[id]?.aliases ?? []);
    for (const old of newAliases.get(story) ?? []) {
      set.add(old);
      for (const a of persisted[old]?.aliases ?? []) set.add(a);
    }
    const list = [...set].sort(compareText);
    registry[id] = {
      events: [...d.eventIds].sort(compareText),
      ...(list.length > 0 ? { aliases: list } : {}),
    };
    ids.push(id);
    aliases.push(list);
  });
  const sorted: StoryIdRegistry = {};
  for (const id of Object.keys(registry).sort(compareText)) sorted[id] = registry[id]!;
  return { ids, aliases, registry: sorted };
}
