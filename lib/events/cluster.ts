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
import { grown, SimilarPairs } from './pairs';
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
 * gva-dev to 0.984, and with the follow-up rule of lib/stories its events to 0.985, and BASIL packed to 1.00;
 * docs/quality.md has today's), and the seed corpus's three events. Neighbouring settings (threshold 0.10, cohesion
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
  // Each article's weighted term counts are made twice, for the document frequencies and then for its vector, rather
  // than held from one pass to the next: at 100k articles every article's counts at once were some 350 MB.
  const counts = (a: Article, t: ArticleTerms, id: (stem: string) => number) => {
    // A derived title is the first sentence again: counting it up would count the lead twice.
    const titleWeight = a.titleSource === 'derived' ? 1 : o.titleWeight;
    const ids = new Int32Array(t.stems.length);
    const values = new Float64Array(t.stems.length);
    t.stems.forEach((stem, k) => {
      ids[k] = id(stem);
      // Whole numbers: the same sum in any order as adding each occurrence's weight in text order.
      values[k] = t.title[k]! * titleWeight + t.lead[k]! * o.leadWeight + t.body[k]!;
    });
    return { ids, values };
  };
  const df: number[] = [];
  for (const a of articles) {
    for (const stem of termsOf(a).stems) {
      const id = table.id(stem);
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  const idfOf = idfTable(df, table.terms.length, articles.length);
  const numeric = new Uint8Array(table.terms.length);
  table.terms.forEach((term, id) => (numeric[id] = /^\p{N}/u.test(term) ? 1 : 0));
  const nameStamp = new Int32Array(table.terms.length).fill(-1);
  const vectors: PackedVector[] = [];
  const ranked: Int32Array[] = [];
  const known = (stem: string) => table.ids.get(stem)!;
  articles.forEach((a, i) => {
    const t = termsOf(a);
    const own = counts(a, t, known);
    const only =
      o.titleCoverage > 0 && a.titleSource !== 'derived'
        ? titleOnly(t, own.ids, idfOf, o.titleCoverage)
        : null;
    const { ids, values } = only ?? own;
    for (const name of t.names) {
      const id = table.ids.get(name);
      if (id !== undefined) nameStamp[id] = i;
    }
    const weightOf = (id: number) => (nameStamp[id] === i || numeric[id] === 1 ? o.entityWeight : 1);
    const v = packedStrongest(packedTfidf(ids, values, idfOf, weightOf), o.vectorTerms, table);
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

/**
 * Candidate pairs and their similarity: for each article, the articles within the date window that hold one of its top
 * `candidateTerms` terms among their own top `indexTerms`, and share at least `minSharedTerms` such terms with it.
 * Postings are kept sorted by day so the window is a binary search, not a scan, and a term held by more than
 * `maxPostings` articles in the window is passed over: at 100k articles the cost is the number of candidates, not n².
 * Gives up pairs that share fewer distinctive terms, which are unlikely to clear the threshold anyway. Similarity is
 * the cosine less `dayDecay` per day between the two, less `sameOutletPenalty` for two articles of one outlet. Returns
 * pairs with i < j, each once, in no particular order.
 */
export function candidateSimilarities(
  features: readonly ArticleFeatures[],
  options: ClusterOptions = {},
): SimilarPairs {
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

function packedCandidates(features: PackedFeatures, o: Required<ClusterOptions>): SimilarPairs {
  const { day, outlet, vectors, ranked } = features;
  const n = vectors.length;
  const terms = features.table.terms.length;
  const top = (i: number, k: number) => ranked[i]!.subarray(0, k);
  // Inverted index over each article's strongest terms, dated postings sorted by (day, index), undated ones apart: a
  // term's postings are items[start[t]] … items[start[t + 1] − 1], one typed array for all terms (it was a JS array a
  // term, grown with slack, and a second one of the postings' days: 100 postings an article, 10M at 100k articles).
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (day[a] ?? 0) - (day[b] ?? 0) || a - b);
  const postings = (dated: boolean) => {
    const start = new Int32Array(terms + 1);
    for (let i = 0; i < n; i++)
      if ((day[i] !== null) === dated) for (const t of top(i, o.indexTerms)) start[t + 1]!++;
    for (let t = 0; t < terms; t++) start[t + 1]! += start[t]!;
    const items = new Int32Array(start[terms]!);
    const next = start.slice(0, terms);
    for (const i of order)
      if ((day[i] !== null) === dated) for (const t of top(i, o.indexTerms)) items[next[t]!++] = i;
    return { start, items };
  };
  const dated = postings(true);
  const undated = postings(false);
  /** First posting in from … to − 1 (one term's dated postings) of day x or later. */
  const firstFrom = (from: number, to: number, x: number) => {
    let [lo, hi] = [from, to];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (day[dated.items[mid]!]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  // Pairs in the order found, row by row: row i holds the pairs first found from article i (found from both sides,
  // a pair is computed once, from the first: the cosine's sum runs in the order of one side's terms). Each row is
  // sorted by the other article once done, so whether a later row's pair was found already is a binary search.
  const pairs = new SimilarPairs(n * 4);
  const rowStart = new Int32Array(n + 1);
  const scratch = new Float64Array(terms).fill(NaN);
  // How many looked-up terms each other article shares with article i: counts by article, and the articles seen.
  const shared = new Int32Array(n);
  const seen: number[] = [];
  const count = (j: number) => {
    const c = shared[j]!;
    shared[j] = c + 1;
    if (c === 0) seen.push(j);
  };
  const foundFrom = (row: number, other: number) => {
    let lo = rowStart[row]!;
    let hi = rowStart[row + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs.j[mid]! < other) lo = mid + 1;
      else hi = mid;
    }
    return lo < rowStart[row + 1]! && pairs.j[lo] === other;
  };
  for (let i = 0; i < n; i++) {
    const di = day[i]!;
    seen.length = 0;
    for (const t of top(i, o.candidateTerms)) {
      const [from, to] = [dated.start[t]!, dated.start[t + 1]!];
      const [others, othersEnd] = [undated.start[t]!, undated.start[t + 1]!];
      const start = di === null ? from : firstFrom(from, to, di - o.windowDays);
      const end = di === null ? to : firstFrom(from, to, di + o.windowDays + 1);
      if (end - start + othersEnd - others > o.maxPostings) continue;
      for (let p = start; p < end; p++) count(dated.items[p]!);
      for (let p = others; p < othersEnd; p++) count(undated.items[p]!);
    }
    rowStart[i] = pairs.size;
    for (const j of seen) {
      const c = shared[j]!;
      shared[j] = 0;
      if (j === i || c < o.minSharedTerms) continue;
      if (j < i && foundFrom(j, i)) continue;
      const dj = day[j]!;
      const decay = di === null || dj === null ? 1 : Math.max(0, 1 - o.dayDecay * Math.abs(di - dj));
      if (decay <= 0) continue;
      const own = outlet[i]! >= 0 && outlet[i] === outlet[j] ? o.sameOutletPenalty : 0;
      pairs.push(i, j, packedCosine(vectors[i]!, vectors[j]!, scratch) * decay - own);
    }
    rowStart[i + 1] = pairs.size;
    sortRow(pairs, rowStart[i]!, pairs.size);
  }
  // Each pair as (smaller, larger).
  for (let k = 0; k < pairs.size; k++) {
    const [i, j] = [pairs.i[k]!, pairs.j[k]!];
    if (j < i) [pairs.i[k], pairs.j[k]] = [j, i];
  }
  return pairs.trim();
}

/** Pairs start … end − 1 (one row: `i` the same) sorted by `j`, which are distinct. */
function sortRow(pairs: SimilarPairs, start: number, end: number): void {
  if (end - start < 2) return;
  const order = Array.from({ length: end - start }, (_, k) => start + k).sort(
    (x, y) => pairs.j[x]! - pairs.j[y]!,
  );
  const j = Int32Array.from(order, (k) => pairs.j[k]!);
  const sim = Float64Array.from(order, (k) => pairs.sim[k]!);
  pairs.j.set(j, start);
  pairs.sim.set(sim, start);
}

/**
 * A binary max-heap of merge candidates, ordered by similarity then by the pair's smaller member ids, each a pair
 * (a < b) with the versions of a and b when pushed: an entry is stale once either cluster has changed. In typed
 * arrays, 24 bytes an entry (an object an entry held a boxed similarity besides): at 100k articles it holds millions.
 */
class MergeHeap {
  size = 0;
  sim = new Float64Array(64);
  a = new Int32Array(64);
  b = new Int32Array(64);
  va = new Int32Array(64);
  vb = new Int32Array(64);

  push(sim: number, a: number, b: number, va: number, vb: number): void {
    if (this.size === this.sim.length) this.grow();
    let i = this.size++;
    // Sift up: move parents that come after the new entry down, then write it once.
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.beforeEntry(sim, a, b, p)) break;
      this.move(p, i);
      i = p;
    }
    this.write(i, sim, a, b, va, vb);
  }

  /** Removes the top entry into `top` (a, b, va, vb; its similarity as the return value); undefined when empty. */
  pop(top: { a: number; b: number; va: number; vb: number }): number | undefined {
    if (this.size === 0) return undefined;
    const sim = this.sim[0]!;
    top.a = this.a[0]!;
    top.b = this.b[0]!;
    top.va = this.va[0]!;
    top.vb = this.vb[0]!;
    const last = --this.size;
    if (last > 0) {
      const [ls, la, lb, lva, lvb] = [
        this.sim[last]!,
        this.a[last]!,
        this.b[last]!,
        this.va[last]!,
        this.vb[last]!,
      ];
      // Sift down: the last entry, held aside, goes where neither child comes before it.
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = l < last && this.before(l, ls, la, lb) ? l : -1;
        if (
          r < last &&
          (best < 0 ? this.before(r, ls, la, lb) : this.before(r, this.sim[l]!, this.a[l]!, this.b[l]!))
        )
          best = r;
        if (best < 0) break;
        this.move(best, i);
        i = best;
      }
      this.write(i, ls, la, lb, lva, lvb);
    }
    return sim;
  }

  /** Whether entry k comes before (sim, a, b). */
  private before(k: number, sim: number, a: number, b: number): boolean {
    return precedes(this.sim[k]!, this.a[k]!, this.b[k]!, sim, a, b);
  }

  /** Whether (sim, a, b) comes before entry k. */
  private beforeEntry(sim: number, a: number, b: number, k: number): boolean {
    return precedes(sim, a, b, this.sim[k]!, this.a[k]!, this.b[k]!);
  }

  private move(from: number, to: number): void {
    this.sim[to] = this.sim[from]!;
    this.a[to] = this.a[from]!;
    this.b[to] = this.b[from]!;
    this.va[to] = this.va[from]!;
    this.vb[to] = this.vb[from]!;
  }

  private write(k: number, sim: number, a: number, b: number, va: number, vb: number): void {
    this.sim[k] = sim;
    this.a[k] = a;
    this.b[k] = b;
    this.va[k] = va;
    this.vb[k] = vb;
  }

  private grow(): void {
    const n = this.sim.length * 2;
    this.sim = grown(this.sim, n, this.size);
    this.a = grown(this.a, n, this.size);
    this.b = grown(this.b, n, this.size);
    this.va = grown(this.va, n, this.size);
    this.vb = grown(this.vb, n, this.size);
  }
}

/** The heap's order: a higher similarity first, then the smaller a, then the smaller b. */
function precedes(simX: number, aX: number, bX: number, simY: number, aY: number, bY: number): boolean {
  if (simX !== simY) return simX > simY;
  if (aX !== aY) return aX < aY;
  return bX < bY;
}

/**
 * Average-link agglomerative clustering on a sparse similarity graph: pairs that were never compared count as 0, so a
 * cluster only grows when its members are, on average, similar to all of the newcomer's members. Each cluster keeps the
 * sum of similarities to its neighbours; merging adds the two lists. Clusters are named by their smallest member index,
 * which makes tie-breaks independent of processing order; the answer does not depend on the pairs' order either (each
 * neighbour's sum is added up in the order of the merges, which the heap's total order decides).
 *
 * The cohesion test (after the relative closeness of Chameleon, Karypis et al. 1999): two clusters of two or more
 * articles also need an average similarity of at least `cohesionRatio` times the smaller of their own average internal
 * similarities (capped at `cohesionCap`). Two stories on one topic in the same week (a shutdown and the emergency
 * declared to end it) are each tight inside and only loosely alike across, while the one fixed threshold that keeps
 * them apart would also keep a rewritten story away from its wire copy. A single article has no cohesion to compare,
 * so it joins on the threshold alone; the test gives up merges of two halves of a story that only grew apart.
 *
 * Memory: each cluster's neighbours are two typed arrays (ids, sums) and a length, at first views into one buffer for
 * all, 12 bytes a neighbour (a `Map` a cluster held a boxed sum an entry). A neighbour is found by a scan of the
 * list, where a `Map` looked it up: lists are short (an article's candidates in its date window).
 */
export function averageLink(
  n: number,
  sims: SimilarPairs,
  threshold: number,
  cohesionRatio = 0,
  cohesionCap = 1,
): number[][] {
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  // Sum of similarities between a cluster's own members (pairs never compared count as 0).
  const inner = new Float64Array(n);
  const cohesion = (c: number) => {
    const k = members[c]!.length;
    return inner[c]! / ((k * (k - 1)) / 2);
  };
  const version = new Int32Array(n);
  // Neighbours: positive pairs only, each in both clusters' lists.
  const degree = new Int32Array(n);
  for (let k = 0; k < sims.size; k++) {
    if (sims.sim[k]! <= 0) continue;
    degree[sims.i[k]!]!++;
    degree[sims.j[k]!]!++;
  }
  const start = new Int32Array(n + 1);
  for (let c = 0; c < n; c++) start[c + 1] = start[c]! + degree[c]!;
  const allIds = new Int32Array(start[n]!);
  const allSums = new Float64Array(start[n]!);
  const len = new Int32Array(n);
  for (let k = 0; k < sims.size; k++) {
    const s = sims.sim[k]!;
    if (s <= 0) continue;
    const [i, j] = [sims.i[k]!, sims.j[k]!];
    allIds[start[i]! + len[i]!] = j;
    allSums[start[i]! + len[i]!++] = s;
    allIds[start[j]! + len[j]!] = i;
    allSums[start[j]! + len[j]!++] = s;
  }
  const ids: Int32Array[] = [];
  const sums: Float64Array[] = [];
  for (let c = 0; c < n; c++) {
    ids.push(allIds.subarray(start[c]!, start[c + 1]!));
    sums.push(allSums.subarray(start[c]!, start[c + 1]!));
  }
  const find = (c: number, x: number) => {
    const list = ids[c]!;
    for (let p = 0, end = len[c]!; p < end; p++) if (list[p] === x) return p;
    return -1;
  };

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
    heap.push(sim, x, y, version[x]!, version[y]!);
  };
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < len[i]!; p++) if (i < ids[i]![p]!) pushPair(i, ids[i]![p]!, sums[i]![p]!);
  }

  // Where each of a's neighbours is in a's list while b's are added to it (-1: not there).
  const at = new Int32Array(n).fill(-1);
  const m = { a: 0, b: 0, va: 0, vb: 0 };
  for (let sim = heap.pop(m); sim !== undefined; sim = heap.pop(m)) {
    if (m.va !== version[m.a] || m.vb !== version[m.b] || !members[m.a] || !members[m.b]) continue;
    // Merge b into a (a is the smaller index, so the survivor's name stays the smallest member).
    const { a, b } = m;
    inner[a] = inner[a]! + inner[b]! + sim * members[a]!.length * members[b]!.length;
    members[a] = members[a]!.concat(members[b]!);
    members[b] = null;
    version[a]!++;
    // a's new list: its own neighbours but b, then b's that a lacks; the sums of those both have added.
    const [la, lb] = [len[a]!, len[b]!];
    const nextIds = new Int32Array(la + lb);
    const nextSums = new Float64Array(la + lb);
    let size = 0;
    for (let p = 0; p < la; p++) {
      const c = ids[a]![p]!;
      if (c === b) continue;
      nextIds[size] = c;
      nextSums[size] = sums[a]![p]!;
      at[c] = size++;
    }
    for (let p = 0; p < lb; p++) {
      const c = ids[b]![p]!;
      const s = sums[b]![p]!;
      if (c === a) continue;
      if (at[c]! >= 0) nextSums[at[c]!] = nextSums[at[c]!]! + s;
      else {
        nextIds[size] = c;
        nextSums[size++] = s;
      }
      // In c's list, b's sum goes to a: added to a's when c has a, else b's entry becomes a's.
      const pb = find(c, b);
      const pa = find(c, a);
      if (pa >= 0) {
        sums[c]![pa] = sums[c]![pa]! + s;
        const last = --len[c]!;
        ids[c]![pb] = ids[c]![last]!;
        sums[c]![pb] = sums[c]![last]!;
      } else ids[c]![pb] = a;
    }
    for (let p = 0; p < size; p++) at[nextIds[p]!] = -1;
    ids[a] = nextIds;
    sums[a] = nextSums;
    len[a] = size;
    ids[b] = EMPTY_IDS;
    sums[b] = EMPTY_VALUES;
    len[b] = 0;
    for (let p = 0; p < size; p++) pushPair(a, nextIds[p]!, nextSums[p]!);
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
  const groups = averageLink(
    sorted.length,
    sortedCandidates(sorted, o, terms, stats),
    o.threshold,
    o.cohesionRatio,
    o.cohesionCap,
  );
  return groups
    .map((g) => g.sort((x, y) => x - y).map((i) => sorted[i]!.id))
    .sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0));
}

/**
 * The candidate pairs of the sorted articles (and `stats.df`, see clusterEvents). A function of its own so that the
 * vectors (up to `vectorTerms` terms an article, some 360 MB at 100k articles) are let go before averageLink runs:
 * nothing in clusterEvents' own scope holds them.
 */
function sortedCandidates(
  sorted: readonly Article[],
  o: Required<ClusterOptions>,
  terms: CorpusTerms | undefined,
  stats: { df?: Map<string, number> } | undefined,
): SimilarPairs {
  const features = packedFeatures(sorted, o, terms ?? corpusTerms(sorted));
  if (stats && features.df) {
    const counts = features.df;
    const df = new Map<string, number>();
    features.table.terms.forEach((term, id) => df.set(term, counts[id] ?? 0));
    stats.df = df;
  }
  return packedCandidates(features, o);
}
