import type { Article } from '../types';
import { averageLink, dayNumber } from '../events/cluster';
import { SimilarPairs } from '../events/pairs';
import { corpusTerms, type CorpusTerms } from '../events/terms';
import { cosine, idf } from '../text/vectors';

/**
 * Stories (DESIGN.md §4): which events are the same developing matter over days, weeks or years (the shooting, the
 * arrest, the charges, the sentencing; talks that open, stall and resume).
 *
 * Events of one story share who and where far more than what: a sentencing a year on reads nothing like the first
 * report, but names the same victim, suspect, street and town. So each event becomes a TF-IDF vector over the names
 * its articles print (words capitalised inside a sentence, lib/events/terms `names`), idf
 * taken over events, so a name most events print (a big city, "Police") says little and a victim's name says much.
 * Headline words are not names: "4 shot in South Side shooting" describes a hundred events.
 * Candidate pairs come from an inverted index over names held by at most `maxPostings` events, and over phrases of two
 * capitalised words held by very few (the work grows with related pairs, not with the square of the corpus).
 *
 * A pair's similarity is the names cosine, less a share per year, plus three terms a logistic model weighed on gva-dev
 * (see DEFAULT_STORY_OPTIONS): each rare phrase the two print ("Libby Lake", "Sports Page", a victim's full name),
 * since a follow-up often names the incident by its place or by what happened rather than by a person; the cosine of
 * their headlines; less a penalty when they share an outlet, since an outlet's pages share its reporters, sidebars and
 * region whatever they report. A pair whose names cosine alone clears `namesThreshold` is linked as before those
 * terms (in a small corpus no phrase is rare, and this is what links the seeds' talks). Pairs are grouped by
 * average-link clustering (lib/events `averageLink`), so a story grows only when the newcomer is alike, on average, to
 * all its events.
 *
 * What it gives up: a follow-up that names none of the first report's people or places (a page of furniture around
 * two lines, a verdict that names only the court and the defendant) stays a story of its own; two incidents whose
 * reports share a rare name or phrase (one family hit twice, a street with two shootings a year apart, an official's
 * full name) can be linked; an outlet's own follow-up of its report needs more in common than another outlet's. The
 * build also reads these links (with `phraseCandidates` and no outlet term) within the event window, to join a story's
 * follow-ups of the next days into their event (./follow-ups.ts). Tuned on ../shared/corpora gva-dev (`npm run eval`):
 * see docs/quality.md.
 */

export interface StoryOptions {
  /** Average-link similarity needed to join two groups of events. */
  threshold?: number;
  /**
   * Names held by more events than this are not used to find candidate pairs: they name a city, a hospital, a police
   * spokesman, not one matter (and would make the candidate set grow with the square of the corpus).
   */
  maxPostings?: number;
  /** How many such names two events must share to be compared at all. */
  minSharedNames?: number;
  /**
   * Share of the similarity lost per year between two events: a sentencing years on is linked only on strong evidence,
   * since by then the same street or family name is more often a different matter.
   */
  yearDecay?: number;
  /**
   * Added to a pair's similarity for each place or name of two capitalised words ("Libby Lake", "Sports Page",
   * "Edgar Sanchez") the two print, among those printed by at most `rarePhraseEvents` events (counted up to 4); such a
   * pair is a candidate when it shares one name held by at most `maxPostings` events, rather than `minSharedNames`.
   */
  rarePhraseWeight?: number;
  rarePhraseEvents?: number;
  /** A phrase counts only when held by at most this share of the events too: in a small corpus no phrase is rare. */
  rarePhraseShare?: number;
  /**
   * Two events that print at least this many rare phrases in common are compared even when they share no name held by
   * at most `maxPostings` events (0: a shared rare name is always needed). The story step leaves it at 0; the
   * follow-up rule (./follow-ups.ts) sets 1.
   */
  phraseCandidates?: number;
  /**
   * A pair whose names cosine (less the yearly decay) alone reaches this counts as at the threshold, whatever the other
   * terms say (0: no such rule).
   */
  namesThreshold?: number;
  /** Added to (so: less than 0, taken from) the similarity of two events that share an outlet. */
  sameOutletWeight?: number;
  /** Weight of the cosine of the two events' headlines (stemmed words, idf over events) added to the similarity. */
  titleWeight?: number;
  /**
   * Two events at least this alike are in one story whatever the story's other events say (0: no such rule). See
   * `strongLinks`.
   */
  strongLink?: number;
}

