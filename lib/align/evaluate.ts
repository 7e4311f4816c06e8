import { createHash } from 'node:crypto';
import type { RelatedLink, Row } from '../types';
import { normaliseForMatch } from '../text/normalise';
import { wordTokens } from '../text/tokens';

/**
 * Scoring sentence alignment against hand-labelled gold (data/gold/alignment/*.json).
 *
 * The unit is a sentence pair between two articles: a gold link between spans (a 1–2 split, a 2–1 merge) counts as
 * every pair of its sentences, and so does a predicted row. Gold is exhaustive for every pair of its articles, so a
 * predicted pair that gold does not list is a false positive. Gold sentences are found in the pipeline's sentences by
 * a short hash of their matching form (copyrighted corpora keep no text in the repo), nearest to the labelled index,
 * so a splitter change that shifts indices is tolerated and reported rather than silently scored wrong.
 */

/** A gold sentence: its text (our own seed corpus) or its hash (third-party corpora), with the labelled index. */
export interface GoldSentenceRef {
  index: number;
  text?: string;
  hash?: string;
  /** `headHash` of the sentence: finds it when a splitter change glued a fragment to its end. */
  head?: string;
}

export interface GoldLink {
  /** Article keys (see `GoldArticleRef.key`). */
  a: string;
  b: string;
  aSentences: GoldSentenceRef[];
  bSentences: GoldSentenceRef[];
  /**
   * `same`: the same statement, what a row should hold (a 2–1 merge included). `related`: the same fact, event or quote
   * told in other words or in part (a report and the quote it reports, a summary and a detail), what the related tier
   * (lib/align/related.ts) should find. Absent means `same`: gold written before the kinds (every file in
   * data/gold/alignment now gives one).
   */
  kind?: 'same' | 'related';
  note?: string;
}

export interface GoldArticleRef {
  /** Short key used by the links (`afp`, `fox`). */
  key: string;
  /** Input file name inside the corpus folder (seed form), or… */
  file?: string;
  /** …the record's own id (JSONL/CSV corpora). */
  sourceId?: string;
  outlet?: string;
}

export interface AlignmentGold {
  name: string;
  description?: string;
  /** `data/corpus` for the seed, or a folder name under the shared corpora (`basil-dev`). */
  corpus: string;
  articles: GoldArticleRef[];
  links: GoldLink[];
}

/** First 8 hex digits of the SHA-1 of a sentence's matching form: enough to find it, too little to rebuild it. */
export function sentenceHash(text: string): string {
  return createHash('sha1').update(normaliseForMatch(text), 'utf8').digest('hex').slice(0, 8);
}

/** How many leading word tokens `headHash` covers. */
const HEAD_WORDS = 6;

/** `sentenceHash` of a sentence's first few word tokens. */
export function headHash(text: string): string {
  return sentenceHash(wordTokens(text).slice(0, HEAD_WORDS).join(' '));
}

/** One sentence pair, for reports: article keys, pipeline indices, and the texts (when the caller has them). */
export interface PairExample {
  a: string;
  b: string;
  i: number;
  j: number;
  textA?: string;
  textB?: string;
}

export interface AlignmentScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  falsePositiveExamples: PairExample[];
  missExamples: PairExample[];
  /** Gold sentences found at another index than labelled (the splitter changed), as `key:labelled→found`. */
  shifted: string[];
  /** Gold sentences not found at all; their links count as misses. */
  unresolved: string[];
}

export interface ResolvedArticle {
  /** Pipeline article id (the key of `Row.cells`). */
  id: string;
  sentences: string[];
}

/**
 * The pipeline index of a gold sentence: same hash, nearest the labelled index (ties to the lower one); failing that,
 * same first words (`headHash`); for a gold sentence with text, failing that, the pipeline sentence that contains it or
 * is contained in it (a split or merge of sentences by a changed splitter). -1 when not found.
 */
