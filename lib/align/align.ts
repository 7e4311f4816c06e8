import type { Row } from '../types';
import { UnionFind } from '../util/union-find';
import { maxWeightAssignment } from './assignment';
import { createSentenceScorer, type SentenceScorer } from './similarity';

/**
 * Sentence alignment across the articles of one event (DESIGN.md §4). The token unit is a sentence; a row holds, per
 * article, at most one span of consecutive sentences that say the same thing.
 *
 * 1. Scores (lib/align/similarity.ts): TF-IDF with the IDF from the event's own sentences (so "Putin" in a Putin story
 *    counts little and "Izyum" a lot), blending stemmed content words, character trigrams of the content words
 *    (Kiev/Kyiv) and, a little, all tokens (to tell apart sentences whose content words are the same).
 * 2. For each pair of articles the links are picked by a maximum-weight assignment (Hungarian) over the margin above
 *    the threshold, with no order constraint, since outlets reorder. A link is then widened to a 1–2 split or 2–1
 *    merge when joining a neighbour raises its score, or keeps it while the two halves cover clearly more of the long
 *    sentence's words (`joinCover`: a short half barely moves a cosine); the neighbour may be taken from a weaker 1–1
 *    link if it is more like this link's sentence than its own partner. Two free neighbours that only together match a free sentence
 *    also link. Finally a pair on the diagonal next to a link (the next line of a quote) links at the lower
 *    `contextThreshold`, repeatedly, so runs follow a strong link.
 * 3. Pairwise links are joined into rows, strongest first, with a union-find: a link that would give a row two spans
 *    of one article (or widen a span the link itself does not ask for) is dropped, or kept as the 1–1 link it grew
 *    from when that fits. So is a link whose join would put together outlets that share nothing: of the article
 *    pairs that meet only through the join, at least half must have some direct support (`rowSupport`).
 * 4. Rows follow the base article's order; a row without the base comes right after the row holding the sentence that
 *    precedes it in its own article (at the start when there is none), in article-id then sentence order.
 *
 * Measured on data/gold/alignment (scripts/eval-align.ts): the defaults below were picked there, and checked on the
 * held-out events in its heldout/ folder; docs/quality.md (Sentence alignment) has the figures, what rows can reach
 * on that gold at all, and the ideas measured and dropped. Row and link scores are rounded to 4 decimals.
 *
 * What it gives up: a sentence that paraphrases with no shared words or names is not found (recall on hand-labelled
 * gold, which pairs sentences by meaning, is far below precision); a span is at most two sentences per link (longer
 * spans only arise when several links agree); a sentence that matches two separate sentences of another outlet sits
 * in one row with one of them.
 */

export interface AlignArticle {
  id: string;
  sentences: string[];
}

export interface AlignOptions {
  /** Lowest blended score that links two sentences. */
  threshold?: number;
  /** Share of the content-word (stem) cosine in the blend (lib/align/similarity.ts). */
  wordWeight?: number;
  /** Share of the all-tokens cosine in the blend; the character-trigram cosine takes the rest. */
  tokenWeight?: number;
  /** A pair next to a link on the diagonal (i±1, j±1) links from this lower score. */
  contextThreshold?: number;
  /** A split/merge is kept only when the joined score beats the single link by this much. */
  joinGain?: number;
  /** Each part of a split/merge must score at least this much on its own against the other side. */
  joinPart?: number;
  /**
   * A split/merge whose joined score does not rise by `joinGain` (the cosine of a long sentence against its two halves
   * joined barely moves) is still kept when the halves joined cover this much more of the long sentence's content
   * words (`SentenceScorer.coverage`) than the one it was linked to…
   */
  joinCover?: number;
  /** …and the half joined in is itself at least this much inside the long sentence. */
  joinInside?: number;
  /**
   * Rows are joined through links: a link B–C that joins B's row with A's puts A and C in one row without comparing
   * them. The join is kept only when at least half of the article pairs it brings together this way have two
   * sentences that score this much against each other (some shared word at least).
   */
  rowSupport?: number;
  /**
   * Article whose order the rows follow. Default: the article with the most sentences (the fullest telling gives
   * the most context to hang the others on), ties to the smaller id, so the input order never matters.
   */
  base?: string;
}

