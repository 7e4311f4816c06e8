import type { Article, Event, Story } from '../types';
import type { CorpusTerms } from '../events/terms';
import { compareText } from '../text/compare';
import { storyChanges } from './changes';
import { assignStoryIds, compareEvents, storyTitle, type StoryIdRegistry } from './ids';
import { linkStories, type StoryOptions } from './link';

/**
 * The build's story step: link the events into stories (`linkStories`), give the stories of two or more events their
 * ids (`assignStoryIds`, from the persisted registry), title them and say what each event added (`storyChanges`).
 * Stories come out by first event's date, then id; a story's events in date order.
 */
export function buildStories(
  events: readonly Event[],
  articles: readonly Article[],
  persisted: StoryIdRegistry,
  terms?: CorpusTerms,
  options: StoryOptions = {},
): { stories: Story[]; registry: StoryIdRegistry } {
  const groups = linkStories(events, articles, options, terms)
    .filter((g) => g.length > 1)
    .map((g) => g.map((k) => events[k]!).sort(compareEvents));
  const drafts = groups.map((g) => ({
    eventIds: g.map((e) => e.id),
    title: storyTitle(g),
    date: g[0]!.date,
  }));
  const { ids, aliases, registry } = assignStoryIds(drafts, persisted);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const stories: Story[] = groups.map((g, k) => ({
    id: ids[k]!,
    title: drafts[k]!.title,
    eventIds: drafts[k]!.eventIds,
    changes: storyChanges(g, byId),
    ...(aliases[k]!.length > 0 ? { aliases: aliases[k]! } : {}),
  }));
  stories.sort(
    (x, y) =>
      compareText(drafts[ids.indexOf(x.id)]!.date ?? '9999', drafts[ids.indexOf(y.id)]!.date ?? '9999') ||
      compareText(x.id, y.id),
  );
  return { stories, registry };
}
