import type { Article } from '../types';

/** An article for search tests: one block, the given sentences, no text of its own beyond them. */
export function searchArticle(
  id: string,
  outlet: string,
  sentences: string[],
  date: string | null = '2022-03-11',
): Article {
  return {
    id,
    file: `${id}.txt`,
    outlet: { id: outlet, name: outlet.toUpperCase() },
    date,
    dateSource: 'date-line',
    title: id,
    titleSource: 'headline',
    blocks: [],
    removed: [],
    sentences: sentences.map((text) => ({ text, block: 0 })),
    warnings: [],
  };
}
