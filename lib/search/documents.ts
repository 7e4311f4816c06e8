import type { Article, CorpusIndex, Event } from '../types';

/** One searchable unit: an aligned row of an event, with its text per article. */
export interface SearchDocument {
  event: string;
  /** 1-based row number, the event page's `#r<N>`. */
  row: number;
  /** `outlet` is the display name, `outletId` the slug a filter names. */
  cells: { article: string; outlet: string; outletId: string; text: string }[];
}

/**
 * Every aligned row of every event, in index order (events as listed, rows in order): a hit lands on the row where
 * every outlet's version of the passage sits side by side. Articles without a sentence in the row are left out.
 */
export function searchDocuments(index: CorpusIndex): SearchDocument[] {
  const articles = new Map(index.articles.map((a) => [a.id, a]));
  return index.events.flatMap((event) => eventDocuments(event, articles));
}

/** One event's rows as documents, its articles looked up in `articles` (the index's, or the event's own). */
export function eventDocuments(
  event: Event,
  articles: ReadonlyMap<string, Pick<Article, 'outlet' | 'sentences'>>,
): SearchDocument[] {
  return event.rows.map((row, i) => {
    const cells: SearchDocument['cells'] = [];
    for (const id of event.articleIds) {
      const article = articles.get(id);
      const text = (row.cells[id] ?? [])
        .map((s) => article?.sentences[s]?.text ?? '')
        .filter((t) => t !== '')
        .join(' ');
      if (article && text !== '')
        cells.push({ article: id, outlet: article.outlet.name, outletId: article.outlet.id, text });
    }
    return { event: event.id, row: i + 1, cells };
  });
}
