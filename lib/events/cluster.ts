import type { Article } from '../types';
import type { SparseVector } from '../text/vectors';
import {
  idfTable,
  pack,
  packedCosine,
  packedStrongest,
  packedTfidf,
  rankEntries,
  TermTable,
  unpack,
  type PackedVector,
} from './features';
import { articleTerms, corpusTerms, DEFAULT_LEAD_WORDS, type ArticleTerms, type CorpusTerms } from './terms';

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
 * Defaults were tuned on ../shared/corpora (`npx tsx scripts/eval-events.ts`) looking at five figures together:
 * B-cubed F1 1.00 on BASIL dev, 0.99 with its 50 events packed into one week, 1.00 on Ground News dev, 0.974 on gva-dev
 * (dozens of shootings a day; the figures of that time: later work, the same-outlet penalty and page cleaning, brought
 * gva-dev to 0.984 and BASIL packed to 1.00, docs/quality.md has today's), and the seed corpus's three events. Neighbouring settings (threshold 0.10, cohesion
 * ratio 0.6–0.7) give the same figures; the edges are near: a threshold of 0.15 or a cohesion ratio of 0.75 splits a
 * Ground News story (F1 0.95), a decay of 0.2 splits a BASIL event (0.99), and without the decay AP's follow-up joins
 * the seed event. The window is 3 days: a report four days on is the next development (a new event, linked into the
 * same story by lib/stories), never compared at all, so a growing corpus cannot pull it in; a window of 4 merged such
 * follow-ups on gva-dev (0.972) and a window of 2 split events told over three days (0.966). Names and figures weighted
 * by their rarity within the window (rather than over the corpus) were tried and lowered gva-dev to 0.965-0.968: page
 * furniture and side names are rare in a window too.
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
  /**
   * Subtracted from the similarity of two articles of one outlet. An outlet's pages share its furniture (a station's
   * name and slogan in every title, its sidebars, its reporters, its city), so two of its reports of different shootings
   * look more alike than two outlets' reports of one: see `sameOutletPenalty` in DEFAULT_CLUSTER_OPTIONS.
   */
  sameOutletPenalty?: number;
  /**
   * An article whose body holds less than this share of its headline's words (by idf) is clustered by its headline
   * alone (0: never): its text is page furniture, not the news. See `titleOnly`.
   */
  titleCoverage?: number;
}

export const DEFAULT_CLUSTER_OPTIONS: Required<ClusterOptions> = {
  threshold: 0.13,
  windowDays: 3,
  dayDecay: 0.15,
  candidateTerms: 10,
  vectorTerms: 300,
  indexTerms: 100,
  minSharedTerms: 2,
  maxPostings: 100,
  titleWeight: 4,
  leadWeight: 2,
  leadWords: DEFAULT_LEAD_WORDS,
  entityWeight: 2,
  cohesionRatio: 0.65,
  cohesionCap: 0.5,
  // Fitted on gva-dev half A (2026-12-07): a logistic model over its candidate pairs (same gold event or not) gave the
  // same-outlet indicator a weight of -0.055 to -0.144 times the similarity's; swept in clustering at 0.02-0.10, 0.04-0.08
  // all raised half A's F1, 0.06 the most (0.9764 -> 0.9788), and half B's too (0.9750 -> 0.9767). docs/quality.md.
  sameOutletPenalty: 0.06,
  // Swept on gva-dev half A at 0.1-0.5: 0.1 the best (0.9788 -> 0.9805; 0.2 and 0.25 0.9800, 0.35 0.9776, 0.5 0.9687);
  // half B 0.9767 -> 0.9781. 69 of gva-dev's 2,787 articles, none of BASIL's or Ground News's.
  titleCoverage: 0.1,
};

