import type { Article } from '../types';
import { articleTerms, corpusTerms, type ArticleTerms, type CorpusTerms } from './terms';
import { cosine, documentFrequencies, tfidfVector, type SparseVector } from '../text/vectors';

/**
 * Event clustering (DESIGN.md §4): which articles tell the same story.
 *
 * Each article becomes a TF-IDF vector over stemmed content words, with the headline and the lead counted more (they
 * say what the story is; the body wanders into background) and names and figures weighted up (two stories on the same
 * topic, on the same days, differ in who and how many). Candidate pairs come from an inverted index over each article's
 * most distinctive terms, limited to articles a few days apart, so the work grows with the number of related pairs
 * rather than with n²; the candidates are then grouped by average-link agglomerative clustering on cosine, with the
 * similarity of two articles reduced by a share per day between them and a cohesion test that keeps two tight stories
 * on one topic apart (see `averageLink`).
 *
 * Defaults were tuned on ../shared/corpora (`npx tsx scripts/eval-events.ts`) looking at four figures together:
 * B-cubed F1 1.00 on BASIL dev, 0.99 with its 50 events packed into one week, 1.00 on Ground News dev, and the seed
 * corpus's three events. Neighbouring settings (threshold 0.10, cohesion ratio 0.6–0.7, window 6 days) give the same
 * figures; the edges are near: a threshold of 0.15 or a cohesion ratio of 0.75 splits a Ground News story (F1 0.95),
 * a decay of 0.2 splits a BASIL event (0.99), and without the decay AP's follow-up joins the seed event.
 */

export interface ClusterOptions {
  /** Average-link cosine needed to merge two clusters. */
  threshold?: number;
  /** Articles more than this many days apart are never compared (undated articles are compared with everything). */
  windowDays?: number;
  /**
   * Share of the similarity lost per day between two articles: a report days later is more often the next development
   * of a story (a new event) than the same news, so it needs more words in common.
   */
  dayDecay?: number;
  /** How many of an article's highest-weighted terms are looked up in the inverted index to find candidates. */
  candidateTerms?: number;
  /**
   * A term found in more articles than this within an article's date window is not used to find its candidates: it
   * names a topic, not a story, and would make the candidate set grow with the square of the corpus.
   */
  maxPostings?: number;
  /** How many of an article's highest-weighted terms go into the inverted index (found by others' top terms). */
  indexTerms?: number;
  /** How many of the looked-up terms a pair must share to be compared at all. */
  minSharedTerms?: number;
  /** How many of an article's highest-weighted terms its vector keeps. */
  vectorTerms?: number;
  /** Count of the headline's words relative to a body word. */
  titleWeight?: number;
  /** Count of the lead's words (first paragraphs, about `leadWords` words) relative to a later body word. */
  leadWeight?: number;
  leadWords?: number;
  /** Multiplier for names (words capitalised mid-sentence) and figures. */
  entityWeight?: number;
  /**
   * Two clusters of two or more articles merge only when their average similarity is at least this share of the
   * less cohesive one's own average internal similarity (0 turns the test off). See `averageLink`.
   */
  cohesionRatio?: number;
  /**
   * Internal similarity above this counts as this much in the cohesion test: syndicated copies of one wire story are
   * near-identical, and that says nothing about how far a story's coverage may range.
   */
  cohesionCap?: number;
}

export const DEFAULT_CLUSTER_OPTIONS: Required<ClusterOptions> = {
  threshold: 0.13,
  windowDays: 4,
  dayDecay: 0.15,
  candidateTerms: 10,
  vectorTerms: 300,
  indexTerms: 100,
  minSharedTerms: 2,
  maxPostings: 100,
  titleWeight: 4,
  leadWeight: 2,
  leadWords: 60,
  entityWeight: 2,
  cohesionRatio: 0.65,
  cohesionCap: 0.5,
};

/** An article as clustering sees it: a unit vector and a day number (null when undated). */
export interface ArticleFeatures {
  id: string;
  day: number | null;
  vector: SparseVector;
  /**
   * The vector's strongest terms, strongest first (ties by term), as many as the inverted index takes: sorted once
   * here rather than at every look-up.
   */
  ranked?: readonly string[];
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; null for anything else. */
export function dayNumber(date: string | null): number | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}

/** Weighted term counts of one article: headline and lead counted more than the rest of the body. */
function weightedCounts(
  article: Article,
  terms: ArticleTerms,
  o: Required<ClusterOptions>,
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (stems: readonly string[], w: number) => {
    for (const t of stems) counts.set(t, (counts.get(t) ?? 0) + w);
  };
  // A derived title is the first sentence again: counting it up would count the lead twice.
  add(terms.title, article.titleSource === 'derived' ? 1 : o.titleWeight);
  let words = 0;
  article.blocks.forEach((block, k) => {
    const inLead = words < o.leadWords;
    add(terms.blocks[k]!, inLead ? o.leadWeight : 1);
    words += block.text.split(/\s+/).length;
  });
  return counts;
}

