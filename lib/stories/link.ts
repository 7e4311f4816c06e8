import type { Article } from '../types';
import { averageLink, dayNumber } from '../events/cluster';
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
 * Headline words are left out: "4 shot in South Side shooting" describes a hundred events.
 * Candidate pairs come from an inverted index over names held by at most `maxPostings` events (the work grows with
 * related pairs, not with the square of the corpus); they are grouped by average-link clustering (lib/events
 * `averageLink`), so a story grows only when the newcomer is alike, on average, to all its events.
 *
 * What it gives up: a follow-up that names none of the first report's people or places (a page of furniture around
 * two lines, a verdict that names only the court and the defendant) stays a story of its own; two incidents whose reports share a
 * rare name (one family hit twice, a street with two shootings a year apart) can be linked. The build also reads the
 * links within the event window, to join a story's follow-ups of the next days into their event (./follow-ups.ts). Tuned on ../shared/corpora
 * gva-dev (`npm run eval`): see docs/quality.md.
 */

export interface StoryOptions {
  /** Average-link cosine needed to join two groups of events. */
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
}

export const DEFAULT_STORY_OPTIONS: Required<StoryOptions> = {
  threshold: 0.3,
  maxPostings: 6,
  minSharedNames: 2,
  yearDecay: 0.5,
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

  // Per event: name counts (summed over its articles), and its first day.
  const counts: Map<string, number>[] = [];
  const days: (number | null)[] = [];
  for (const e of events) {
    const c = new Map<string, number>();
    let day: number | null = null;
    for (const id of e.articleIds) {
      const a = byId.get(id);
      if (!a) continue;
      const d = dayNumber(a.date);
      if (d !== null && (day === null || d < day)) day = d;
      const t = terms.get(id) ?? corpusTerms([a]).get(id)!;
      t.stems.forEach((stem, k) => {
        if (!t.names.has(stem)) return;
        const w = t.title[k]! + t.lead[k]! + t.body[k]!;
        if (w > 0) c.set(stem, (c.get(stem) ?? 0) + w);
      });
    }
    counts.push(c);
    days.push(day);
  }

  const df = new Map<string, number>();
  for (const c of counts) for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors = counts.map((c) => {
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
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * n + list[y]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const sims = new Map<number, number>();
  for (const [key, c] of shared) {
    if (c < o.minSharedNames) continue;
    const i = Math.floor(key / n);
    const j = key % n;
    const di = days[i];
    const dj = days[j];
    const decay = di != null && dj != null ? Math.max(0, 1 - (o.yearDecay * Math.abs(di - dj)) / 365) : 1;
    sims.set(key, cosine(vectors[i]!, vectors[j]!) * decay);
  }
  return averageLink(n, sims, o.threshold)
    .map((g) => g.sort((x, y) => x - y))
    .sort((x, y) => x[0]! - y[0]!);
}