export const DEFAULT_ALIGN_OPTIONS: Required<Omit<AlignOptions, 'base'>> = {
  threshold: 0.35,
  wordWeight: 0.45,
  tokenWeight: 0.1,
  contextThreshold: 0.15,
  joinGain: 0.03,
  joinPart: 0.15,
  joinCover: 0.15,
  joinInside: 0.3,
  rowSupport: 0.1,
};

/** A split/merge kept for its coverage (`joinCover`) may score this much below the link it widens, no more. */
const JOIN_DROP = 0.05;

/** One link between two articles' spans, as found by pairwise alignment. */
interface PairLink {
  x: number; // article index (canonical order)
  y: number;
  xs: number[]; // sentence indices, consecutive, ascending
  ys: number[];
  score: number;
  /** For a widened link (split/merge), the 1–1 link it grew from. */
  core?: PairLink;
}

/** Compare strings by code unit, not locale: the same order on every machine. */
function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Align the sentences of an event's articles into rows (see the file comment). Pure and deterministic: the same
 * articles give the same rows whatever order they come in (apart from `options.base`). Articles with a repeated id
 * after the first are ignored.
 */
export function alignEvent(articles: readonly AlignArticle[], options: AlignOptions = {}): Row[] {
  return alignEventScored(articles, options).rows;
}

/**
 * The sentence scorer an alignment made, with the articles in the order it numbers them and the blend it scores with:
 * what the related tier (lib/align/related.ts `relateEvent`) reads instead of making its own for the same texts.
 */
export interface EventScores {
  articles: readonly AlignArticle[];
  scorer: SentenceScorer;
  wordWeight: number;
  tokenWeight: number;
}

/** `alignEvent`, and the scorer it made (null when there was nothing to align). */
export function alignEventScored(
  articles: readonly AlignArticle[],
  options: AlignOptions = {},
): { rows: Row[]; scores: EventScores | null } {
  const opts = { ...DEFAULT_ALIGN_OPTIONS, ...options };
  const arts = canonicalOrder(articles, options.base);
  if (arts.length === 0) return { rows: [], scores: null };
  const scorer = createSentenceScorer(
    arts.map((a) => a.sentences),
    opts,
  );
  // Step 2 for every pair of articles; each pair's score matrix is kept for step 3's support test.
  const links: PairLink[] = [];
  const matrices: (Float64Array | undefined)[] = new Array(arts.length * arts.length);
  for (let x = 0; x < arts.length; x++) {
    for (let y = x + 1; y < arts.length; y++) {
      const n = arts[x]!.sentences.length;
      const m = arts[y]!.sentences.length;
      if (n === 0 || m === 0) continue;
      const scores = scorer.pairMatrix(x, y);
      matrices[x * arts.length + y] = scores;
      links.push(...alignPair({ x, y, n, m, scores, scorer, opts }));
    }
  }
  // The scorer outlives this function (the related tier reads it): its per-article indexes are done with.
  scorer.releaseMatrices();
  const support = pairSupport(matrices, arts);
  const rows = joinRows(
    arts.map((a) => a.id),
    arts.map((a) => a.sentences.length),
    links,
    (parts, link) => supported(parts, link, support, opts.rowSupport),
  );
  return {
    rows,
    scores: { articles: arts, scorer, wordWeight: opts.wordWeight, tokenWeight: opts.tokenWeight },
  };
}

