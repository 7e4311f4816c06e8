import type { Article, Block, Diagnostic, Sentence } from '../types';
import { articleProblem } from './problems';

/**
 * The most of one article the build reads: events, alignment, insights and pages all see at most this many sentences
 * and characters of it. Twice the longest real article in the development corpora (GVA dev: 983 sentences, 98,537
 * characters; BASIL and Ground News under 80 sentences), so no real article is touched.
 *
 * Why a cap: the per-event work grows faster than an article's length (alignment scores every pair of sentences of two
 * articles; the insights read each sentence's paragraph before it to know whether it opens inside a quote). A 5 MB
 * file of one paragraph (130,000 sentences) passed `corpus check` in seconds and kept the build busy for more than
 * 15 CPU-minutes on that one event; cut to the cap it costs about a second.
 *
 * What it gives up: the text past the cap is in no event, row or page (the article page shows where it stops, and its
 * warnings say so). A file that long is almost always several articles run together: the diagnostic says to split it.
 */
export const MAX_ARTICLE_SENTENCES = 2000;
export const MAX_ARTICLE_CHARS = 200_000;

/**
 * The article cut to the limits above, with a warning on it and a diagnostic naming its file; the same article
 * (the same object) and no diagnostic when it is within them. An article already cut is within them.
 */
export function capArticle(article: Article): { article: Article; problem?: Diagnostic } {
  const { sentences } = article;
  const total = sentences.reduce((n, s) => n + s.text.length, 0);
  if (sentences.length <= MAX_ARTICLE_SENTENCES && total <= MAX_ARTICLE_CHARS) return { article };
  const kept: Sentence[] = [];
  let chars = 0;
  for (const s of sentences) {
    if (kept.length === MAX_ARTICLE_SENTENCES || chars + s.text.length > MAX_ARTICLE_CHARS) break;
    kept.push(s);
    chars += s.text.length;
  }
  // One sentence past the character cap on its own (a text without sentence ends): keep its start, to a word's end.
  if (kept.length === 0) {
    const first = sentences[0]!;
    const head = first.text.slice(0, MAX_ARTICLE_CHARS);
    const space = head.lastIndexOf(' ');
    kept.push({ ...first, text: space > 0 ? head.slice(0, space) : head });
    chars = kept[0]!.text.length;
  }
  const note =
    `cut to its first ${kept.length} of ${sentences.length} sentences (${chars} of ${total} characters): ` +
    `the build reads at most ${MAX_ARTICLE_SENTENCES} sentences or ${MAX_ARTICLE_CHARS} characters of an article`;
  const cut: Article = {
    ...article,
    blocks: blocksUpTo(article.blocks, kept),
    sentences: kept,
    warnings: [...article.warnings, note],
  };
  const problem = articleProblem(
    article,
    'warning',
    `article "${article.title.slice(0, 80)}" is ${note}; the rest is in no event or page. ` +
      'A text this long is usually several articles run together: split the file into one article per file ' +
      '(or one record per article in .jsonl)',
  );
  return { article: cut, problem };
}

/** capArticle over a list, in order: the articles (the same objects where untouched) and a diagnostic per cut one. */
export function capArticles(articles: readonly Article[]): { articles: Article[]; problems: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  const out = articles.map((a) => {
    const { article, problem } = capArticle(a);
    if (problem) problems.push(problem);
    return article;
  });
  return { articles: out, problems };
}

/**
 * The blocks that hold the kept sentences, the last cut where its last kept sentence ends (sentences are trimmed
 * pieces of their block's text, in order); the blocks after it are dropped.
 */
function blocksUpTo(blocks: readonly Block[], kept: readonly Sentence[]): Block[] {
  const last = kept[kept.length - 1]!.block;
  const out = blocks.slice(0, last + 1);
  const block = out[last];
  if (!block) return out;
  const inBlock = kept.filter((s) => s.block === last);
  let end = 0;
  for (const s of inBlock) {
    const at = block.text.indexOf(s.text, end);
    if (at < 0) {
      // Not a piece of the block after all (the importer's sentences are): keep the kept text, and no more.
      out[last] = { ...block, text: inBlock.map((x) => x.text).join(' ') };
      return out;
    }
    end = at + s.text.length;
  }
  out[last] = { ...block, text: block.text.slice(0, end) };
  return out;
}
