import type { Article, Event, OutletRef, Story } from '../types';
import { compareText } from '../text/compare';

/**
 * What the pages show of stories (lib/stories builds them in the pipeline): an event's neighbours in its story, a
 * story's timeline, the size of an event's story for the home list. Computed from the index, never by re-linking.
 */

/** One event as a story lists it. */
export interface StoryEventItem {
  id: string;
  date: string | null;
  title: string;
  /** Outlets that covered it, each once, in code-unit order of name. */
  outlets: OutletRef[];
}

export interface StoryNeighboursView {
  storyId: string;
  storyTitle: string;
  /** How many events the story holds, this one included. */
  size: number;
  /** Events before this one, oldest first; events after it, oldest first. */
  earlier: StoryEventItem[];
  later: StoryEventItem[];
}

export interface StoryTimelineView {
  id: string;
  title: string;
  events: (StoryEventItem & { change: string })[];
}

/** What the story views read of an index: its stories, and events and articles without their rows or text. */
export interface StoryIndex {
  stories: Story[];
  events: readonly Pick<Event, 'id' | 'date' | 'title' | 'articleIds'>[];
  articles: readonly Pick<Article, 'id' | 'outlet'>[];
}

/** Lookups of one index, made once per index object: a build renders thousands of event pages from one index. */
interface StoryLookup {
  storyOfEvent: Map<string, Story>;
  events: Map<string, StoryIndex['events'][number]>;
  articles: Map<string, StoryIndex['articles'][number]>;
}
const lookups = new WeakMap<object, StoryLookup>();

function lookup(index: StoryIndex): StoryLookup {
  let l = lookups.get(index);
  if (!l) {
    l = {
      storyOfEvent: new Map(),
      events: new Map(index.events.map((e) => [e.id, e])),
      articles: new Map(index.articles.map((a) => [a.id, a])),
    };
    // An index written before stories existed has none: every event stands alone.
    for (const s of index.stories ?? []) for (const id of s.eventIds) l.storyOfEvent.set(id, s);
    lookups.set(index, l);
  }
  return l;
}

function item(l: StoryLookup, id: string): StoryEventItem | undefined {
  const e = l.events.get(id);
  if (!e) return undefined;
  const outlets = new Map<string, OutletRef>();
  for (const a of e.articleIds) {
    const o = l.articles.get(a)?.outlet;
    if (o && !outlets.has(o.id)) outlets.set(o.id, o);
  }
  return {
    id: e.id,
    date: e.date,
    title: e.title,
    outlets: [...outlets.values()].sort((x, y) => compareText(x.name, y.name) || compareText(x.id, y.id)),
  };
}

/** The story an event belongs to, with the events before and after it; undefined for an event in no story. */
export function storyNeighbours(index: StoryIndex, eventId: string): StoryNeighboursView | undefined {
  const l = lookup(index);
  const story = l.storyOfEvent.get(eventId);
  if (!story) return undefined;
  const at = story.eventIds.indexOf(eventId);
  const items = (ids: string[]) => ids.map((id) => item(l, id)).filter((x): x is StoryEventItem => !!x);
  return {
    storyId: story.id,
    storyTitle: story.title,
    size: story.eventIds.length,
    earlier: items(story.eventIds.slice(0, at)),
    later: items(story.eventIds.slice(at + 1)),
  };
}

/** How many events the event's story holds (undefined when in none), and the story's id: for the home list. */
export function storySize(index: StoryIndex, eventId: string): { storyId: string; size: number } | undefined {
  const story = lookup(index).storyOfEvent.get(eventId);
  return story ? { storyId: story.id, size: story.eventIds.length } : undefined;
}

/** A story's timeline: each event with its outlets and what it added. */
export function storyTimeline(index: StoryIndex, story: Story): StoryTimelineView {
  const l = lookup(index);
  const events: StoryTimelineView['events'] = [];
  story.eventIds.forEach((id, k) => {
    const it = item(l, id);
    if (it) events.push({ ...it, change: story.changes[k] ?? '' });
  });
  return { id: story.id, title: story.title, events };
}

export function getStory(index: Pick<StoryIndex, 'stories'>, id: string): Story | undefined {
  return (index.stories ?? []).find((s) => s.id === id);
}

/** The story an old (merged) id now leads to; undefined for a current id or an unknown one. */
export function storyAliasTarget(index: Pick<StoryIndex, 'stories'>, id: string): Story | undefined {
  const stories = index.stories ?? [];
  if (stories.some((s) => s.id === id)) return undefined;
  return stories.filter((s) => s.aliases?.includes(id)).sort((a, b) => compareText(a.id, b.id))[0];
}

/** Every story id and every alias, for generateStaticParams. */
export function storyPaths(index: Pick<StoryIndex, 'stories'>): string[] {
  const stories = index.stories ?? [];
  const ids = stories.map((s) => s.id);
  const known = new Set(ids);
  const aliases = stories.flatMap((s) => s.aliases ?? []).filter((a) => !known.has(a));
  return [...ids, ...[...new Set(aliases)].sort(compareText)];
}