export function resolveGoldSentence(ref: GoldSentenceRef, sentences: readonly string[]): number {
  const hash = ref.hash ?? (ref.text !== undefined ? sentenceHash(ref.text) : undefined);
  let best = -1;
  if (hash !== undefined) {
    sentences.forEach((s, k) => {
      if (sentenceHash(s) !== hash) return;
      if (best < 0 || Math.abs(k - ref.index) < Math.abs(best - ref.index)) best = k;
    });
  }
  if (best >= 0) return best;
  const head = ref.head ?? (ref.text !== undefined ? headHash(ref.text) : undefined);
  if (head !== undefined) {
    sentences.forEach((s, k) => {
      if (headHash(s) !== head) return;
      if (best < 0 || Math.abs(k - ref.index) < Math.abs(best - ref.index)) best = k;
    });
  }
  if (best >= 0 || ref.text === undefined) return best;
  const want = normaliseForMatch(ref.text);
  sentences.forEach((s, k) => {
    const have = normaliseForMatch(s);
    if (have.length === 0 || !(have.includes(want) || want.includes(have))) return;
    if (best < 0 || Math.abs(k - ref.index) < Math.abs(best - ref.index)) best = k;
  });
  return best;
}

export function pairKey(keys: string[], a: string, i: number, b: string, j: number): string {
  // Order the two ends by the gold's article order so (a,b) and (b,a) are the same pair.
  return keys.indexOf(a) <= keys.indexOf(b) ? `${a}:${i}|${b}:${j}` : `${b}:${j}|${a}:${i}`;
}

function parsePair(key: string): { a: string; i: number; b: string; j: number } {
  const [left, right] = key.split('|') as [string, string];
  const [a, i] = left.split(':') as [string, string];
  const [b, j] = right.split(':') as [string, string];
  return { a, i: Number(i), b, j: Number(j) };
}

/** The gold's links as sentence pairs (`a:i|b:j`, ends in gold article order) over the pipeline's sentences. */
export function resolveGoldPairs(
  gold: AlignmentGold,
  articles: ReadonlyMap<string, ResolvedArticle>,
): {
  keys: string[];
  goldPairs: Set<string>;
  /** The pairs of `goldPairs` that some `same` link holds (a pair both kinds hold is a same-statement pair). */
  samePairs: Set<string>;
  unresolvedPairs: number;
  shifted: string[];
  unresolved: string[];
} {
  const keys = gold.articles.map((a) => a.key).filter((k) => articles.has(k));
  const shifted: string[] = [];
  const unresolved: string[] = [];
  const goldPairs = new Set<string>();
  const samePairs = new Set<string>();
  let unresolvedPairs = 0;
  const resolve = (key: string, ref: GoldSentenceRef): number => {
    const art = articles.get(key);
    if (!art) return -1;
    const k = resolveGoldSentence(ref, art.sentences);
    if (k < 0) unresolved.push(`${key}:${ref.index}`);
    else if (k !== ref.index) shifted.push(`${key}:${ref.index}→${k}`);
    return k;
  };
  for (const link of gold.links) {
    if (!articles.has(link.a) || !articles.has(link.b)) continue;
    const as = link.aSentences.map((r) => resolve(link.a, r));
    const bs = link.bSentences.map((r) => resolve(link.b, r));
    for (const i of as) {
      for (const j of bs) {
        if (i < 0 || j < 0) unresolvedPairs++;
        else {
          const key = pairKey(keys, link.a, i, link.b, j);
          goldPairs.add(key);
          if ((link.kind ?? 'same') === 'same') samePairs.add(key);
        }
      }
    }
  }
  return { keys, goldPairs, samePairs, unresolvedPairs, shifted, unresolved };
}

/**
 * What rows can reach on this gold at all: rows hold one span per article and count every pair of their sentences,
 * while gold may pair a sentence with two separate sentences of another article (a summary and the detail it sums up)
 * or pair A with B and B with C but not A with C. An oracle that knows the gold starts from one row per sentence and
 * joins, best first, the two rows of a gold pair whenever the joined row keeps one span per article and adds at least
 * as many gold pairs as wrong ones. Its precision and recall bound what an aligner can show as rows (greedy, so
 * roughly: a cleverer oracle may do a little better).
 */