/** Distinct articles in canonical order: the base first (the one asked for, else the longest), the others by id. */
function canonicalOrder(articles: readonly AlignArticle[], asked: string | undefined): AlignArticle[] {
  const seen = new Set<string>();
  const unique = articles.filter((a) => (seen.has(a.id) ? false : (seen.add(a.id), true)));
  if (unique.length === 0) return [];
  const longest = [...unique].sort(
    (a, b) => b.sentences.length - a.sentences.length || byCode(a.id, b.id),
  )[0]!;
  const base = unique.find((a) => a.id === asked) ?? longest;
  return [base, ...unique.filter((a) => a !== base).sort((a, b) => byCode(a.id, b.id))];
}

/** Best score of a sentence of span `as` of article `a` against one of span `bs` of article `b`, from the kept matrices. */
type Support = (a: number, as: [number, number], b: number, bs: [number, number]) => number;

function pairSupport(
  matrices: readonly (Float64Array | undefined)[],
  arts: readonly AlignArticle[],
): Support {
  const support: Support = (a, [alo, ahi], b, [blo, bhi]) => {
    if (a > b) return support(b, [blo, bhi], a, [alo, ahi]);
    const scores = matrices[a * arts.length + b];
    if (!scores) return 0;
    const m = arts[b]!.sentences.length;
    let best = 0;
    for (let i = alo; i <= ahi; i++)
      for (let j = blo; j <= bhi; j++) best = Math.max(best, scores[i * m + j]!);
    return best;
  };
  return support;
}

/** One pair of articles being aligned: x's n sentences against y's m, and their score matrix (row-major, n × m). */
interface PairContext {
  x: number;
  y: number;
  n: number;
  m: number;
  scores: Float64Array;
  scorer: SentenceScorer;
  opts: Required<Omit<AlignOptions, 'base'>>;
}

/** Step 2 of the file comment, for one pair of articles: its links, in the order they were found. */
function alignPair(pair: PairContext): PairLink[] {
  const assigned = assignLinks(pair);
  const { kept, usedX, usedY } = widenLinks(pair, assigned);
  const joined = joinFreeNeighbours(pair, usedX, usedY);
  const out = [...kept, ...joined];
  out.push(...extendByContext(pair, out, usedX, usedY));
  return out;
}

/** 1–1 links by a maximum-weight assignment over each pair's margin above the threshold. */
let weightBuffer = new Float64Array(4096);

function assignLinks({ x, y, n, m, scores, opts }: PairContext): PairLink[] {
  // Weight = margin over the threshold: summing raw scores would trade one strong link for two middling ones.
  // One buffer for every pair (the assignment reads it and keeps nothing): a wide event has a thousand pairs.
  if (weightBuffer.length < n * m) weightBuffer = new Float64Array(Math.max(n * m, 2 * weightBuffer.length));
  const weights = weightBuffer.subarray(0, n * m);
  for (let k = 0; k < n * m; k++) weights[k] = Math.max(0, scores[k]! - opts.threshold);
  const out: PairLink[] = [];
  maxWeightAssignment(weights, n, m).forEach((j, i) => {
    if (j >= 0) out.push({ x, y, xs: [i], ys: [j], score: scores[i * m + j]! });
  });
  return out;
}

/**
 * Widen links into 1–2 splits / 2–1 merges, strongest link first (the links are sorted so, in place). The neighbour
 * joined in must be free, or held by a plain 1–1 link whose own score is lower than the neighbour's score against this
 * link's sentence: a sentence belongs with the counterpart it is most like, and the assignment alone cannot give one
 * sentence two. Returns the links that are kept and which sentences of each side they hold.
 */