/** TF-IDF vectors of the articles, idf taken over the same collection. */
export function articleFeatures(
  articles: readonly Article[],
  options: ClusterOptions = {},
  terms: CorpusTerms = corpusTerms(articles),
): ArticleFeatures[] {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const termsOf = (a: Article) => terms.get(a.id) ?? articleTerms(a, new Map());
  const counts = articles.map((a) => weightedCounts(a, termsOf(a), o));
  const dfs = documentFrequencies(counts);
  return articles.map((a, i) => {
    const names = termsOf(a).names;
    const weight = (t: string) => (names.has(t) || /^\p{N}/u.test(t) ? o.entityWeight : 1);
    const vector = strongest(tfidfVector(counts[i]!, dfs, articles.length, weight), o.vectorTerms);
    counts[i] = new Map(); // Not needed any more: at 100k articles the counts would double the memory held.
    return { id: a.id, day: dayNumber(a.date), vector, ranked: topTerms(vector, o.indexTerms) };
  });
}

/**
 * The `k` highest-weighted terms of a unit vector, scaled back to unit length. The tail of a long article is background
 * words at low weight: dropping it bounds memory and the cost of each cosine at a fixed size per article.
 */
function strongest(v: SparseVector, k: number): SparseVector {
  if (v.size <= k) return v;
  const kept = topTerms(v, k);
  let norm = 0;
  for (const t of kept) norm += v.get(t)! ** 2;
  norm = Math.sqrt(norm);
  return new Map(kept.map((t) => [t, v.get(t)! / norm]));
}

/** Highest-weighted terms of a vector, ties broken by the term so the choice is independent of map order. */
function topTerms(v: SparseVector, k: number): string[] {
  return [...v.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, k)
    .map(([t]) => t);
}

/** First index in a sorted array whose value is ≥ x. */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Candidate pairs and their similarity: for each article, the articles within the date window that hold one of its top
 * `candidateTerms` terms among their own top `indexTerms`, and share at least `minSharedTerms` such terms with it.
 * Postings are kept sorted by day so the window is a binary search, not a scan, and a term held by more than
 * `maxPostings` articles in the window is passed over: at 100k articles the cost is the number of candidates, not n².
 * Gives up pairs that share fewer distinctive terms, which are unlikely to clear the threshold anyway. Similarity is
 * the cosine less `dayDecay` per day between the two. Returns pairs with i < j, keyed `i * n + j`.
 */
export function candidateSimilarities(
  features: readonly ArticleFeatures[],
  options: ClusterOptions = {},
): Map<number, number> {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const n = features.length;
  const top = (f: ArticleFeatures, k: number) =>
    f.ranked && (f.ranked.length >= k || f.ranked.length === f.vector.size)
      ? f.ranked.slice(0, k)
      : topTerms(f.vector, k);
  // Inverted index over each article's strongest terms: dated postings sorted by (day, index), undated ones apart.
  const dated = new Map<string, number[]>();
  const undated = new Map<string, number[]>();
  const order = features
    .map((_, i) => i)
    .sort((a, b) => (features[a]!.day ?? 0) - (features[b]!.day ?? 0) || a - b);
  for (const i of order) {
    const f = features[i]!;
    const index = f.day === null ? undated : dated;
    for (const t of top(f, o.indexTerms)) {
      let list = index.get(t);
      if (!list) index.set(t, (list = []));
      list.push(i);
    }
  }
  const postingDays = new Map<string, number[]>();
  for (const [t, list] of dated)
    postingDays.set(
      t,
      list.map((i) => features[i]!.day!),
    );

  const sims = new Map<number, number>();
  const shared = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const f = features[i]!;
    shared.clear();
    for (const t of top(f, o.candidateTerms)) {
      const list = dated.get(t) ?? [];
      const days = postingDays.get(t) ?? [];
      const others = undated.get(t) ?? [];
      const start = f.day === null ? 0 : lowerBound(days, f.day - o.windowDays);
      const end = f.day === null ? list.length : lowerBound(days, f.day + o.windowDays + 1);
      if (end - start + others.length > o.maxPostings) continue;
      for (let p = start; p < end; p++) shared.set(list[p]!, (shared.get(list[p]!) ?? 0) + 1);
      for (const j of others) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      if (j === i || count < o.minSharedTerms) continue;
      const key = i < j ? i * n + j : j * n + i;
      if (sims.has(key)) continue;
      const dj = features[j]!.day;
      const decay = f.day === null || dj === null ? 1 : Math.max(0, 1 - o.dayDecay * Math.abs(f.day - dj));
      if (decay > 0) sims.set(key, cosine(f.vector, features[j]!.vector) * decay);
    }
  }
  return sims;
}

/** A binary max-heap of merge candidates, ordered by similarity then by the pair's smaller member ids. */
interface Merge {
  sim: number;
  a: number;
  b: number;
  /** Versions of a and b when pushed: an entry is stale once either cluster has changed. */
  va: number;
  vb: number;
}

