import type { Article, Block, Event } from '../types';

/** A small article for view tests: blocks as given, one sentence per `. `-separated piece of each paragraph. */
export function article(
  id: string,
  outletId: string,
  blocks: Block[],
  extra: Partial<Article> = {},
): Article {
  const sentences = blocks.flatMap((b, i) =>
    b.kind === 'paragraph'
      ? (b.text.match(/[^.]+\.(?:\s|$)/g) ?? [b.text]).map((t) => ({ text: t.trim(), block: i }))
      : [],
  );
  return {
    id,
    file: `${id}.txt`,
    outlet: { id: outletId, name: outletId.toUpperCase() },
    date: '2022-03-11',
    dateSource: 'date-line',
    title: `Title of ${id}`,
    titleSource: 'headline',
    blocks,
    removed: [],
    sentences,
    warnings: [],
    ...extra,
  };
}

export function event(
  id: string,
  articleIds: string[],
  rows: Record<string, number[]>[],
  extra: Partial<Event> = {},
): Event {
  return {
    id,
    date: '2022-03-11',
    title: `Event ${id}`,
    articleIds,
    rows: rows.map((cells) => ({ cells, score: 0.5 })),
    ...extra,
  };
}