export function rowCeiling(
  gold: AlignmentGold,
  articles: ReadonlyMap<string, ResolvedArticle>,
): { truePositives: number; falsePositives: number; falseNegatives: number } {
  const { keys, goldPairs } = resolveGoldPairs(gold, articles);
  type Cells = Map<string, number[]>; // article key → sorted sentence indices
  const rowOf = new Map<string, Cells>();
  const rowAt = (key: string, i: number): Cells => {
    const id = `${key}:${i}`;
    let row = rowOf.get(id);
    if (!row) rowOf.set(id, (row = new Map([[key, [i]]])));
    return row;
  };
  const pairsOf = (row: Cells): string[] => {
    const out: string[] = [];
    const present = keys.filter((k) => row.has(k));
    for (let p = 0; p < present.length; p++) {
      for (let q = p + 1; q < present.length; q++) {
        for (const i of row.get(present[p]!)!) {
          for (const j of row.get(present[q]!)!) out.push(pairKey(keys, present[p]!, i, present[q]!, j));
        }
      }
    }
    return out;
  };
  const join = (a: Cells, b: Cells): Cells | null => {
    const out: Cells = new Map(a);
    for (const [k, span] of b) {
      const all = [...(out.get(k) ?? []), ...span].sort((x, y) => x - y);
      if (all[all.length - 1]! - all[0]! + 1 !== all.length) return null;
      out.set(k, all);
    }
    return out;
  };
  const pairs = [...goldPairs].sort().map(parsePair);
  for (;;) {
    let best: { a: Cells; b: Cells; joined: Cells; gain: number } | null = null;
    for (const { a, i, b, j } of pairs) {
      const ra = rowAt(a, i);
      const rb = rowAt(b, j);
      if (ra === rb) continue;
      const joined = join(ra, rb);
      if (!joined) continue;
      const before = new Set([...pairsOf(ra), ...pairsOf(rb)]);
      let gain = 0;
      for (const k of pairsOf(joined)) if (!before.has(k)) gain += goldPairs.has(k) ? 1 : -1;
      if (gain >= 0 && (!best || gain > best.gain)) best = { a: ra, b: rb, joined, gain };
    }
    if (!best) break;
    for (const [k, span] of best.joined) for (const s of span) rowOf.set(`${k}:${s}`, best.joined);
  }
  const predicted = new Set([...new Set(rowOf.values())].flatMap(pairsOf));
  const tp = [...predicted].filter((k) => goldPairs.has(k)).length;
  return { truePositives: tp, falsePositives: predicted.size - tp, falseNegatives: goldPairs.size - tp };
}

/**
 * Precision, recall and F1 of `rows` against `gold`, over sentence pairs between the gold's articles.
 * `articles` maps each gold article key to the pipeline article it was found as. Up to `maxExamples` false positives
 * and misses are listed, in gold article order then index order.
 */
export function evaluateAlignment(
  gold: AlignmentGold,
  articles: ReadonlyMap<string, ResolvedArticle>,
  rows: readonly Row[],
  maxExamples = 20,
): AlignmentScore {
  const { keys, goldPairs, unresolvedPairs, shifted, unresolved } = resolveGoldPairs(gold, articles);

  const keyOfId = new Map<string, string>();
  for (const k of keys) keyOfId.set(articles.get(k)!.id, k);
  const predicted = new Set<string>();
  for (const row of rows) {
    const present = Object.keys(row.cells).filter((id) => keyOfId.has(id));
    for (let p = 0; p < present.length; p++) {
      for (let q = p + 1; q < present.length; q++) {
        const ka = keyOfId.get(present[p]!)!;
        const kb = keyOfId.get(present[q]!)!;
        for (const i of row.cells[present[p]!]!) {
          for (const j of row.cells[present[q]!]!) predicted.add(pairKey(keys, ka, i, kb, j));
        }
      }
    }
  }

  const tp = [...predicted].filter((k) => goldPairs.has(k)).length;
  const fp = predicted.size - tp;
  const fn = goldPairs.size - tp + unresolvedPairs;
  const precision = predicted.size === 0 ? 1 : tp / predicted.size;
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);

  const example = (key: string): PairExample => {
    const { a, i, b, j } = parsePair(key);
    return { a, b, i, j, textA: articles.get(a)?.sentences[i], textB: articles.get(b)?.sentences[j] };
  };
  const order = (x: string, y: string) => {
    const p = parsePair(x);
    const q = parsePair(y);
    return (
      keys.indexOf(p.a) - keys.indexOf(q.a) || keys.indexOf(p.b) - keys.indexOf(q.b) || p.i - q.i || p.j - q.j
    );
  };
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision,
    recall,
    f1,
    falsePositiveExamples: [...predicted]
      .filter((k) => !goldPairs.has(k))
      .sort(order)
      .slice(0, maxExamples)
      .map(example),
    missExamples: [...goldPairs]
      .filter((k) => !predicted.has(k))
      .sort(order)
      .slice(0, maxExamples)
      .map(example),
    shifted,
    unresolved,
  };
}