// How the phrase, outlet and headline weights were set (2026-12-07; docs/quality.md, Stories): a logistic model was
// fitted on gva-dev half A's candidate event pairs (same incident or not; ~6,400 pairs, 190 of one incident) over the
// decayed names cosine, the shared rare phrases, a shared outlet and the headlines' cosine, and its weights divided by
// the cosine's: phrase 0.136, outlet -0.137, headline 0.227, decision at 0.449. The phrase weight, the phrase rarity
// and the threshold were then swept on half A's story B-cubed (phrase 0.06-0.12, held by 2-6 events; threshold
// 0.4-0.5; names alone 0.3-0.38) and set where F1 is best with precision at least 0.97 and the seeds still link
// (their names cosines are 0.37-0.40). Before: names alone at 0.3.
export const DEFAULT_STORY_OPTIONS: Required<StoryOptions> = {
  threshold: 0.5,
  maxPostings: 6,
  minSharedNames: 2,
  yearDecay: 0.5,
  rarePhraseWeight: 0.1,
  rarePhraseEvents: 4,
  rarePhraseShare: 0.005,
  phraseCandidates: 0,
  namesThreshold: 0.34,
  sameOutletWeight: -0.137,
  titleWeight: 0.227,
  // Swept on gva-dev half A (2026-12-07) at 0.5-1.0 (0.5 0.9488, 0.55 0.9503, 0.6 0.9511, 0.65 and above 0.9498, as
  // without): 0.6; half B 0.9502 -> 0.9511. docs/quality.md.
  strongLink: 0.6,
};

/** What linking reads of an event: its articles, by id. */
export interface StoryEventInput {
  articleIds: readonly string[];
}

/**
 * Groups of event indices (into `events`) that form one story: every event in exactly one group, groups of one
 * included. Deterministic: members ascending, groups by their first member.
 */
export function linkStories(
  events: readonly StoryEventInput[],
  articles: readonly Article[],
  options: StoryOptions = {},
  terms: CorpusTerms = corpusTerms(articles),
): number[][] {
  const o = { ...DEFAULT_STORY_OPTIONS, ...options };
  const byId = new Map(articles.map((a) => [a.id, a]));
  const n = events.length;

  // Per event: name counts and headline word counts (summed over its articles), its first day, its outlets and the
  // phrases of two capitalised words its articles print.
  const counts: Map<string, number>[] = [];
  const titleCounts: Map<string, number>[] = [];
  const days: (number | null)[] = [];
  const outlets: Set<string>[] = [];
  const phrases: Set<string>[] = [];
  for (const e of events) {
    const c = new Map<string, number>();
    const tc = new Map<string, number>();
    const own = new Set<string>();
    const ph = new Set<string>();
    let day: number | null = null;
    for (const id of e.articleIds) {
      const a = byId.get(id);
      if (!a) continue;
      const d = dayNumber(a.date);
      if (d !== null && (day === null || d < day)) day = d;
      own.add(a.outlet.id);
      if (o.rarePhraseWeight !== 0) for (const p of phrasesOf(a)) ph.add(p);
      const t = terms.get(id) ?? corpusTerms([a]).get(id)!;
      t.stems.forEach((stem, k) => {
        if (t.title[k]! > 0) tc.set(stem, (tc.get(stem) ?? 0) + t.title[k]!);
        if (!t.names.has(stem)) return;
        const w = t.title[k]! + t.lead[k]! + t.body[k]!;
        if (w > 0) c.set(stem, (c.get(stem) ?? 0) + w);
      });
    }
    counts.push(c);
    titleCounts.push(tc);
    days.push(day);
    outlets.push(own);
    phrases.push(ph);
  }

  const vectors = tfidfOverEvents(counts, n);
  const titles = o.titleWeight !== 0 ? tfidfOverEvents(titleCounts, n) : [];
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);

  // Inverted index over the rarer names: a name most events print would make every pair a candidate.
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const t of v.keys()) {
      if (df.get(t)! > o.maxPostings || df.get(t)! < 2) continue;
      const list = postings.get(t) ?? [];
      list.push(i);
      postings.set(t, list);
    }
  });
  const shared = pairCounts([...postings.values()], n);
  // Rare phrases: a place or a full name few events print. Events are numbered in order, so postings are ascending.
  const phrasePostings = new Map<string, number[]>();
  phrases.forEach((ph, i) => {
    for (const p of ph) {
      const list = phrasePostings.get(p);
      if (list) list.push(i);
      else phrasePostings.set(p, [i]);
    }
  });
  const rare = pairCounts(
    [...phrasePostings.values()].filter(
      (l) => l.length >= 2 && l.length <= o.rarePhraseEvents && l.length <= o.rarePhraseShare * n,
    ),
    n,
  );
  // Candidates: pairs sharing `minSharedNames` names, or one name and a rare phrase, or (`phraseCandidates`) rare
  // phrases alone. Both lists are sorted by key: walked together, in key order.
  const sims = new SimilarPairs();
  let s0 = 0;
  let r = 0;
  while (s0 < shared.keys.length || r < rare.keys.length) {
    const sk = s0 < shared.keys.length ? shared.keys[s0]! : Infinity;
    const rk = r < rare.keys.length ? rare.keys[r]! : Infinity;
    const key = Math.min(sk, rk);
    const names = sk === key ? shared.counts[s0++]! : 0;
    const phrases = rk === key ? rare.counts[r++]! : 0;
    if (
      names === 0
        ? o.phraseCandidates <= 0 || phrases < o.phraseCandidates
        : names < o.minSharedNames && phrases === 0
    )
      continue;
    const i = Math.floor(key / n);
    const j = key % n;
    const di = days[i];
    const dj = days[j];
    const decay = di != null && dj != null ? Math.max(0, 1 - (o.yearDecay * Math.abs(di - dj)) / 365) : 1;
    let s = cosine(vectors[i]!, vectors[j]!) * decay;
    s += o.rarePhraseWeight * Math.min(4, phrases);
    if (o.sameOutletWeight !== 0 && [...outlets[i]!].some((x) => outlets[j]!.has(x))) s += o.sameOutletWeight;
    if (o.titleWeight !== 0) s += o.titleWeight * cosine(titles[i]!, titles[j]!);
    if (o.namesThreshold > 0)
      s = Math.max(s, ((cosine(vectors[i]!, vectors[j]!) * decay) / o.namesThreshold) * o.threshold);
    if (s > 0) sims.push(i, j, s);
  }
  return strongLinks(n, averageLink(n, sims, o.threshold), sims, o.strongLink)
    .map((g) => g.sort((x, y) => x - y))
    .sort((x, y) => x[0]! - y[0]!);
}

