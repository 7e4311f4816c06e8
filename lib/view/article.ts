import type { Article, Block, Event } from '../types';

/**
 * Sentence indices of an article that only it carried: in an event with other articles, rows whose only cell is this
 * article's. Single-article events mark nothing (there is nobody to differ from).
 */
export function uniqueSentences(articleId: string, events: readonly Event[]): Set<number> {
  const out = new Set<number>();
  for (const event of events) {
    if (event.articleIds.length < 2 || !event.articleIds.includes(articleId)) continue;
    for (const row of event.rows) {
      const mine = row.cells[articleId];
      if (!mine || mine.length === 0) continue;
      const others = Object.entries(row.cells).some(([id, s]) => id !== articleId && s.length > 0);
      if (!others) for (const s of mine) out.add(s);
    }
  }
  return out;
}

/** A piece of a paragraph: a sentence (with its index, and whether only this outlet carried it) or text between. */
export type Segment = { text: string; sentence?: number; unique?: boolean };

/**
 * Splits a block's text into its sentences, found in order from where the previous one ended. Text no sentence covers
 * (spacing, or a sentence the splitter normalised) is kept as a plain segment, so the block always reads in full.
 */
export function blockSegments(
  block: Block,
  blockIndex: number,
  article: Pick<Article, 'sentences'>,
  unique: ReadonlySet<number>,
): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  article.sentences.forEach((s, i) => {
    if (s.block !== blockIndex) return;
    const at = block.text.indexOf(s.text, cursor);
    if (at < 0) return;
    if (at > cursor) segments.push({ text: block.text.slice(cursor, at) });
    segments.push({ text: s.text, sentence: i, unique: unique.has(i) });
    cursor = at + s.text.length;
  });
  if (cursor < block.text.length) segments.push({ text: block.text.slice(cursor) });
  return segments;
}