/** Micro-average of several scores: pairs summed, then precision/recall/F1 from the sums. */
export function combineScores(
  scores: readonly Pick<AlignmentScore, 'truePositives' | 'falsePositives' | 'falseNegatives'>[],
): {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
} {
  const tp = scores.reduce((t, s) => t + s.truePositives, 0);
  const fp = scores.reduce((t, s) => t + s.falsePositives, 0);
  const fn = scores.reduce((t, s) => t + s.falseNegatives, 0);
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives: tp, falsePositives: fp, falseNegatives: fn };
}

/** What the two tiers (rows, related links) show on one gold event, as counts: see `evaluateTiers`. */
export interface TierCounts {
  /** Sentence pairs rows hold between the gold's articles, and those that are gold links (of either kind). */
  rowPairs: number;
  rowRight: number;
  /** Same-statement gold pairs; those rows hold; those rows or related links hold. */
  samePairs: number;
  sameByRows: number;
  sameByBoth: number;
  /** All gold pairs (either kind); those rows hold; those rows or related links hold. */
  allPairs: number;
  allByRows: number;
  allByBoth: number;
  /** Related links; those with at least one sentence pair that is a gold link (of either kind). */
  related: number;
  relatedRight: number;
  /** Rows of one article alone (shown as "only in"), with rows only; those with no gold link of either kind. */
  onlyInRowsOnly: number;
  onlyInTrueRowsOnly: number;
  /** The same once related links are shown: a passage with a related link is "told differently", not "only in". */
  onlyIn: number;
  onlyInTrue: number;
}

export interface TierScore extends TierCounts {
  /** Related links no gold pair supports, as `key:i,j ~ key:k [shared]` with texts. */
  wrongRelated: string[];
  /** Passages still shown as only in one outlet that have a gold link. */
  falseOnlyIn: string[];
  /** Gold pairs neither tier holds, as `kind key:i ~ key:j` with texts. */
  misses: string[];
}

/** Every tier figure as a share: NaN-free (an empty denominator reads as 1). */
export function tierShares(c: TierCounts): {
  rowPrecision: number;
  rowRecallSame: number;
  sameRecall: number;
  allRecall: number;
  relatedPrecision: number;
  onlyInTruth: number;
  onlyInTruthRowsOnly: number;
} {
  const share = (x: number, n: number) => (n === 0 ? 1 : x / n);
  return {
    rowPrecision: share(c.rowRight, c.rowPairs),
    rowRecallSame: share(c.sameByRows, c.samePairs),
    sameRecall: share(c.sameByBoth, c.samePairs),
    allRecall: share(c.allByBoth, c.allPairs),
    relatedPrecision: share(c.relatedRight, c.related),
    onlyInTruth: share(c.onlyInTrue, c.onlyIn),
    onlyInTruthRowsOnly: share(c.onlyInTrueRowsOnly, c.onlyInRowsOnly),
  };
}

/** Counts summed over several gold events (micro-average). */
export function sumTierCounts(all: readonly TierCounts[]): TierCounts {
  const out: TierCounts = {
    rowPairs: 0,
    rowRight: 0,
    samePairs: 0,
    sameByRows: 0,
    sameByBoth: 0,
    allPairs: 0,
    allByRows: 0,
    allByBoth: 0,
    related: 0,
    relatedRight: 0,
    onlyInRowsOnly: 0,
    onlyInTrueRowsOnly: 0,
    onlyIn: 0,
    onlyInTrue: 0,
  };
  for (const c of all) for (const k of Object.keys(out) as (keyof TierCounts)[]) out[k] += c[k];
  return out;
}

/**
 * Both tiers against `gold`: rows (precision over the pairs they hold, recall of same-statement pairs), rows plus
 * related links (recall of same-statement pairs and of all pairs), related-link precision (a link is right when at
 * least one of its sentence pairs is a gold link of either kind: the gold is exhaustive for every pair of its
 * articles, so any other link is wrong), and only-in truth (of the rows one article alone holds, with no related link
 * on any of their sentences, the share with no gold link of either kind on any of their sentences). A gold pair
 * whose sentences are not found counts as missed. Up to `maxExamples` of each kind of failure are listed.
 */