/** An article as clustering sees it: a unit vector and a day number (null when undated). */
export interface ArticleFeatures {
  id: string;
  day: number | null;
  vector: SparseVector;
  /** Its outlet's id, for `sameOutletPenalty` (no penalty when absent). */
  outlet?: string;
  /**
   * The vector's strongest terms, strongest first (ties by term), as many as the inverted index takes (computed from
   * the vector when absent).
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

const EMPTY_IDS = new Int32Array(0);
const EMPTY_VALUES = new Float64Array(0);

/** Packed features of a corpus (see features.ts): what clustering computes with; `articleFeatures` is its Map form. */
interface PackedFeatures {
  table: TermTable;
  /** Articles holding each term, by id. */
  df?: readonly number[];
  day: (number | null)[];
  /** Each article's outlet, numbered (-1 when unknown: never the same as another's). */
  outlet: Int32Array;
  vectors: PackedVector[];
  /** Each vector's strongest term ids, strongest first (ties by term), as many as the inverted index takes. */
  ranked: Int32Array[];
}

/**
 * TF-IDF vectors of the articles, idf taken over the same collection: each article's weighted term counts (headline
 * and lead counted more than the rest of the body), names and figures weighted up, cut to its strongest terms.
 */
function packedFeatures(
  articles: readonly Article[],
  o: Required<ClusterOptions>,
  terms: CorpusTerms,
): PackedFeatures {
  const table = new TermTable();
  const termsOf = (a: Article) => {
    const t = terms.get(a.id);
    return t && t.leadWords === o.leadWords ? t : articleTerms(a, new Map(), o.leadWords);
  };
  const countIds: Int32Array[] = [];
  const countValues: Float64Array[] = [];
  const df: number[] = [];
  for (const a of articles) {
    const t = termsOf(a);
    // A derived title is the first sentence again: counting it up would count the lead twice.
    const titleWeight = a.titleSource === 'derived' ? 1 : o.titleWeight;
    const ids = new Int32Array(t.stems.length);
    const values = new Float64Array(t.stems.length);
    t.stems.forEach((stem, k) => {
      const id = table.id(stem);
      ids[k] = id;
      // Whole numbers: the same sum in any order as adding each occurrence's weight in text order.
      values[k] = t.title[k]! * titleWeight + t.lead[k]! * o.leadWeight + t.body[k]!;
      df[id] = (df[id] ?? 0) + 1;
    });
    countIds.push(ids);
    countValues.push(values);
  }
  const idfOf = idfTable(df, table.terms.length, articles.length);
  const numeric = new Uint8Array(table.terms.length);
  table.terms.forEach((term, id) => (numeric[id] = /^\p{N}/u.test(term) ? 1 : 0));
  const nameStamp = new Int32Array(table.terms.length).fill(-1);
  const vectors: PackedVector[] = [];
  const ranked: Int32Array[] = [];
  articles.forEach((a, i) => {
    if (o.titleCoverage > 0 && a.titleSource !== 'derived') {
      const only = titleOnly(termsOf(a), countIds[i]!, idfOf, o.titleCoverage);
      if (only) {
        countIds[i] = only.ids;
        countValues[i] = only.values;
      }
    }
    for (const name of termsOf(a).names) {
      const id = table.ids.get(name);
      if (id !== undefined) nameStamp[id] = i;
    }
    const weightOf = (id: number) => (nameStamp[id] === i || numeric[id] === 1 ? o.entityWeight : 1);
    const v = packedStrongest(
      packedTfidf(countIds[i]!, countValues[i]!, idfOf, weightOf),
      o.vectorTerms,
      table,
    );
    // Not needed any more: at 100k articles the counts would double the memory held.
    countIds[i] = EMPTY_IDS;
    countValues[i] = EMPTY_VALUES;
    vectors.push(v);
    ranked.push(Int32Array.from(rankEntries(v, table, o.indexTerms), (p) => v.ids[p]!));
  });
  return {
    table,
    df,
    day: articles.map((a) => dayNumber(a.date)),
    outlet: outletNumbers(articles),
    vectors,
    ranked,
  };
}

/**
 * The title's terms alone, when the rest of the page does not tell the title's story: less than `coverage` of the
 * title's idf weight is found in the body (a station's page whose text is its sidebars, a radio line-up, an FCC notice,
 * a slideshow of famous crimes, with the news in the headline only). Such a page's vector is otherwise its furniture,
 * and it joins nothing, or the station's other pages. Null when the body covers the title. What it gives up: a
 * headline alone says little ("One Dead, Four Wounded in Drive-By Shooting"), so such a page can join another
 * shooting of its days told in the same words; and an article whose headline and text use different words for one
 * thing ("Ohio basement murders" over a report of four bodies found in Akron) is read by its headline only.
 */
function titleOnly(
  t: ArticleTerms,
  ids: Int32Array,
  idfOf: Float64Array,
  coverage: number,
): { ids: Int32Array; values: Float64Array } | null {
  let all = 0;
  let found = 0;
  let k0 = 0;
  for (let k = 0; k < t.stems.length; k++) {
    if (t.title[k]! === 0) continue;
    k0++;
    const w = idfOf[ids[k]!]!;
    all += w;
    if (t.lead[k]! + t.body[k]! > 0) found += w;
  }
  if (k0 === 0 || found >= coverage * all) return null;
  const keep = Int32Array.from({ length: k0 });
  const values = new Float64Array(k0);
  let p = 0;
  for (let k = 0; k < t.stems.length; k++) {
    if (t.title[k]! === 0) continue;
    keep[p] = ids[k]!;
    values[p++] = t.title[k]!;
  }
  return { ids: keep, values };
}

/** Outlets numbered in the order first met; -1 for an article without one. */
function outletNumbers(articles: readonly { outlet?: { id: string } | string }[]): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(articles, (a) => {
    const id = typeof a.outlet === 'string' ? a.outlet : a.outlet?.id;
    if (!id) return -1;
    let k = ids.get(id);
    if (k === undefined) ids.set(id, (k = ids.size));
    return k;
  });
}