function widenLinks(
  pair: PairContext,
  links: PairLink[],
): { kept: PairLink[]; usedX: Uint8Array; usedY: Uint8Array } {
  const { x, y, n, m, scores, scorer, opts } = pair;
  const S = (i: number, j: number) => scores[i * m + j]!;
  links.sort((a, b) => b.score - a.score || a.xs[0]! - b.xs[0]!);
  const ownerX = new Array<PairLink | null>(n).fill(null);
  const ownerY = new Array<PairLink | null>(m).fill(null);
  for (const link of links) {
    ownerX[link.xs[0]!] = link;
    ownerY[link.ys[0]!] = link;
  }
  const dropped = new Set<PairLink>();
  for (const link of links) {
    if (dropped.has(link)) continue;
    // Scores are at most 1: a link this close to it cannot gain by joining (the common case of wire copies).
    if (link.score + opts.joinGain > 1) continue;
    const i = link.xs[0]!;
    const j = link.ys[0]!;
    let best: { xs: number[]; ys: number[]; score: number; steal: PairLink | null } | null = null;
    /** The coverage test for a split (`ys` two sentences) or merge (`xs` two sentences) of link i–j. */
    const covers = (xs: number[], ys: number[]): boolean => {
      if (ys.length === 2) {
        const added = ys[0] === j ? ys[1]! : ys[0]!;
        return (
          scorer.coverage(x, i, y, ys) - scorer.coverage(x, i, y, [j]) >= opts.joinCover &&
          scorer.coverage(y, added, x, [i]) >= opts.joinInside
        );
      }
      const added = xs[0] === i ? xs[1]! : xs[0]!;
      return (
        scorer.coverage(y, j, x, xs) - scorer.coverage(y, j, x, [i]) >= opts.joinCover &&
        scorer.coverage(x, added, y, [j]) >= opts.joinInside
      );
    };
    const consider = (xs: number[], ys: number[], part: number, holder: PairLink | null) => {
      if (part < opts.joinPart) return;
      if (holder && (holder === link || holder.core || holder.xs.length > 1 || holder.ys.length > 1)) return;
      if (holder && part <= holder.score) return;
      const score = scorer.spanScore(x, xs, y, ys);
      if (score < link.score + opts.joinGain && !(score >= link.score - JOIN_DROP && covers(xs, ys))) return;
      if (!best || score > best.score) best = { xs, ys, score, steal: holder };
    };
    for (const jj of [j - 1, j + 1]) {
      if (jj >= 0 && jj < m) consider([i], jj < j ? [jj, j] : [j, jj], S(i, jj), ownerY[jj]!);
    }
    for (const ii of [i - 1, i + 1]) {
      if (ii >= 0 && ii < n) consider(ii < i ? [ii, i] : [i, ii], [j], S(ii, j), ownerX[ii]!);
    }
    const chosen = best as { xs: number[]; ys: number[]; score: number; steal: PairLink | null } | null;
    if (chosen) {
      if (chosen.steal) {
        dropped.add(chosen.steal);
        ownerX[chosen.steal.xs[0]!] = null;
        ownerY[chosen.steal.ys[0]!] = null;
      }
      link.core = { x, y, xs: link.xs, ys: link.ys, score: link.score };
      link.xs = chosen.xs;
      link.ys = chosen.ys;
      link.score = chosen.score;
      for (const s of chosen.xs) ownerX[s] = link;
      for (const s of chosen.ys) ownerY[s] = link;
    }
  }
  const usedX = new Uint8Array(n);
  const usedY = new Uint8Array(m);
  for (let k = 0; k < n; k++) usedX[k] = ownerX[k] ? 1 : 0;
  for (let k = 0; k < m; k++) usedY[k] = ownerY[k] ? 1 : 0;
  return { kept: links.filter((l) => !dropped.has(l)), usedX, usedY };
}

/**
 * Free sentences that match only two free neighbours joined (each half too short to pass alone), strongest first;
 * marks the sentences they take in `usedX` / `usedY`.
 */