export function evaluateTiers(
  gold: AlignmentGold,
  articles: ReadonlyMap<string, ResolvedArticle>,
  rows: readonly Row[],
  related: readonly RelatedLink[],
  maxExamples = 0,
): TierScore {
  const { keys, goldPairs, samePairs, unresolvedPairs } = resolveGoldPairs(gold, articles);
  const keyOfId = new Map<string, string>();
  for (const k of keys) keyOfId.set(articles.get(k)!.id, k);
  const text = (key: string, i: number) => articles.get(key)?.sentences[i] ?? '';
  const clip = (s: string, n = 80) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

  const rowPairs = new Set<string>();
  for (const row of rows) {
    const cells = Object.entries(row.cells).filter(([id]) => keyOfId.has(id));
    for (let p = 0; p < cells.length; p++)
      for (let q = p + 1; q < cells.length; q++)
        for (const i of cells[p]![1])
          for (const j of cells[q]![1])
            rowPairs.add(pairKey(keys, keyOfId.get(cells[p]![0])!, i, keyOfId.get(cells[q]![0])!, j));
  }
  const relatedPairs = new Set<string>();
  const relatedEnds = new Set<string>();
  let relatedRight = 0;
  let relatedCount = 0;
  const wrongRelated: string[] = [];
  for (const l of related) {
    const ka = keyOfId.get(l.a);
    const kb = keyOfId.get(l.b);
    if (ka === undefined || kb === undefined) continue;
    relatedCount++;
    let right = false;
    for (const i of l.ai) {
      relatedEnds.add(`${ka}:${i}`);
      for (const j of l.bi) {
        const key = pairKey(keys, ka, i, kb, j);
        relatedPairs.add(key);
        if (goldPairs.has(key)) right = true;
      }
    }
    for (const j of l.bi) relatedEnds.add(`${kb}:${j}`);
    if (right) relatedRight++;
    else if (wrongRelated.length < maxExamples)
      wrongRelated.push(
        `${ka}:${l.ai.join(',')} ~ ${kb}:${l.bi.join(',')} [${l.shared.join(', ')}]\n` +
          `      "${clip(l.ai.map((i) => text(ka, i)).join(' '))}"\n      "${clip(l.bi.map((j) => text(kb, j)).join(' '))}"`,
      );
  }

  const goldEnds = new Set<string>();
  for (const p of goldPairs) for (const end of p.split('|')) goldEnds.add(end);
  let rowRight = 0;
  for (const p of rowPairs) if (goldPairs.has(p)) rowRight++;
  let sameByRows = 0;
  let sameByBoth = 0;
  let allByRows = 0;
  let allByBoth = 0;
  const misses: string[] = [];
  for (const p of [...goldPairs].sort()) {
    const inRows = rowPairs.has(p);
    const inBoth = inRows || relatedPairs.has(p);
    const same = samePairs.has(p);
    if (inRows) allByRows++;
    if (inBoth) allByBoth++;
    if (same && inRows) sameByRows++;
    if (same && inBoth) sameByBoth++;
    if (!inBoth && misses.length < maxExamples) {
      const { a, i, b, j } = parsePair(p);
      misses.push(
        `${same ? 'same   ' : 'related'} ${a}:${i} ~ ${b}:${j}\n      "${clip(text(a, i))}"\n      "${clip(text(b, j))}"`,
      );
    }
  }

  let onlyInRowsOnly = 0;
  let onlyInTrueRowsOnly = 0;
  let onlyIn = 0;
  let onlyInTrue = 0;
  const falseOnlyIn: string[] = [];
  for (const row of rows) {
    const cells = Object.entries(row.cells).filter(([id, s]) => s.length > 0 && keyOfId.has(id));
    if (cells.length !== 1) continue;
    const [id, span] = cells[0]!;
    const key = keyOfId.get(id)!;
    const ends = span.map((s) => `${key}:${s}`);
    const isTrue = !ends.some((e) => goldEnds.has(e));
    onlyInRowsOnly++;
    if (isTrue) onlyInTrueRowsOnly++;
    if (ends.some((e) => relatedEnds.has(e))) continue;
    onlyIn++;
    if (isTrue) onlyInTrue++;
    else if (falseOnlyIn.length < maxExamples)
      falseOnlyIn.push(`${ends.join(',')} "${clip(span.map((s) => text(key, s)).join(' '))}"`);
  }

  return {
    rowPairs: rowPairs.size,
    rowRight,
    samePairs: samePairs.size,
    sameByRows,
    sameByBoth,
    allPairs: goldPairs.size + unresolvedPairs,
    allByRows,
    allByBoth,
    related: relatedCount,
    relatedRight,
    onlyInRowsOnly,
    onlyInTrueRowsOnly,
    onlyIn,
    onlyInTrue,
    wrongRelated,
    falseOnlyIn,
    misses,
  };
}
