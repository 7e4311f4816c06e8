import type { Article } from '../types';

/**
 * The key of each article's column in an event, in the order given: its outlet id, made unique within the event
 * (`ap`, `ap-2`, `ap-3`) when one outlet has several articles. One rule for the comparison's columns, its URLs
 * (`?base=ap-2`, `?pair=ap-vs-reuters`) and the CSV download's header, so each names a column the same way.
 */
export function columnKeys(articles: readonly Pick<Article, 'outlet'>[]): string[] {
  const seen = new Map<string, number>();
  return articles.map((a) => {
    const count = (seen.get(a.outlet.id) ?? 0) + 1;
    seen.set(a.outlet.id, count);
    return count === 1 ? a.outlet.id : `${a.outlet.id}-${count}`;
  });
}