function joinFreeNeighbours(pair: PairContext, usedX: Uint8Array, usedY: Uint8Array): PairLink[] {
  const { x, y, n, m, scores, scorer, opts } = pair;
  const S = (i: number, j: number) => scores[i * m + j]!;
  const joins: PairLink[] = [];
  for (let i = 0; i < n; i++) {
    if (usedX[i]) continue;
    for (let j = 0; j + 1 < m; j++) {
      if (usedY[j] || usedY[j + 1] || S(i, j) < opts.joinPart || S(i, j + 1) < opts.joinPart) continue;
      // The joined score is at most about the sum of the parts: skip pairs that cannot reach the threshold.
      if (S(i, j) + S(i, j + 1) < opts.threshold) continue;
      const score = scorer.spanScore(x, [i], y, [j, j + 1]);
      if (score >= opts.threshold) joins.push({ x, y, xs: [i], ys: [j, j + 1], score });
    }
  }
  for (let j = 0; j < m; j++) {
    if (usedY[j]) continue;
    for (let i = 0; i + 1 < n; i++) {
      if (usedX[i] || usedX[i + 1] || S(i, j) < opts.joinPart || S(i + 1, j) < opts.joinPart) continue;
      if (S(i, j) + S(i + 1, j) < opts.threshold) continue;
      const score = scorer.spanScore(x, [i, i + 1], y, [j]);
      if (score >= opts.threshold) joins.push({ x, y, xs: [i, i + 1], ys: [j], score });
    }
  }
  joins.sort(compareLinks);
  const out: PairLink[] = [];
  for (const link of joins) {
    if (link.xs.some((s) => usedX[s]) || link.ys.some((s) => usedY[s])) continue;
    for (const s of link.xs) usedX[s] = 1;
    for (const s of link.ys) usedY[s] = 1;
    out.push(link);
  }
  return out;
}

/**
 * Context: a weaker pair that continues a link on the diagonal (the next sentence of a quote, a follow-up line) is
 * linked at the lower `contextThreshold`. Repeated until nothing changes, so a run of them follows a link; returns
 * the links it adds, marking their sentences used.
 */
function extendByContext(
  { x, y, n, m, scores, opts }: PairContext,
  links: readonly PairLink[],
  usedX: Uint8Array,
  usedY: Uint8Array,
): PairLink[] {
  const S = (i: number, j: number) => scores[i * m + j]!;
  const all = [...links];
  const added: PairLink[] = [];
  let grew = opts.contextThreshold < opts.threshold;
  while (grew) {
    grew = false;
    const extra: PairLink[] = [];
    for (const link of all) {
      const candidates: [number, number][] = [
        [link.xs[link.xs.length - 1]! + 1, link.ys[link.ys.length - 1]! + 1],
        [link.xs[0]! - 1, link.ys[0]! - 1],
      ];
      for (const [i, j] of candidates) {
        if (i < 0 || j < 0 || i >= n || j >= m || usedX[i] || usedY[j]) continue;
        if (S(i, j) < opts.contextThreshold) continue;
        extra.push({ x, y, xs: [i], ys: [j], score: S(i, j) });
      }
    }
    extra.sort(compareLinks);
    for (const link of extra) {
      if (usedX[link.xs[0]!] || usedY[link.ys[0]!]) continue;
      usedX[link.xs[0]!] = 1;
      usedY[link.ys[0]!] = 1;
      all.push(link);
      added.push(link);
      grew = true;
    }
  }
  return added;
}

/** Strongest first; ties by article pair, then by sentence positions. */
function compareLinks(a: PairLink, b: PairLink): number {
  return (
    b.score - a.score ||
    a.x - b.x ||
    a.y - b.y ||
    a.xs[0]! - b.xs[0]! ||
    a.ys[0]! - b.ys[0]! ||
    a.xs.length - b.xs.length ||
    a.ys.length - b.ys.length
  );
}

interface Group {
  /** Per article index: [first, last] sentence of its span. */
  spans: Map<number, [number, number]>;
  /**
   * The links that joined the row: each one merged two or more groups, strongest first, so they are a maximum spanning
   * tree of the row's pairwise links (n − 1 for n articles). Every pairwise link of a 46-outlet row would be 1,035 of
   * them, the export's largest part growing with outlets squared (issue 16); the others count only in the score.
   */
  links: { x: number; y: number; score: number }[];
  /** Sum and count of every pairwise link score inside the row: the row's score is their mean. */
  scoreSum: number;
  scoreCount: number;
}