/** TF-IDF vectors of the articles, idf taken over the same collection (see `packedFeatures`). */
export function articleFeatures(
  articles: readonly Article[],
  options: ClusterOptions = {},
  terms: CorpusTerms = corpusTerms(articles),
): ArticleFeatures[] {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const packed = packedFeatures(articles, o, terms);
  return articles.map((a, i) => ({
    id: a.id,
    day: packed.day[i]!,
    outlet: a.outlet.id,
    vector: unpack(packed.vectors[i]!, packed.table),
    ranked: Array.from(packed.ranked[i]!, (id) => packed.table.terms[id]!),
  }));
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
 * the cosine less `dayDecay` per day between the two, less `sameOutletPenalty` for two articles of one outlet. Returns pairs with i < j, keyed `i * n + j`.
 */
export function candidateSimilarities(
  features: readonly ArticleFeatures[],
  options: ClusterOptions = {},
): Map<number, number> {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const table = new TermTable();
  const vectors = features.map((f) => pack(f.vector, table));
  const ranked = features.map((f, i) => {
    const v = vectors[i]!;
    const given = f.ranked && (f.ranked.length >= o.indexTerms || f.ranked.length === f.vector.size);
    return given
      ? Int32Array.from(f.ranked!.slice(0, o.indexTerms), (t) => table.id(t))
      : Int32Array.from(rankEntries(v, table, o.indexTerms), (p) => v.ids[p]!);
  });
  return packedCandidates(
    { table, day: features.map((f) => f.day), outlet: outletNumbers(features), vectors, ranked },
    o,
  );
}

function packedCandidates(features: PackedFeatures, o: Required<ClusterOptions>): Map<number, number> {
  const { day, outlet, vectors, ranked } = features;
  const n = vectors.length;
  const terms = features.table.terms.length;
  const top = (i: number, k: number) => ranked[i]!.subarray(0, k);
  // Inverted index over each article's strongest terms: dated postings sorted by (day, index), undated ones apart.
  const dated: number[][] = [];
  const undated: number[][] = [];
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (day[a] ?? 0) - (day[b] ?? 0) || a - b);
  for (const i of order) {
    const index = day[i] === null ? undated : dated;
    for (const t of top(i, o.indexTerms)) (index[t] ??= []).push(i);
  }
  const postingDays: number[][] = [];
  dated.forEach((list, t) => (postingDays[t] = list.map((i) => day[i]!)));

  const sims = new Map<number, number>();
  const scratch = new Float64Array(terms).fill(NaN);
  // How many looked-up terms each other article shares with article i: counts by article, and the articles seen.
  const shared = new Int32Array(n);
  const seen: number[] = [];
  const none: number[] = [];
  const count = (j: number) => {
    const c = shared[j]!;
    shared[j] = c + 1;
    if (c === 0) seen.push(j);
  };
  for (let i = 0; i < n; i++) {
    const di = day[i]!;
    seen.length = 0;
    for (const t of top(i, o.candidateTerms)) {
      const list = dated[t] ?? none;
      const days = postingDays[t] ?? none;
      const others = undated[t] ?? none;
      const start = di === null ? 0 : lowerBound(days, di - o.windowDays);
      const end = di === null ? list.length : lowerBound(days, di + o.windowDays + 1);
      if (end - start + others.length > o.maxPostings) continue;
      for (let p = start; p < end; p++) count(list[p]!);
      for (const j of others) count(j);
    }
    for (const j of seen) {
      const c = shared[j]!;
      shared[j] = 0;
      if (j === i || c < o.minSharedTerms) continue;
      const key = i < j ? i * n + j : j * n + i;
      if (sims.has(key)) continue;
      const dj = day[j]!;
      const decay = di === null || dj === null ? 1 : Math.max(0, 1 - o.dayDecay * Math.abs(di - dj));
      if (decay <= 0) continue;
      const own = outlet[i]! >= 0 && outlet[i] === outlet[j] ? o.sameOutletPenalty : 0;
      sims.set(key, packedCosine(vectors[i]!, vectors[j]!, scratch) * decay - own);
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
 * so an outlet constraint would split real events to enforce a rule news does not follow. They need more words in
 * common, though (`sameOutletPenalty`): an outlet's furniture makes its pages alike whatever they report. What that
 * gives up: an outlet's own update of a story, in other words, more often stands as an event of its own.
 */
export function clusterEvents(
  articles: readonly Article[],
  options: ClusterOptions = {},
  terms?: CorpusTerms,
  /** Filled in when given: `df`, the number of articles holding each stem (what assignEventIds needs too). */
  stats?: { df?: Map<string, number> },
): string[][] {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const features = packedFeatures(sorted, o, terms ?? corpusTerms(sorted));
  if (stats && features.df) {
    const counts = features.df;
    const df = new Map<string, number>();
    features.table.terms.forEach((term, id) => df.set(term, counts[id] ?? 0));
    stats.df = df;
  }
  const sims = packedCandidates(features, o);
  const groups = averageLink(sorted.length, sims, o.threshold, o.cohesionRatio, o.cohesionCap);
  return groups
    .map((g) => g.sort((x, y) => x - y).map((i) => sorted[i]!.id))
    .sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0));
}
