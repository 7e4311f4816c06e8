import type { Article, CorpusIndex, Diagnostic, Event, Story } from '../types';
import { eventAgreement } from '../view/listing';

/**
 * The data downloads a researcher takes away (docs/data.md): `/data/index.json` lists what the corpus holds without the
 * texts, `/data/events/<id>.json` carries one event in full. Both are projections of the CorpusIndex, so the field
 * names and meanings are the ones lib/types.ts documents; the event file is written compactly (ids as indices, nothing
 * twice) by lib/export/event-file.ts from the `EventData` made here.
 */

/** An article in the listing: everything but its text (blocks, sentences and the removed debris). */
export type ArticleSummary = Omit<Article, 'blocks' | 'sentences' | 'removed'> & {
  /** How many sentences the article has: row cells index into them (see the event file). */
  sentenceCount: number;
};

/** An event in the listing: everything but its rows, related links and insights (which point into the rows). */
export type EventEntry = Omit<Event, 'rows' | 'related' | 'insights'> & { rowCount: number };

export interface DataIndex {
  version: number;
  articles: ArticleSummary[];
  events: EventEntry[];
  /** Stories of two or more events (lib/types.ts `Story`), as the index holds them. */
  stories: Story[];
  diagnostics: Diagnostic[];
}

export interface EventData {
  version: number;
  /** The event with its rows, `related` links and `insights` (lib/types.ts), whose `rows` index into `event.rows`. */
  event: Event;
  /** The event's articles in full, in `event.articleIds` order. */
  articles: Article[];
}

export function articleSummary(article: Article): ArticleSummary {
  const summary: ArticleSummary & Partial<Pick<Article, 'blocks' | 'sentences' | 'removed'>> = {
    ...article,
    sentenceCount: article.sentences.length,
  };
  delete summary.blocks;
  delete summary.sentences;
  delete summary.removed;
  return summary;
}

export function eventEntry(event: Event): EventEntry {
  const summary: EventEntry & Partial<Pick<Event, 'rows' | 'related' | 'insights'>> = {
    ...event,
    rowCount: event.rows.length,
  };
  delete summary.rows;
  delete summary.related;
  delete summary.insights;
  return summary;
}

/** `/data/index.json`: the listing, in the index's own (deterministic) order. */
export function dataIndex(index: CorpusIndex): DataIndex {
  return {
    version: index.version,
    articles: index.articles.map(articleSummary),
    events: index.events.map(eventEntry),
    stories: index.stories,
    diagnostics: index.diagnostics,
  };
}

/**
 * An article as the build's listing holds it (lib/site/shards.ts): its summary, and what cleaning removed (the corpus
 * page counts it). Its text is in its event's shard.
 */
export type ListingArticle = ArticleSummary & Pick<Article, 'removed'>;

/** An event as the build's listing holds it: its summary, and how many rows every article fills (the home list's bar). */
export type ListingEvent = EventEntry & { sharedRows: number };

/**
 * What the site's pages read of the whole corpus (lib/site/shards.ts writes it beside the index, lib/site/data.ts
 * reads it): `/data/index.json` plus the two fields above, so no page needs every event's rows or every article's text.
 */
export interface SiteListing extends Omit<DataIndex, 'articles' | 'events'> {
  articles: ListingArticle[];
  events: ListingEvent[];
}

export function listingArticle(article: Article): ListingArticle {
  return { ...articleSummary(article), removed: article.removed };
}

export function listingEvent(event: Event): ListingEvent {
  return { ...eventEntry(event), sharedRows: eventAgreement(event).shared };
}

/** `/data/index.json` from the listing: the same bytes as `dataIndex` of the whole index (stableStringify). */
export function dataIndexOfListing(listing: SiteListing): DataIndex {
  return {
    version: listing.version,
    articles: listing.articles.map((a) => {
      const summary: ArticleSummary & Partial<Pick<ListingArticle, 'removed'>> = { ...a };
      delete summary.removed;
      return summary;
    }),
    events: listing.events.map((e) => {
      const entry: EventEntry & Partial<Pick<ListingEvent, 'sharedRows'>> = { ...e };
      delete entry.sharedRows;
      return entry;
    }),
    stories: listing.stories,
    diagnostics: listing.diagnostics,
  };
}

/** Articles by id: built once per export and handed to every `eventData` (one map per event was O(events × articles)). */
export function articlesById(index: Pick<CorpusIndex, 'articles'>): ReadonlyMap<string, Article> {
  return new Map(index.articles.map((a) => [a.id, a]));
}

/**
 * `/data/events/<id>.json`: one event with its articles. An article id the index does not hold is an index bug; it is
 * reported rather than silently dropped, because a row would then point at nothing.
 */
export function eventData(
  index: Pick<CorpusIndex, 'version'>,
  event: Event,
  byId: ReadonlyMap<string, Article>,
): EventData {
  const articles = event.articleIds.map((id) => {
    const article = byId.get(id);
    if (!article) throw new Error(`Event ${event.id} names article ${id}, which the index does not hold`);
    return article;
  });
  return { version: index.version, event, articles };
}