/**
 * The groups, joined wherever two of their events are at least `strong` alike. Average link asks a newcomer to be like
 * all of a story's events on average, and a story followed for months drifts: the shooting names the victims and the
 * street, the trial a year on the defendants, the judge and the charges, and the third and fourth events of one trial
 * (Marksville's marshals; the Kent baby's killers) can each be close to one earlier event and far from the rest. A pair
 * well above the threshold is evidence enough on its own. What it gives up: one strong pair that is wrong (two
 * incidents sharing a rare name and phrase) now joins two whole stories, not two events. 0 turns it off.
 */
export function strongLinks(n: number, groups: number[][], sims: SimilarPairs, strong: number): number[][] {
  if (strong <= 0) return groups;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const join = (x: number, y: number) => {
    const [a, b] = [find(x), find(y)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  for (const g of groups) for (const x of g) join(x, g[0]!);
  for (let k = 0; k < sims.size; k++) if (sims.sim[k]! >= strong) join(sims.i[k]!, sims.j[k]!);
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = byRoot.get(r);
    if (g) g.push(i);
    else byRoot.set(r, [i]);
  }
  return [...byRoot.values()];
}

/** Unit TF-IDF vectors of per-event counts, sublinear tf, idf over the events. */
function tfidfOverEvents(counts: readonly Map<string, number>[], n: number): Map<string, number>[] {
  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return counts.map((c) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, k] of c) {
      const w = (1 + Math.log(k)) * idf(df.get(t)!, n);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
}

/**
 * How many postings lists hold each pair of events (lists ascending): each pair's key `i * n + j` (i < j, a whole
 * number a double holds exactly), ascending, and its count. Sorted typed arrays rather than a `Map`: past n ≈ 32k
 * events the keys are not small integers, and each would be a boxed number in a hash table.
 */
function pairCounts(
  lists: readonly (readonly number[])[],
  n: number,
): { keys: Float64Array; counts: Int32Array } {
  let total = 0;
  for (const list of lists) total += (list.length * (list.length - 1)) / 2;
  const all = new Float64Array(total);
  let p = 0;
  for (const list of lists) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) all[p++] = list[x]! * n + list[y]!;
  }
  all.sort();
  let unique = 0;
  for (let k = 0; k < total; k++) if (k === 0 || all[k] !== all[k - 1]) unique++;
  const keys = new Float64Array(unique);
  const counts = new Int32Array(unique);
  let u = -1;
  for (let k = 0; k < total; k++) {
    if (k === 0 || all[k] !== all[k - 1]) keys[++u] = all[k]!;
    counts[u]!++;
  }
  return { keys, counts };
}

/**
 * Each article's phrases (`addPhrases` over its headline and blocks), computed once per article object: the build
 * links twice over the same articles (follow-ups, then stories), and the regular-expression pass over every text is
 * most of what linking costs. A WeakMap, so nothing outlives the articles.
 */
const articlePhrases = new WeakMap<Article, readonly string[]>();

function phrasesOf(a: Article): readonly string[] {
  let phrases = articlePhrases.get(a);
  if (!phrases) {
    const set = new Set<string>();
    addPhrases(a.title, set);
    for (const b of a.blocks) addPhrases(b.text, set);
    articlePhrases.set(a, (phrases = [...set]));
  }
  return phrases;
}

/**
 * Two capitalised words in a row ("Libby Lake", "Sports Page", "Edgar Sanchez"), lower-cased: what names a place, a
 * business or a person in full. ASCII letters only, a heuristic without a tagger: it also takes "The Hennepin" at a
 * sentence start and a reporter's or a sheriff's name, which is why only rare ones count.
 */
function addPhrases(text: string, out: Set<string>): void {
  for (const m of text.matchAll(/\b([A-Z][a-z]+) ([A-Z][a-z]+)\b/g)) out.add(`${m[1]} ${m[2]}`.toLowerCase());
}
