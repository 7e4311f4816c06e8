import type { Article, Event, OutletSummary } from '../types';

/**
 * The summary strip: per article of the event, how many of its sentences every other article also tells (same row),
 * how many only some do, and how many it alone tells. Sentences in no row count as its own. Its own sentences split in
 * two: those another article tells differently (a related link, lib/align/related.ts) and those told only here. With
 * one article there is nobody to share with: everything is its own, and only here.
 */
export function summariseOutlets(event: Event, articles: readonly Article[]): OutletSummary[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const list = event.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
  const ids = new Set(list.map((a) => a.id));
  return list.map((article) => {
    let all = 0;
    let some = 0;
    const shared = new Set<number>();
    for (const row of event.rows) {
      const mine = row.cells[article.id];
      if (!mine || mine.length === 0) continue;
      const n = new Set(mine).size;
      const others = Object.entries(row.cells).filter(
        ([id, cell]) => id !== article.id && ids.has(id) && cell.length > 0,
      ).length;
      if (others === 0) continue;
      for (const s of mine) shared.add(s);
      if (others === list.length - 1) all += n;
      else some += n;
    }
    const sentences = article.sentences.length;
    const related = new Set<number>();
    for (const l of event.related ?? []) {
      const mine = l.a === article.id && ids.has(l.b) ? l.ai : l.b === article.id && ids.has(l.a) ? l.bi : [];
      for (const s of mine) if (s >= 0 && s < sentences && !shared.has(s)) related.add(s);
    }
    const own = Math.max(0, sentences - all - some);
    return {
      article: article.id,
      outlet: article.outlet.id,
      outletName: article.outlet.name,
      sentences,
      sharedWithAll: all,
      sharedWithSome: some,
      own,
      toldElsewhere: Math.min(own, related.size),
      onlyHere: Math.max(0, own - related.size),
    };
  });
}