/**
 * Whether a link may join `parts` (the rows it touches) into one: of the article pairs that only meet through the
 * join (an article of one part, another of a different part; the link's own pair is scored already), at least half
 * must have sentences that score `minimum` against each other. On the gold this turns away joins such as one outlet's
 * "Trump fired back on Twitter" meeting the other side's reply through a third outlet's sentence that mentions both.
 */
function supported(
  parts: readonly Group[],
  link: PairLink,
  support: (a: number, as: [number, number], b: number, bs: [number, number]) => number,
  minimum: number,
): boolean {
  if (minimum <= 0) return true;
  const counted = (a: number, b: number) =>
    !(a === b || (a === link.x && b === link.y) || (a === link.y && b === link.x));
  let pairs = 0;
  for (let p = 0; p < parts.length; p++) {
    for (let q = p + 1; q < parts.length; q++) {
      for (const a of parts[p]!.spans.keys())
        for (const b of parts[q]!.spans.keys()) if (counted(a, b)) pairs++;
    }
  }
  // Scores are looked up only until the answer is known: half backed, or too few left to reach half.
  let backed = 0;
  let left = pairs;
  for (let p = 0; p < parts.length; p++) {
    for (let q = p + 1; q < parts.length; q++) {
      for (const [a, as] of parts[p]!.spans) {
        for (const [b, bs] of parts[q]!.spans) {
          if (!counted(a, b)) continue;
          if (2 * backed >= pairs) return true;
          if (2 * (backed + left) < pairs) return false;
          left--;
          if (support(a, as, b, bs) >= minimum) backed++;
        }
      }
    }
  }
  return 2 * backed >= pairs;
}

/** Steps 3 and 4 of the file comment: pairwise links into rows, in reading order. */
function joinRows(
  ids: string[],
  lengths: number[],
  links: PairLink[],
  mayJoin: (parts: readonly Group[], link: PairLink) => boolean,
): Row[] {
  const { rowGroups, rowOf, offsets } = groupSentences(lengths, links, mayJoin);
  return orderRowGroups(rowGroups, rowOf, offsets).map((r) => toRow(rowGroups[r]!, ids));
}

/**
 * Step 3: group the sentences of all articles (numbered one after another, article by article, from `offsets`) with
 * a union-find, strongest link first. A link is dropped when the merged row would hold two spans of one article, or a
 * span wider than the link itself asks for (three outlets agreeing pairwise must not drag a neighbouring sentence into
 * a row by transitivity). Returns every group (single sentences no link reached included) and each sentence's group.
 */