function before(x: Merge, y: Merge): boolean {
  if (x.sim !== y.sim) return x.sim > y.sim;
  if (x.a !== y.a) return x.a < y.a;
  return x.b < y.b;
}

class MergeHeap {
  private items: Merge[] = [];
  get size(): number {
    return this.items.length;
  }
  push(m: Merge): void {
    const h = this.items;
    h.push(m);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }
  pop(): Merge | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0 && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < h.length && before(h[l]!, h[best]!)) best = l;
        if (r < h.length && before(h[r]!, h[best]!)) best = r;
        if (best === i) break;
        [h[i], h[best]] = [h[best]!, h[i]!];
        i = best;
      }
    }
    return top;
  }
}

/**
 * Average-link agglomerative clustering on a sparse similarity graph: pairs that were never compared count as 0, so a
 * cluster only grows when its members are, on average, similar to all of the newcomer's members. Each cluster keeps the
 * sum of similarities to its neighbours; merging adds the two maps. Clusters are named by their smallest member index,
 * which makes tie-breaks independent of processing order.
 *
 * The cohesion test (after the relative closeness of Chameleon, Karypis et al. 1999): two clusters of two or more
 * articles also need an average similarity of at least `cohesionRatio` times the smaller of their own average internal
 * similarities (capped at `cohesionCap`). Two stories on one topic in the same week (a shutdown and the emergency
 * declared to end it) are each tight inside and only loosely alike across, while the one fixed threshold that keeps
 * them apart would also keep a rewritten story away from its wire copy. A single article has no cohesion to compare,
 * so it joins on the threshold alone; the test gives up merges of two halves of a story that only grew apart.
 */
export function averageLink(
  n: number,
  sims: Map<number, number>,
  threshold: number,
  cohesionRatio = 0,
  cohesionCap = 1,
): number[][] {
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  // Sum of similarities between a cluster's own members (pairs never compared count as 0).
  const inner = new Array<number>(n).fill(0);
  const cohesion = (c: number) => {
    const k = members[c]!.length;
    return inner[c]! / ((k * (k - 1)) / 2);
  };
  const links: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  const version = new Array<number>(n).fill(0);
  for (const [key, s] of sims) {
    if (s <= 0) continue;
    const i = Math.floor(key / n);
    const j = key % n;
    links[i]!.set(j, s);
    links[j]!.set(i, s);
  }
  const heap = new MergeHeap();
  const pushPair = (a: number, b: number, sum: number) => {
    const na = members[a]!.length;
    const nb = members[b]!.length;
    const sim = sum / (na * nb);
    if (sim < threshold) return;
    if (cohesionRatio > 0 && na > 1 && nb > 1) {
      if (sim < cohesionRatio * Math.min(cohesionCap, cohesion(a), cohesion(b))) return;
    }
    const [x, y] = a < b ? [a, b] : [b, a];
    heap.push({ sim, a: x, b: y, va: version[x]!, vb: version[y]! });
  };
  for (let i = 0; i < n; i++) for (const [j, s] of links[i]!) if (i < j) pushPair(i, j, s);

  while (heap.size > 0) {
    const m = heap.pop()!;
    if (m.va !== version[m.a] || m.vb !== version[m.b] || !members[m.a] || !members[m.b]) continue;
    // Merge b into a (a is the smaller index, so the survivor's name stays the smallest member).
    const { a, b } = m;
    inner[a] = inner[a]! + inner[b]! + m.sim * members[a]!.length * members[b]!.length;
    members[a] = members[a]!.concat(members[b]!);
    members[b] = null;
    version[a]!++;
    const la = links[a]!;
    for (const [c, s] of links[b]!) {
      if (c === a) continue;
      la.set(c, (la.get(c) ?? 0) + s);
      const lc = links[c]!;
      lc.set(a, (lc.get(a) ?? 0) + s);
      lc.delete(b);
    }
    la.delete(b);
    links[b] = new Map();
    for (const [c, s] of la) pushPair(a, c, s);
  }
  return members.filter((g): g is number[] => g !== null);
}

/**
 * Groups of article ids telling the same story: every article in exactly one group, single-article events included.
 * Deterministic: articles are ordered by id first, every tie is broken by that order, groups come out sorted (members by
 * id, groups by their first member), so shuffling the input gives the same answer.
 *
 * Two articles from the same outlet may share a group: outlets carry syndicated copy and publish updates of a story,
 * so an outlet constraint would split real events to enforce a rule news does not follow.
 */
export function clusterEvents(
  articles: readonly Article[],
  options: ClusterOptions = {},
  terms?: CorpusTerms,
): string[][] {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const features = articleFeatures(sorted, o, terms ?? corpusTerms(sorted));
  const sims = candidateSimilarities(features, o);
  const groups = averageLink(sorted.length, sims, o.threshold, o.cohesionRatio, o.cohesionCap);
  return groups
    .map((g) => g.sort((x, y) => x - y).map((i) => sorted[i]!.id))
    .sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0));
}
