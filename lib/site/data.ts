import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, CorpusIndex, Event } from '../types';

/**
 * The index the pages read at build time. `npm run build` writes it first (`npm run corpus -- build`), so pages never
 * re-run the pipeline: every page worker reads one JSON file instead of re-parsing the corpus.
 * PARALLAX_INDEX points elsewhere (tests build sites from other corpora).
 */
export function indexPath(): string {
  return process.env.PARALLAX_INDEX ?? path.join(process.cwd(), '.cache', 'index.json');
}

let cached:
  | {
      index: CorpusIndex;
      articles: Map<string, Article>;
      events: Map<string, Event>;
      eventsOfArticle: Map<string, Event[]>;
    }
  | undefined;

function load() {
  if (!cached) {
    let index: CorpusIndex;
    try {
      index = JSON.parse(readFileSync(indexPath(), 'utf8')) as CorpusIndex;
    } catch (err) {
      throw new Error(
        `Cannot read the corpus index at ${indexPath()}: run \`npm run corpus -- build\` first (npm run build does). ${String(err)}`,
      );
    }
    // Built once per page worker: a page asking for an article's events must not scan every event (at 100k
    // articles that is O(articles × events) over the build).
    const eventsOfArticle = new Map<string, Event[]>();
    for (const e of index.events)
      for (const id of new Set(e.articleIds)) {
        const list = eventsOfArticle.get(id);
        if (list) list.push(e);
        else eventsOfArticle.set(id, [e]);
      }
    cached = {
      index,
      articles: new Map(index.articles.map((a) => [a.id, a])),
      events: new Map(index.events.map((e) => [e.id, e])),
      eventsOfArticle,
    };
  }
  return cached;
}

export function getIndex(): CorpusIndex {
  return load().index;
}

export function getArticle(id: string): Article | undefined {
  return load().articles.get(id);
}

export function getEvent(id: string): Event | undefined {
  return load().events.get(id);
}

/** An event's articles, in its order; an id the index lacks is left out. */
export function getEventArticles(event: Event): Article[] {
  const { articles } = load();
  return event.articleIds.map((id) => articles.get(id)).filter((a): a is Article => a !== undefined);
}

/** The events an article is part of, in the index's order (usually one). */
export function getEventsOfArticle(id: string): readonly Event[] {
  return load().eventsOfArticle.get(id) ?? [];
}