function groupSentences(
  lengths: number[],
  links: PairLink[],
  mayJoin: (parts: readonly Group[], link: PairLink) => boolean,
): { rowGroups: Group[]; rowOf: Int32Array; offsets: number[] } {
  const offsets: number[] = [];
  let total = 0;
  for (const len of lengths) {
    offsets.push(total);
    total += len;
  }
  const sets = new UnionFind(total);
  const find = (k: number) => sets.find(k);
  const groups = new Map<number, Group>();
  const groupOf = (node: number): Group => {
    const r = find(node);
    let g = groups.get(r);
    if (!g) {
      const a = articleOf(node);
      const s = node - offsets[a]!;
      g = { spans: new Map([[a, [s, s]]]), links: [], scoreSum: 0, scoreCount: 0 };
      groups.set(r, g);
    }
    return g;
  };
  const articleAt = new Int32Array(total);
  lengths.forEach((len, a) => articleAt.fill(a, offsets[a]!, offsets[a]! + len));
  const articleOf = (node: number): number => articleAt[node]!;

  const accept = (link: PairLink): boolean => {
    if (link.xs.length === 1 && link.ys.length === 1) {
      // The common case in a wide event: a 1–1 link inside a row its two ends already share (every outlet printing
      // the statement links to every other). It only adds its score.
      const root = find(offsets[link.x]! + link.xs[0]!);
      if (root === find(offsets[link.y]! + link.ys[0]!)) {
        const g = groupOf(root);
        g.scoreSum += link.score;
        g.scoreCount++;
        return true;
      }
    }
    const nodes = [...link.xs.map((s) => offsets[link.x]! + s), ...link.ys.map((s) => offsets[link.y]! + s)];
    const roots = [...new Set(nodes.map(find))].sort((a, b) => a - b);
    const parts = roots.map((r) => groupOf(r));
    if (parts.length === 1) {
      // Both ends already share a row: the link only adds its score.
      parts[0]!.scoreSum += link.score;
      parts[0]!.scoreCount++;
      return true;
    }
    if (parts.length === 2 && link.xs.length === 1 && link.ys.length === 1) {
      // A 1–1 link asks for one sentence a side, so two rows that share any article cannot join (the test below would
      // find the shared article and refuse): most links of a wide event, between two rows of many articles each, are
      // turned away here after reading the smaller row only.
      const [small, large] =
        parts[0]!.spans.size <= parts[1]!.spans.size ? [parts[0]!, parts[1]!] : [parts[1]!, parts[0]!];
      for (const a of small.spans.keys()) if (large.spans.has(a)) return false;
    }
    // Spans the link asks for: the only articles whose spans may grow by joining groups.
    const asked = new Map<number, [number, number]>([
      [link.x, [link.xs[0]!, link.xs[link.xs.length - 1]!]],
      [link.y, [link.ys[0]!, link.ys[link.ys.length - 1]!]],
    ]);
    // The merged row is the largest part's spans with the others' added: only the others are read (a wide event's rows
    // grow one article at a time, and copying the whole row each time was quadratic in its width). Which part is read
    // first does not change the outcome: an article in two parts must make exactly the span asked for, in any order,
    // and a third can never fit. What the others add is kept aside until the join is known to hold.
    const big = parts.reduce((a, b) => (b.spans.size > a.spans.size ? b : a));
    const added = new Map<number, [number, number]>();
    let ok = true;
    for (const g of parts) {
      if (g === big) continue;
      for (const [a, [lo, hi]] of g.spans) {
        const prev = added.get(a) ?? big.spans.get(a);
        if (!prev) {
          added.set(a, [lo, hi]);
          continue;
        }
        const want = asked.get(a);
        const nlo = Math.min(prev[0], lo);
        const nhi = Math.max(prev[1], hi);
        // Two groups both hold this article: allowed only if together they are exactly the span the link names.
        if (
          !want ||
          nlo !== want[0] ||
          nhi !== want[1] ||
          nhi - nlo + 1 !== prev[1] - prev[0] + 1 + hi - lo + 1
        ) {
          ok = false;
          break;
        }
        added.set(a, [nlo, nhi]);
      }
      if (!ok) break;
    }
    if (!ok || !mayJoin(parts, link)) return false;
    const root = roots[0]!;
    // Gather the links into the longest list rather than copying them all on every merge.
    const keep = parts.reduce((a, b) => (b.links.length > a.links.length ? b : a));
    for (const g of parts) if (g !== keep) for (const l of g.links) keep.links.push(l);
    keep.links.push({ x: link.x, y: link.y, score: link.score });
    let scoreSum = link.score;
    let scoreCount = 1;
    for (const g of parts) {
      scoreSum += g.scoreSum;
      scoreCount += g.scoreCount;
    }
    for (const r of roots) {
      groups.delete(r);
      sets.union(r, root);
    }
    const merged = big.spans;
    for (const [a, span] of added) merged.set(a, span);
    groups.set(root, { spans: merged, links: keep.links, scoreSum, scoreCount });
    return true;
  };
  for (const link of [...links].sort(compareLinks)) {
    // A split/merge that conflicts with stronger rows may still hold as the 1–1 link it grew from.
    if (!accept(link) && link.core) accept(link.core);
  }

  // Every sentence's row; single-sentence rows for sentences no link reached.
  const rowOf = new Int32Array(total).fill(-1);
  const rowGroups: Group[] = [];
  const rowIndex = new Map<number, number>();
  for (let node = 0; node < total; node++) {
    const r = find(node);
    let idx = rowIndex.get(r);
    if (idx === undefined) {
      idx = rowGroups.length;
      rowIndex.set(r, idx);
      rowGroups.push(groupOf(r));
    }
    rowOf[node] = idx;
  }

  return { rowGroups, rowOf, offsets };
}

/**
 * Step 4: the order of the rows. Base rows by base sentence; every other row right after the row of the sentence
 * before it in the first article (canonical order) it holds, at the start when there is none.
 */
function orderRowGroups(
  rowGroups: readonly Group[],
  rowOf: Int32Array,
  offsets: readonly number[],
): number[] {
  // Order: base rows by base sentence; every other row right after the row of the sentence before it in the first
  // article (canonical order) it holds. Children of one parent keep that article's order, then sentence order.
  const START = -1;
  const anchorOf = (g: Group): { article: number; first: number } => {
    const article = Math.min(...g.spans.keys());
    return { article, first: g.spans.get(article)![0] };
  };
  const parentOf = rowGroups.map((g) => {
    if (g.spans.has(0)) return START;
    const { article, first } = anchorOf(g);
    return first === 0 ? START : rowOf[offsets[article]! + first - 1]!;
  });
  // A row whose chain of parents loops (crossing reorders) hangs from the start instead.
  for (let r = 0; r < rowGroups.length; r++) {
    const seenChain = new Set<number>();
    let k = r;
    while (k !== START && !seenChain.has(k)) {
      seenChain.add(k);
      k = parentOf[k]!;
    }
    if (k !== START) parentOf[k] = START;
  }
  const children = new Map<number, number[]>();
  rowGroups.forEach((_, r) => {
    const p = parentOf[r]!;
    if (p === START && rowGroups[r]!.spans.has(0)) return;
    let list = children.get(p);
    if (!list) children.set(p, (list = []));
    list.push(r);
  });
  const sortKey = (r: number) => anchorOf(rowGroups[r]!);
  for (const list of children.values()) {
    list.sort((a, b) => {
      const ka = sortKey(a);
      const kb = sortKey(b);
      return ka.article - kb.article || ka.first - kb.first;
    });
  }
  const order: number[] = [];
  const emit = (r: number) => {
    order.push(r);
    for (const c of children.get(r) ?? []) emit(c);
  };
  for (const c of children.get(START) ?? []) {
    if (rowGroups[c]!.spans.has(0)) continue;
    emit(c);
  }
  const baseRows = rowGroups
    .map((g, r) => ({ r, first: g.spans.get(0)?.[0] }))
    .filter((e): e is { r: number; first: number } => e.first !== undefined)
    .sort((a, b) => a.first - b.first);
  for (const { r } of baseRows) emit(r);
  return order;
}

/**
 * A group as the index writes a row: cells by article id, the mean of every pairwise link score, and the links that
 * joined it (a spanning tree) sorted by article ids.
 */
function toRow(g: Group, ids: readonly string[]): Row {
  const cells: Record<string, number[]> = {};
  for (const a of [...g.spans.keys()].sort((p, q) => p - q)) {
    const [lo, hi] = g.spans.get(a)!;
    const span: number[] = [];
    for (let s = lo; s <= hi; s++) span.push(s);
    cells[ids[a]!] = span;
  }
  const score = g.scoreCount === 0 ? 1 : g.scoreSum / g.scoreCount;
  const row: Row = { cells, score: round(score) };
  if (g.links.length > 0) {
    row.links = g.links
      .map((l) => {
        const [a, b] = byCode(ids[l.x]!, ids[l.y]!) <= 0 ? [ids[l.x]!, ids[l.y]!] : [ids[l.y]!, ids[l.x]!];
        return { a, b, score: round(l.score) };
      })
      .sort((p, q) => byCode(p.a, q.a) || byCode(p.b, q.b) || q.score - p.score);
  }
  return row;
}

/** Scores are rounded so the index bytes do not depend on floating-point summation order noise. */
function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
