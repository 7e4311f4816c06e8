import type { RelatedLink, Row } from '../types';
import { compareText } from '../text/compare';
import { normaliseForMatch } from '../text/normalise';
import { STOPWORDS, stem } from '../text/tokens';
import { startsDigit, startsUpper, wordPattern, words } from '../text/words';
import { DEFAULT_ALIGN_OPTIONS, type AlignArticle, type EventScores } from './align';
import { createSentenceScorer, type SentenceScorer } from './similarity';

/**
 * The related tier (DESIGN.md §4): passages of two articles of one event that report the same fact, event or quote in
 * other words, or one of them in part, where rows (lib/align/align.ts) hold only what is confidently the same
 * statement. A reader must be able to trust "only in AFP": a passage is only in one outlet when it has neither a row
 * partner nor a related passage.
 *
 * 1. Evidence: each sentence's features, weighted by how rare they are in the event (ln(N / df) over the event's N
 *    sentences; a feature in more than `commonShare` of them weighs nothing): names and places (a run of capitalised
 *    words is one name, read by the first letters of its last word, so "Turkey" meets "Turkish" and "President
 *    Vladimir Putin" is Putin once), numbers read as values ("2.5 million" = "2,500,000", "three" = "3"), and stemmed
 *    content words, with words that only date or open a passage ("Friday", "Meanwhile") left out. Words quoted in both
 *    sentences count once, as the strongest of them: a stock phrase both quote is one term.
 * 2. Candidates: sentence pairs of two articles that share a feature in at most `keyShare` of the event's sentences
 *    (an inverted index, so a 31-outlet event is not scored pair by pair), not already in one row, where at least one
 *    side has no row partner in the other article.
 * 3. A candidate links by any of three rules:
 *    a. evidence: shared evidence of `evidence` (about three words each in two or three of an event's hundred
 *       sentences) covering `cover` of the smaller sentence's evidence; in context (the next row after one sentence
 *       holds the sentence right after the other, or the row before the one right before: the passage goes on from a
 *       row on both sides) `contextEvidence` is enough; a second partner for a sentence the rows already pair needs
 *       `secondEvidence`;
 *    b. inside: one sentence is said inside the other (`inside` of its content words are there, by the rows' own
 *       coverage), with `mutualEvidence` (a long quote and the half of it another outlet printed apart);
 *    c. mutual best: two sentences without a row partner in each other's article, each the other's most similar
 *       sentence there by the rows' blended cosine (words and character trigrams, lib/align/similarity.ts), from
 *       `mutualCosine`, with `mutualEvidence`: below the rows' threshold, but nothing else in the other article tells
 *       the fact better.
 *    Each sentence keeps its `perSentence` strongest partners in each other article (one-to-many), a further one only
 *    with `nextShare` of the first one's evidence.
 * 4. Spans: a sentence with no partner in the other article between two that have, whose partners there are next to
 *    each other, belongs to the same passage ("There were no reports of casualties" between the strike and the
 *    shelter): it joins the related link before it. A short sentence of a quotation ("Jail!", "He is egocentric.")
 *    relates to what its neighbour in the quotation is paired with by a row or a strong link. Links of adjacent
 *    sentences to one sentence become one span link. `score` is the share of the smaller passage's evidence the other
 *    carries; `shared` names what the two spans share (or, for a quotation's last words that share nothing rare, the
 *    passage around them); a link that can name nothing is dropped.
 *
 * What the score gives up: it reads words, not meaning. One fact told with no shared name, number or rare word (two
 * ledes that sum up the news in their own words; "no reports of casualties" / "no one was hurt" on their own) is not
 * found unless rows or related links enclose it (step 4). Two facts told with the same rare words (two strikes on one
 * town, a person's two statements, Trump's tweet and Fox's reply on Twitter) can be linked, and so can a sentence and
 * the one most like it when the other article does not tell that fact at all (rule c). The settings were chosen on the
 * tuning gold only (data/gold/alignment, scripts/eval-related.ts, where every sentence pair is judged); docs/quality.md
 * has the figures on it and on the held-out gold, what was tried and dropped, and failure examples.
 */

export interface RelatedOptions {
  /**
   * Evidence two passages with no aligned neighbours must share: the sum, over shared features, of ln(N / df) (N the
   * event's sentences, df those holding the feature). About three words each in two or three of an event's hundred
   * sentences.
   */
  evidence?: number;
  /** The same next to a row of the two articles (the passage goes on from a row on both sides). */
  contextEvidence?: number;
  /** What a passage that already has a row partner in the other article needs for a second, related partner. */
  secondEvidence?: number;
  /** Lowest share of the smaller passage's evidence that the other carries. */
  cover?: number;
  /** A feature in more than this share of the event's sentences is not evidence (and not a candidate key). */
  commonShare?: number;
  /** A feature in more than this share of the event's sentences is evidence but not a candidate key. */
  keyShare?: number;
  /** Partners kept per sentence per other article. */
  perSentence?: number;
  /** A further partner in the same article needs at least this share of the first partner's evidence. */
  nextShare?: number;
  /**
   * Mutual best partners: two sentences, neither with a row partner in the other's article, each the other's most
   * similar sentence there (the rows' blended cosine, lib/align/similarity.ts), link from this cosine…
   */
  mutualCosine?: number;
  /** …with at least this much shared evidence (some rare word or name, not only common ones). */
  mutualEvidence?: number;
  /**
   * One sentence said inside the other: this share of one sentence's content words (IDF-weighted,
   * `SentenceScorer.coverage`) found in the other links them, with `mutualEvidence`, even where one of them has a row
   * partner in the other's article (a long quote and the half of it another outlet printed apart).
   */
  inside?: number;
  /** A quotation's other sentences join a related link (step 4) when it has at least this evidence; rows always. */
  quoteEvidence?: number;
}

export const DEFAULT_RELATED_OPTIONS: Required<RelatedOptions> = {
  evidence: 10,
  contextEvidence: 4.5,
  secondEvidence: 12,
  cover: 0.15,
  commonShare: 0.35,
  keyShare: 0.15,
  perSentence: 2,
  nextShare: 0.75,
  mutualCosine: 0.2,
  mutualEvidence: 3,
  inside: 0.5,
  quoteEvidence: 10,
};

/**
 * Cost gates, not evidence: the blended cosine (mutual-best rule) is worked out only for pairs whose evidence cosine
 * (shared evidence over the geometric mean of the two sentences' evidence) reaches `MUTUAL_GATE`, and the coverage
 * (inside rule) only where the shared evidence is `INSIDE_GATE` of the smaller sentence's. On the tuning gold the first
 * changes no link and the second drops one wrong one; together they halve the tier's cost on the 31-outlet event.
 */
const MUTUAL_GATE = 0.1;
const INSIDE_GATE = 0.2;
/** How many shared words a link names for readers. */
const SHOWN_EVIDENCE = 4;

type FeatureKind = 'name' | 'number' | 'word';

/** Readers meet the strongest kinds of evidence first. */
const KIND_ORDER: Record<FeatureKind, number> = { name: 0, number: 1, word: 2 };

interface Feature {
  key: string;
  kind: FeatureKind;
  /** The feature as printed in this sentence (a name's case kept, a number with its multiplier). */
  printed: string;
  /** Found only inside quotation marks in this sentence. */
  quoted: boolean;
}

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
/** "two" and "one" are left out alone ("the two sides"), but count with a multiplier ("two million"). */
export const SMALL_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, ...NUMBER_WORDS };
export const MULTIPLIERS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** Names a plain object answers from its prototype (`constructor`, …): a word may be one. */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * `table[word]`, read through a map of the table's own entries: a property read with a word made at run time looks the
 * word up in V8's table of every string (for each word of each sentence), a map does not. A word that names a property
 * of every object (`constructor`) is read from the object itself, so it reads what it always read.
 */
function wordTable(table: Readonly<Record<string, number>>): (word: string) => number | undefined {
  const own = new Map(Object.entries(table));
  return (word) => (PROTOTYPE_NAMES.has(word) ? table[word] : own.get(word));
}
const smallValue = wordTable(SMALL_WORDS);
const numberValue = wordTable(NUMBER_WORDS);
const multiplier = wordTable(MULTIPLIERS);

/**
 * Numbers in a sentence as values: digits (with thousands commas and decimals) or number words, times a following
 * "thousand" / "million" / "billion". Values below 3 say little ("one person", "the two sides") and are left out;
 * so are years, which every dateline and back-story repeats.
 */
export function sentenceNumbers(text: string): { value: number; printed: string }[] {
  const tokens = words(normaliseForMatch(text));
  const out: { value: number; printed: string }[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    let value: number | undefined;
    if (startsDigit(t) && /^\d[\d,]*(\.\d+)?$/.test(t)) value = Number(t.replace(/,/g, ''));
    else if (smallValue(t) !== undefined && multiplier(tokens[k + 1] ?? '') !== undefined)
      value = smallValue(t);
    else if (numberValue(t) !== undefined && multiplier(t) === undefined) value = numberValue(t);
    if (value === undefined || !Number.isFinite(value)) continue;
    const mult = multiplier(tokens[k + 1] ?? '');
    const printed = mult !== undefined ? `${t} ${tokens[k + 1]}` : t;
    if (mult !== undefined) {
      value *= mult;
      k++;
    }
    const year = mult === undefined && /^\d{4}$/.test(t) && value >= 1900 && value <= 2100;
    if (value < 3 || year) continue;
    out.push({ value: Math.round(value * 1000) / 1000, printed });
  }
  return out;
}

/** Opening and closing quote marks (straight, curly, guillemets, and U+FFFD standing in for one). */
const QUOTED =
  /["\u201C\u201D\u201E\u00AB\u00BB\uFFFD]([^"\u201C\u201D\u201E\u00AB\u00BB\uFFFD]{2,})["\u201C\u201D\u201E\u00AB\u00BB\uFFFD]/gu;

/**
 * Words that open or date a passage rather than say what happened ("Meanwhile", "on Friday", "this week"): never
 * evidence on their own account, since every passage has some.
 */
const FILLER: ReadonlySet<string> = new Set(
  `meanwhile elsewhere earlier later separately also however furthermore moreover monday tuesday wednesday thursday
  friday saturday sunday today yesterday tomorrow tonight morning afternoon evening night overnight week weeks month
  months year years day days time hours hour minutes january february march april june july august september october
  november december mr mrs ms dr`
    .split(/\s+/)
    .filter(Boolean),
);

/** Number words: counted as numbers (sentenceNumbers), not as words. */
const ALL_NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(SMALL_WORDS),
  ...Object.keys(MULTIPLIERS),
]);

/**
 * What `sentenceFeatures` reads of a word as printed, worked out once per word (the same words recur in every
 * sentence): its matching form without possessive 's or commas, whether it can be a name's word, and its keys.
 */
interface WordInfo {
  lower: string;
  /** Capitalised and not a common word: part of a name (at a sentence's start, only when `caps`). */
  cap: boolean;
  /** Starts with two capitals (NATO). */
  caps: boolean;
  /** Its key as a word feature outside a name, null when such a word is no evidence. */
  wordKey: string | null;
  /** Its key as a word of a name's title (made when first asked). */
  stemKey: string | null;
  /** Its key as the last word of a name, null when it has fewer than two letters. */
  nameKey: string | null;
  /** As a name prints it: without possessive 's. */
  namePrinted: string;
}

const wordInfos = new Map<string, WordInfo>();
function wordInfo(w: string): WordInfo {
  let info = wordInfos.get(w);
  if (info === undefined) {
    const lower = normaliseForMatch(w).replace(/'s$/, '').replace(/,/g, '');
    const common = STOPWORDS.has(lower) || FILLER.has(lower);
    const letters = lower.replace(/[^\p{L}]/gu, '');
    info = {
      lower,
      cap: startsUpper(w) && !common && lower.length >= 2,
      caps: /^\p{Lu}{2}/u.test(w),
      wordKey:
        lower.length >= 3 && !common && !ALL_NUMBER_WORDS.has(lower) && !startsDigit(lower)
          ? `w:${stem(lower)}`
          : null,
      stemKey: null,
      nameKey: letters.length >= 2 ? `n:${letters.slice(0, 4)}` : null,
      namePrinted: w.replace(/['\u2019]s$/, ''),
    };
    if (wordInfos.size > 200_000) wordInfos.clear();
    wordInfos.set(w, info);
  }
  return info;
}

/** The word pattern, for `sentenceFeatures`' scan (it calls nothing that scans with it meanwhile). */
const FEATURE_WORD = wordPattern();
/** Spaces from a given place (`lastIndex`), as many as there are. */
const SPACES_AT = /\s+/y;

/**
 * The features of one sentence (each key once): see step 1 of the file comment. A run of capitalised words is one name,
 * read by its last word ("President Vladimir Putin" is Putin, "Foreign Minister Dmytro Kuleba" Kuleba): the words
 * before it count as words (a title says something), but the one just before the last, mostly a first name, does not,
 * so a person named in full does not weigh as three shared words.
 */
export function sentenceFeatures(text: string): Feature[] {
  const seen = new Map<string, Feature>();
  const add = (f: Feature) => {
    const had = seen.get(f.key);
    if (!had) seen.set(f.key, f);
    else if (!f.quoted) had.quoted = false;
  };
  const quoted: [number, number][] = [];
  for (const m of text.matchAll(QUOTED)) quoted.push([m.index!, m.index! + m[0].length]);
  const inQuote = (at: number) => quoted.some(([lo, hi]) => at >= lo && at < hi);
  const ws: string[] = [];
  const ats: number[] = [];
  const infos: WordInfo[] = [];
  FEATURE_WORD.lastIndex = 0;
  for (let m = FEATURE_WORD.exec(text); m !== null; m = FEATURE_WORD.exec(text)) {
    ws.push(m[0]);
    ats.push(m.index);
    infos.push(wordInfo(m[0]));
  }
  // Sentence-initial capitals are names only when the word is all capitals (NATO) or not a common word.
  const isCap = (k: number) => k < infos.length && infos[k]!.cap && (k > 0 || infos[k]!.caps);
  let k = 0;
  while (k < infos.length) {
    if (!isCap(k)) {
      const info = infos[k]!;
      if (info.wordKey !== null)
        add({ key: info.wordKey, kind: 'word', printed: info.lower, quoted: inQuote(ats[k]!) });
      k++;
      continue;
    }
    // A name runs on over spaces only: "In Turkey, Ukraine's Foreign Minister" is two.
    let end = k;
    while (isCap(end + 1) && spacesOnly(text, ats[end]! + ws[end]!.length, ats[end + 1]!)) end++;
    for (let q = k; q < end - 1; q++) {
      const info = infos[q]!;
      add({
        key: (info.stemKey ??= `w:${stem(info.lower)}`),
        kind: 'word',
        printed: info.lower,
        quoted: inQuote(ats[q]!),
      });
    }
    const last = infos[end]!;
    if (last.nameKey !== null) {
      add({ key: last.nameKey, kind: 'name', printed: last.namePrinted, quoted: inQuote(ats[end]!) });
    }
    k = end + 1;
  }
  for (const n of sentenceNumbers(text))
    add({ key: `#${n.value}`, kind: 'number', printed: n.printed, quoted: false });
  return [...seen.values()];
}

/** `/^\s+$/.test(text.slice(from, to))`, without the slice. */
function spacesOnly(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  SPACES_AT.lastIndex = from;
  return SPACES_AT.test(text) && SPACES_AT.lastIndex >= to;
}

/**
 * The scorer the alignment made (`alignEventScored`), read in this tier's article order, when it scores these very
 * articles with the default blend; else null. Its scores are those a scorer of our own would give, bit for bit: a
 * sentence's vector holds the same weights in the same order whatever the article order (only the term ids, assigned
 * in order of first appearance, differ, and a dot product reads them only to find the same term), and the document
 * frequencies and IDF do not depend on order. What it saves is counting, IDF and vectors a second time.
 */
function sharedScorer(arts: readonly AlignArticle[], scores: EventScores | undefined): SentenceScorer | null {
  if (
    !scores ||
    scores.wordWeight !== DEFAULT_ALIGN_OPTIONS.wordWeight ||
    scores.tokenWeight !== DEFAULT_ALIGN_OPTIONS.tokenWeight
  )
    return null;
  const at = new Map(scores.articles.map((a, k) => [a, k]));
  const map = new Int32Array(arts.length);
  for (let k = 0; k < arts.length; k++) {
    const s = at.get(arts[k]!);
    if (s === undefined) return null;
    map[k] = s;
  }
  const { scorer } = scores;
  return {
    pairMatrix: (x, y) => scorer.pairMatrix(map[x]!, map[y]!),
    spanScore: (x, xs, y, ys) => scorer.spanScore(map[x]!, xs, map[y]!, ys),
    coverage: (x, i, y, ys) => scorer.coverage(map[x]!, i, map[y]!, ys),
    releaseMatrices: () => scorer.releaseMatrices(),
  };
}

/**
 * Related links of an event's articles, given the rows alignEvent made of them (see the file comment). Deterministic:
 * articles are taken in id order (by code unit) and every list is sorted with a tie-break. `scores`, the alignment's
 * own scorer (`alignEventScored`), spares making another for the same texts; the links are the same without it.
 */
export function relateEvent(
  articles: readonly AlignArticle[],
  rows: readonly Row[],
  options: RelatedOptions = {},
  scores?: EventScores | null,
): RelatedLink[] {
  const opts = { ...DEFAULT_RELATED_OPTIONS, ...options };
  const seenIds = new Set<string>();
  const arts = articles
    .filter((a) => (seenIds.has(a.id) ? false : (seenIds.add(a.id), true)))
    .sort((p, q) => compareText(p.id, q.id));
  if (arts.length < 2) return [];
  const indexOf = new Map(arts.map((a, k) => [a.id, k]));

  // Step 1: features and their document frequencies over the event's sentences.
  // A sentence's features depend on its text alone, and copies print the same sentences: read each text once. The
  // lists are shared between the sentences that print it, and only read from here on.
  const featuresOf = new Map<string, Feature[]>();
  const features = arts.map((a) =>
    a.sentences.map((text) => {
      let fs = featuresOf.get(text);
      if (!fs) featuresOf.set(text, (fs = sentenceFeatures(text)));
      return fs;
    }),
  );
  // Feature keys as numbers (in order of first appearance), with their document frequencies and weights: every
  // candidate pair reads the weights of its features, and typed arrays read faster than maps of strings. Per sentence,
  // its keys' numbers and which of them are words it quotes (made once per feature list, as the lists are shared).
  const idOf = new Map<string, number>();
  const keyNames: string[] = [];
  const df: number[] = [];
  const keysOfList = new Map<readonly Feature[], SentenceKeys>();
  let nSentences = 0;
  const fkeys = features.map((sents) =>
    sents.map((fs) => {
      nSentences++;
      let ks = keysOfList.get(fs);
      if (!ks) {
        const ids = new Int32Array(fs.length);
        const qword = new Uint8Array(fs.length);
        fs.forEach((f, k) => {
          let id = idOf.get(f.key);
          if (id === undefined) {
            id = df.length;
            idOf.set(f.key, id);
            keyNames.push(f.key);
            df.push(0);
          }
          ids[k] = id;
          qword[k] = f.quoted && f.kind === 'word' ? 1 : 0;
        });
        keysOfList.set(fs, (ks = { ids, qword }));
      }
      for (let k = 0; k < ks.ids.length; k++) df[ks.ids[k]!]!++;
      return ks;
    }),
  );
  const common = Math.max(2, opts.commonShare * nSentences);
  // Each key's weight worked out once.
  const weightOf = new Float64Array(df.length);
  for (let id = 0; id < df.length; id++) weightOf[id] = df[id]! > common ? 0 : Math.log(nSentences / df[id]!);
  const masses = fkeys.map((sents) =>
    sents.map(({ ids }) => {
      let t = 0;
      for (let k = 0; k < ids.length; k++) t += weightOf[ids[k]!]!;
      return t;
    }),
  );

  // Rows: per sentence, its row; per pair of articles, whether a sentence has a row partner in the other.
  const rowOf = arts.map((a) => new Int32Array(a.sentences.length).fill(-1));
  rows.forEach((row, r) => {
    for (const [id, span] of Object.entries(row.cells)) {
      const a = indexOf.get(id);
      if (a === undefined) continue;
      for (const s of span) if (s < rowOf[a]!.length) rowOf[a]![s] = r;
    }
  });
  // Per row, which articles it holds (a non-empty span of): read for every candidate pair, so looked up once here.
  const nArts = arts.length;
  const holds = new Uint8Array(rows.length * nArts);
  rows.forEach((row, r) => {
    for (const [id, span] of Object.entries(row.cells)) {
      const a = indexOf.get(id);
      if (a !== undefined && span.length > 0) holds[r * nArts + a] = 1;
    }
  });
  const rowHas = (r: number, a: number): boolean => r >= 0 && holds[r * nArts + a] === 1;
  /** Whether sentence s of article a shares a row with some sentence of article b. */
  const partnered = (a: number, s: number, b: number): boolean => rowHas(rowOf[a]![s] ?? -1, b);

  /** The sentence of article b that follows (dir 1) or precedes (dir -1) s in a's reading, through its rows. */
  const slotNeighbour = (x: number, i: number, y: number, dir: 1 | -1): number[] => {
    // The nearest sentence of x within two that has a row partner in y, and those partners.
    for (let step = 1; step <= 2; step++) {
      const s = i + dir * step;
      if (s < 0 || s >= rowOf[x]!.length) return [];
      const r = rowOf[x]![s]!;
      if (rowHas(r, y)) return rows[r]!.cells[arts[y]!.id]!;
    }
    return [];
  };
  /**
   * Context: the next row of x after i (past at most one sentence y does not carry) holds the sentence right after j in
   * y, or the row before holds the one right before: i and j sit in the same place of the two tellings.
   */
  const inContext = (x: number, i: number, y: number, j: number): boolean => {
    const after = slotNeighbour(x, i, y, 1);
    if (after.length > 0 && after[0] === j + 1) return true;
    const before = slotNeighbour(x, i, y, -1);
    return before.length > 0 && before[before.length - 1] === j - 1;
  };

  // Step 2: candidates through the inverted index of the evidence features. Sentences are numbered one after
  // another, article by article (`offsets`); a feature's postings are those numbers, ascending.
  const offsets: number[] = [];
  let total = 0;
  for (const a of arts) {
    offsets.push(total);
    total += a.sentences.length;
  }
  const articleOf = new Int32Array(total);
  arts.forEach((art, a) => articleOf.fill(a, offsets[a]!, offsets[a]! + art.sentences.length));
  /** Per sentence (numbered as above), its row or -1. */
  const rowAt = new Int32Array(total);
  rowOf.forEach((list, a) => rowAt.set(list, offsets[a]!));
  // Candidate keys: only the rarer features, so that a 31-outlet event's postings stay short (each key costs the
  // square of its postings); the features past `keyShare` still add to the evidence of the pairs these find.
  const keyLimit = Math.max(2, opts.keyShare * nSentences);
  const isKey = new Uint8Array(df.length);
  for (let id = 0; id < df.length; id++) isKey[id] = weightOf[id] !== 0 && df[id]! <= keyLimit ? 1 : 0;
  // Copies print the same sentences, and a pair of sentences' shared evidence, its bound, cosine and coverage depend on
  // their two texts only (a text's feature list, keys and vectors are shared by the sentences that print it): the
  // candidate search runs over pairs of distinct texts, numbered in order of first appearance, and each pair's
  // sentences are read through `occurrences` only where the bound lets the pair through. The same pairs, the same
  // sums in the same order, as a search over sentences; a 46-outlet event prints each text about three times.
  const textOf = new Map<SentenceKeys, number>();
  const textKeys: SentenceKeys[] = [];
  const textMass: number[] = [];
  const occurrences: number[][] = [];
  const textAt = new Int32Array(total);
  fkeys.forEach((sents, a) =>
    sents.forEach((ks, s) => {
      let u = textOf.get(ks);
      if (u === undefined) {
        u = textKeys.length;
        textOf.set(ks, u);
        textKeys.push(ks);
        textMass.push(masses[a]![s]!);
        occurrences.push([]);
      }
      textAt[offsets[a]! + s] = u;
      occurrences[u]!.push(offsets[a]! + s);
    }),
  );
  const nTexts = textKeys.length;
  const postings = new Map<number, number[]>();
  textKeys.forEach(({ ids }, u) => {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (!isKey[id]) continue;
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push(u);
    }
  });
  // Every pair of sentences of two articles that shares evidence, with an upper bound of what it shares (the plain sum
  // of the shared weights, added in key order): pairs below the lowest threshold are never scored. Summed text by
  // text into a scratch array over the later texts, each text's keys in order.
  // Per text, the weight of its evidence features that are not candidate keys.
  const extraMass = new Float64Array(nTexts);
  textKeys.forEach(({ ids }, u) => {
    for (let k = 0; k < ids.length; k++)
      if (!isKey[ids[k]!]) extraMass[u] = extraMass[u]! + weightOf[ids[k]!]!;
  });
  const keys = [...postings.keys()].sort((p, q) => compareText(keyNames[p]!, keyNames[q]!));
  const keyWeight = keys.map((id) => weightOf[id]!);
  const keyPostings = keys.map((id) => postings.get(id)!);
  // Per text, its keys (by rank) and its place in each key's postings, as one flat list: the pairs a text makes with a
  // key are those with the texts after it in the postings.
  const keysStart = new Int32Array(nTexts + 1);
  for (const list of keyPostings) for (const u of list) keysStart[u + 1]!++;
  for (let u = 0; u < nTexts; u++) keysStart[u + 1] = keysStart[u + 1]! + keysStart[u]!;
  const keyRank = new Int32Array(keysStart[nTexts]!);
  const keyPlace = new Int32Array(keysStart[nTexts]!);
  const fill = keysStart.slice(0, nTexts);
  keyPostings.forEach((list, r) => {
    list.forEach((u, p) => {
      const at = fill[u]!++;
      keyRank[at] = r;
      keyPlace[at] = p;
    });
  });
  const lowest = Math.min(opts.contextEvidence, opts.evidence, opts.secondEvidence, opts.mutualEvidence);
  // The rows' own similarity, for the mutual-best rule: vectors made once per event, scored only for candidates.
  const scorer =
    sharedScorer(arts, scores ?? undefined) ??
    createSentenceScorer(
      arts.map((a) => a.sentences),
      DEFAULT_ALIGN_OPTIONS,
    );
  /**
   * The evidence two sentences share: the weights of their shared features, summed in the first one's order. Words
   * that are quoted in both sentences count as one, the strongest: a stock phrase both outlets quote ("special
   * military operation") is one shared term, not three, and on its own says little about which fact a passage tells.
   * The second sentence's keys are marked in scratch arrays (a new stamp each time, so nothing is cleared).
   */
  const markStamp = new Int32Array(df.length);
  const markQuoted = new Uint8Array(df.length);
  let stamp = 0;
  const sharedMass = (a: SentenceKeys, b: SentenceKeys): number => {
    stamp++;
    for (let k = 0; k < b.ids.length; k++) {
      markStamp[b.ids[k]!] = stamp;
      markQuoted[b.ids[k]!] = b.qword[k]!;
    }
    let sum = 0;
    let quoted = 0;
    for (let k = 0; k < a.ids.length; k++) {
      const id = a.ids[k]!;
      if (markStamp[id] !== stamp) continue;
      const w = weightOf[id]!;
      if (a.qword[k] === 1 && markQuoted[id] === 1) quoted = Math.max(quoted, w);
      else sum += w;
    }
    return sum + quoted;
  };
  // Step 3: score and keep.
  interface Candidate {
    x: number;
    i: number;
    y: number;
    j: number;
    score: number;
    ev: number;
  }
  const candidates: Candidate[] = [];
  /** Pairs of two free sentences that share some evidence, for the mutual-best rule, with their cosine. */
  type Loose = Candidate & { cos: number };
  const loose: Loose[] = [];
  const bound = new Float64Array(nTexts);
  const touched: number[] = [];
  // Per ordered pair of texts (first × texts + second): the shared evidence (summed in the first one's order, so the
  // order matters), the cosine, and the larger coverage of either by the other, each worked out once.
  const evOf = new Map<number, number>();
  const cosOf = new Map<number, number>();
  const insideOf = new Map<number, number>();
  /** One pair of sentences gx < gy (numbered as above) whose texts' bound lets it through. */
  const candidatePair = (gx: number, gy: number): void => {
    const x = articleOf[gx]!;
    const y = articleOf[gy]!;
    if (x === y) return;
    // Already in one row.
    if (rowAt[gx]! >= 0 && rowAt[gx] === rowAt[gy]) return;
    // A pair is settled when each of its sentences already has a row partner in the other's article: never a
    // candidate (most pairs of a syndicated copy).
    const px = rowAt[gx]! >= 0 && holds[rowAt[gx]! * nArts + y] === 1;
    const py = rowAt[gy]! >= 0 && holds[rowAt[gy]! * nArts + x] === 1;
    if (px && py) return;
    const i = gx - offsets[x]!;
    const j = gy - offsets[y]!;
    const tx = textAt[gx]!;
    const ty = textAt[gy]!;
    const key = tx * nTexts + ty;
    let ev = evOf.get(key);
    if (ev === undefined) evOf.set(key, (ev = sharedMass(textKeys[tx]!, textKeys[ty]!)));
    const smaller = Math.min(textMass[tx]!, textMass[ty]!);
    if (smaller === 0) return;
    if (ev < lowest) return;
    const context = inContext(x, i, y, j) || inContext(y, j, x, i);
    // Every free pair with some evidence takes part in the mutual-best rule, whatever the other rules say of it.
    if (
      !px &&
      !py &&
      ev >= opts.mutualEvidence &&
      ev / Math.sqrt(textMass[tx]! * textMass[ty]!) >= MUTUAL_GATE
    ) {
      let cos = cosOf.get(key);
      if (cos === undefined) cosOf.set(key, (cos = scorer.spanScore(x, [i], y, [j])));
      loose.push({ x, i, y, j, score: ev / smaller, ev, cos });
    }
    // Next to a row the place says the rest; elsewhere a few shared words in two long sentences are not enough.
    const needed = px || py ? opts.secondEvidence : context ? opts.contextEvidence : opts.evidence;
    const byEvidence = ev >= needed && (context || ev / smaller >= opts.cover);
    let inside = false;
    if (!byEvidence && ev >= opts.mutualEvidence && ev / smaller >= INSIDE_GATE) {
      let cover = insideOf.get(key);
      if (cover === undefined)
        insideOf.set(key, (cover = Math.max(scorer.coverage(x, i, y, [j]), scorer.coverage(y, j, x, [i]))));
      inside = cover >= opts.inside;
    }
    if (byEvidence || inside) candidates.push({ x, i, y, j, score: ev / smaller, ev });
  };
  /** Every pair of sentences, in two different articles, that prints texts u and v (u ≤ v). */
  const textPair = (u: number, v: number, shared: number): void => {
    // What the keys share, plus at most what the features that are not keys could add.
    if (shared + Math.min(extraMass[u]!, extraMass[v]!) < lowest) return;
    const us = occurrences[u]!;
    const vs = occurrences[v]!;
    for (let p = 0; p < us.length; p++) {
      const g = us[p]!;
      for (let q = u === v ? p + 1 : 0; q < vs.length; q++) {
        const h = vs[q]!;
        if (g < h) candidatePair(g, h);
        else candidatePair(h, g);
      }
    }
  };
  for (let u = 0; u < nTexts; u++) {
    // Two sentences printing the same text share all its keys.
    let own = 0;
    for (let q = keysStart[u]!, qEnd = keysStart[u + 1]!; q < qEnd; q++) {
      const w = keyWeight[keyRank[q]!]!;
      own += w;
      const list = keyPostings[keyRank[q]!]!;
      for (let p = keyPlace[q]! + 1; p < list.length; p++) {
        const v = list[p]!;
        if (bound[v] === 0) touched.push(v);
        bound[v] = bound[v]! + w;
      }
    }
    if (keysStart[u + 1]! > keysStart[u]! && occurrences[u]!.length > 1) textPair(u, u, own);
    for (const v of touched) {
      const shared = bound[v]!;
      bound[v] = 0;
      textPair(u, v, shared);
    }
    touched.length = 0;
  }
  // Mutual best partners by cosine (see `mutualCosine`), added when the evidence rules did not already take the pair.
  // Keys of a sentence toward another article, and of a pair of sentences, as numbers: (sentence number) × articles +
  // other article; first sentence number × sentences + second.
  const sideKey = (a: number, s: number, b: number): number => (offsets[a]! + s) * nArts + b;
  const bestCos = new Map<number, number>();
  const noteBest = (key: number, cos: number) => {
    if (cos > (bestCos.get(key) ?? -1)) bestCos.set(key, cos);
  };
  for (const l of loose) {
    noteBest(sideKey(l.x, l.i, l.y), l.cos);
    noteBest(sideKey(l.y, l.j, l.x), l.cos);
  }
  const pairKey = (c: { x: number; i: number; y: number; j: number }): number =>
    (offsets[c.x]! + c.i) * total + offsets[c.y]! + c.j;
  const already = new Set(candidates.map(pairKey));
  for (const l of loose) {
    if (l.cos < opts.mutualCosine || already.has(pairKey(l))) continue;
    if (l.cos < bestCos.get(sideKey(l.x, l.i, l.y))! || l.cos < bestCos.get(sideKey(l.y, l.j, l.x))!)
      continue;
    candidates.push({ x: l.x, i: l.i, y: l.y, j: l.j, score: l.score, ev: l.ev });
  }
  // Strongest evidence first; a sentence's further partners in the same article must be nearly as strong as its
  // first (`nextShare`): one-to-many for a summary and its two details, not for a weaker echo of a shared word.
  candidates.sort((p, q) => q.ev - p.ev || p.x - q.x || p.y - q.y || p.i - q.i || p.j - q.j);
  const taken = new Map<number, { count: number; best: number }>();
  const kept: Candidate[] = [];
  const room = (key: number, ev: number) => {
    const t = taken.get(key);
    return !t || (t.count < opts.perSentence && ev >= opts.nextShare * t.best);
  };
  const take = (key: number, ev: number) => {
    const t = taken.get(key);
    if (t) {
      t.count++;
      t.best = Math.max(t.best, ev);
    } else taken.set(key, { count: 1, best: Math.max(0, ev) });
  };
  for (const c of candidates) {
    const ka = sideKey(c.x, c.i, c.y);
    const kb = sideKey(c.y, c.j, c.x);
    if (!room(ka, c.ev) || !room(kb, c.ev)) continue;
    take(ka, c.ev);
    take(kb, c.ev);
    kept.push(c);
  }

  // Step 4: spans.
  const rowPartners = (a: number, s: number, b: number): readonly number[] => {
    const r = rowOf[a]![s] ?? -1;
    return r >= 0 ? (rows[r]!.cells[arts[b]!.id] ?? []) : [];
  };
  kept.push(
    ...quotationLinks(arts, kept, rowPartners, (a, s) => rows[rowOf[a]![s]!]?.score ?? 0, opts.quoteEvidence),
  );
  const links = joinSpans(kept, arts, partnered, rowPartners);
  const table: FeatureTable = {
    features,
    keys: fkeys,
    weightOf,
    inY: new Int32Array(df.length),
    seen: new Int32Array(df.length),
    stamp: 0,
    named: new Map(),
  };
  return (
    links
      .map((l): RelatedLink | null => {
        const a = arts[l.x]!;
        const b = arts[l.y]!;
        return {
          a: a.id,
          ai: l.xs,
          b: b.id,
          bi: l.ys,
          score: Math.round(l.score * 1e4) / 1e4,
          shared: passageEvidence(l, table),
        };
      })
      // A link must tell readers why: one with no shared evidence even around it is dropped.
      .filter((l): l is RelatedLink => l !== null && l.shared.length > 0)
      .sort(
        (p, q) =>
          compareText(p.a, q.a) ||
          compareText(p.b, q.b) ||
          p.ai[0]! - q.ai[0]! ||
          p.bi[0]! - q.bi[0]! ||
          p.ai.length - q.ai.length ||
          p.bi.length - q.bi.length,
      )
  );
}

/** A sentence's feature keys as numbers (see relateEvent), and per key whether it is a word the sentence quotes. */
interface SentenceKeys {
  ids: Int32Array;
  qword: Uint8Array;
}

interface SpanLink {
  x: number;
  xs: number[];
  y: number;
  ys: number[];
  score: number;
}

/** Opening, closing and two-way quotation marks (U+FFFD stands in for a lost curly quote in some corpora). */
const OPENING = new Set(['\u201C', '\u00AB', '\u201E']);
const CLOSING = new Set(['\u201D', '\u00BB']);
const EITHER = new Set(['"', '\uFFFD']);
/** The same marks by code unit. */
const MARKS: ReadonlyMap<number, 'opening' | 'closing' | 'either'> = new Map([
  ...[...OPENING].map((c) => [c.charCodeAt(0), 'opening'] as const),
  ...[...CLOSING].map((c) => [c.charCodeAt(0), 'closing'] as const),
  ...[...EITHER].map((c) => [c.charCodeAt(0), 'either'] as const),
]);
/**
 * A quotation's sentence up to this many characters joins its neighbour's passage ("Jail!", "He is egocentric."): it
 * has too few words to be linked on its own, and most often finishes the thought its neighbour began. A longer one
 * says something of its own and must be linked on its own evidence.
 */
const QUOTE_FRAGMENT = 30;
/** A quotation left open longer than this many sentences is taken for a stray mark, not a quotation. */
const QUOTE_RUN = 3;

/**
 * Per sentence, whether it goes on a quotation the sentence before it left open ("“We don’t like him. / We don’t want
 * him. / We reject his visit.”"): curly marks say which way they face; a straight mark (or U+FFFD) flips the state.
 */
export function quotationContinues(sentences: readonly string[]): boolean[] {
  const out: boolean[] = [];
  let open = false;
  let run = 0;
  for (const text of sentences) {
    out.push(open && run < QUOTE_RUN);
    run = open ? run + 1 : 0;
    // By code unit: every mark is one, and no half of a surrogate pair is a mark.
    for (let k = 0; k < text.length; k++) {
      const mark = MARKS.get(text.charCodeAt(k));
      if (mark === undefined) continue;
      if (mark === 'opening') open = true;
      else if (mark === 'closing') open = false;
      else open = !open;
    }
    if (!open) run = 0;
  }
  return out;
}

/**
 * Step 4 of the file comment, quotations: a sentence with no partner in another article, in one quotation with a
 * neighbour that has partners there (a row or a kept link), relates to those partners. The quotation is one passage:
 * "They must open their eyes." after the sentence another outlet reported. Gives up: a quotation made of two
 * statements (a speaker's second point) is joined to the first one's counterpart too.
 */
function quotationLinks(
  arts: readonly AlignArticle[],
  kept: readonly { x: number; i: number; y: number; j: number; score: number; ev: number }[],
  rowPartners: (a: number, s: number, b: number) => readonly number[],
  rowScore: (a: number, s: number) => number,
  strong: number,
): { x: number; i: number; y: number; j: number; score: number; ev: number }[] {
  // Keys as in relateEvent: a sentence's number (article by article) × articles + the other article.
  const offsets = sentenceOffsets(arts);
  const sideKey = (a: number, s: number, b: number): number => (offsets[a]! + s) * arts.length + b;
  const linked = new Map<number, { j: number; score: number }[]>();
  const note = (a: number, s: number, b: number, t: number, score: number) => {
    const key = sideKey(a, s, b);
    const list = linked.get(key);
    if (list) list.push({ j: t, score });
    else linked.set(key, [{ j: t, score }]);
  };
  for (const c of kept) {
    if (c.ev < strong) continue;
    note(c.x, c.i, c.y, c.j, c.score);
    note(c.y, c.j, c.x, c.i, c.score);
  }
  const partnersOf = (a: number, s: number, b: number): { j: number; score: number }[] => [
    ...rowPartners(a, s, b).map((j) => ({ j, score: rowScore(a, s) })),
    ...(linked.get(sideKey(a, s, b)) ?? []),
  ];
  const out: { x: number; i: number; y: number; j: number; score: number; ev: number }[] = [];
  arts.forEach((art, a) => {
    // Only a short sentence can join its neighbour's passage: the others are never read here.
    const short: number[] = [];
    art.sentences.forEach((text, s) => text.length <= QUOTE_FRAGMENT && short.push(s));
    if (short.length === 0) return;
    const continues = quotationContinues(art.sentences);
    for (let b = 0; b < arts.length; b++) {
      if (b === a) continue;
      for (const s of short) {
        if (partnersOf(a, s, b).length > 0) continue;
        // The nearest sentence of the same quotation, before then after, with partners in b.
        let found: { j: number; score: number }[] = [];
        for (let n = s; n > 0 && continues[n] && found.length === 0; n--) found = partnersOf(a, n - 1, b);
        for (let n = s + 1; n < art.sentences.length && continues[n] && found.length === 0; n++)
          found = partnersOf(a, n, b);
        const seen = new Set<number>();
        for (const p of found) {
          if (seen.has(p.j)) continue;
          seen.add(p.j);
          out.push(
            a < b
              ? { x: a, i: s, y: b, j: p.j, score: p.score, ev: 0 }
              : { x: b, i: p.j, y: a, j: s, score: p.score, ev: 0 },
          );
        }
      }
    }
  });
  return out;
}

/** Where each article's sentences start when they are numbered one after another, article by article. */
function sentenceOffsets(arts: readonly AlignArticle[]): number[] {
  const offsets: number[] = [];
  let total = 0;
  for (const a of arts) {
    offsets.push(total);
    total += a.sentences.length;
  }
  return offsets;
}

/** Step 4 of the file comment: a lone sentence between two linked ones joins the passage; adjacent links merge. */
function joinSpans(
  kept: readonly { x: number; i: number; y: number; j: number; score: number }[],
  arts: readonly AlignArticle[],
  partnered: (a: number, s: number, b: number) => boolean,
  rowPartners: (a: number, s: number, b: number) => readonly number[],
): SpanLink[] {
  // Partners of each sentence in each other article, from rows and the kept links.
  const links: SpanLink[] = kept.map((c) => ({ x: c.x, xs: [c.i], y: c.y, ys: [c.j], score: c.score }));
  // Keys as in relateEvent: a sentence's number (article by article) × articles + the other article.
  const offsets = sentenceOffsets(arts);
  const sideKey = (a: number, s: number, b: number): number => (offsets[a]! + s) * arts.length + b;
  const linked = new Map<number, number[]>();
  const note = (a: number, s: number, b: number, t: number) => {
    const key = sideKey(a, s, b);
    const list = linked.get(key);
    if (list) list.push(t);
    else linked.set(key, [t]);
  };
  for (const l of links) {
    note(l.x, l.xs[0]!, l.y, l.ys[0]!);
    note(l.y, l.ys[0]!, l.x, l.xs[0]!);
  }
  // The first and the last of a sentence's partners in b, from rows and links (-1 when it has none): all a gap reads.
  const firstPartner = (a: number, s: number, b: number): number => {
    let first = -1;
    for (const t of rowPartners(a, s, b)) if (first < 0 || t < first) first = t;
    for (const t of linked.get(sideKey(a, s, b)) ?? []) if (first < 0 || t < first) first = t;
    return first;
  };
  const lastPartner = (a: number, s: number, b: number): number => {
    let last = -1;
    for (const t of rowPartners(a, s, b)) if (t > last) last = t;
    for (const t of linked.get(sideKey(a, s, b)) ?? []) if (t > last) last = t;
    return last;
  };
  // Gaps: for every ordered pair of articles, a sentence with no partner in b between two that have.
  const gaps: SpanLink[] = [];
  for (let a = 0; a < arts.length; a++) {
    for (let b = 0; b < arts.length; b++) {
      if (a === b) continue;
      const n = arts[a]!.sentences.length;
      for (let s = 1; s + 1 < n; s++) {
        // Not partnered in b means no row partner there: only a kept link could give it one.
        if (partnered(a, s, b) || linked.has(sideKey(a, s, b))) continue;
        const lo = lastPartner(a, s - 1, b);
        if (lo < 0) continue;
        const hi = firstPartner(a, s + 1, b);
        if (hi < 0) continue;
        // The passage on the other side: the last partner before, the first after, adjacent or the same sentence.
        if (hi < lo || hi - lo > 1) continue;
        // It joins its predecessor's related link to that sentence (below), if there is one; the evidence is that link's.
        const [x, y] = a < b ? [a, b] : [b, a];
        const mine = [s];
        const theirs = [lo];
        gaps.push({ x, xs: x === a ? mine : theirs, y, ys: x === a ? theirs : mine, score: 0 });
      }
    }
  }
  const all = [...links, ...gaps];
  // Merge links of adjacent sentences of one side to the same sentence of the other: one span link.
  all.sort(
    (p, q) => p.x - q.x || p.y - q.y || p.xs[0]! - q.xs[0]! || p.ys[0]! - q.ys[0]! || q.score - p.score,
  );
  const out: SpanLink[] = [];
  for (const l of all) {
    const prev = out[out.length - 1];
    if (prev && prev.x === l.x && prev.y === l.y) {
      const sameYs = prev.ys.length === 1 && l.ys.length === 1 && prev.ys[0] === l.ys[0];
      const sameXs = prev.xs.length === 1 && l.xs.length === 1 && prev.xs[0] === l.xs[0];
      if (sameYs && l.xs[0] === prev.xs[prev.xs.length - 1]! + 1 && prev.xs.length < 3) {
        prev.xs.push(l.xs[0]!);
        prev.score = Math.max(prev.score, l.score);
        continue;
      }
      if (sameXs && l.ys[0] === prev.ys[prev.ys.length - 1]! + 1 && prev.ys.length < 3) {
        prev.ys.push(l.ys[0]!);
        prev.score = Math.max(prev.score, l.score);
        continue;
      }
    }
    // A gap that joined no link of its own article pair says nothing by itself: dropped.
    if (l.score === 0) continue;
    out.push({ ...l, xs: [...l.xs], ys: [...l.ys] });
  }
  return out;
}

/**
 * The evidence a link names: what its two spans share, or, for a span that shares no rare word itself (a quotation's
 * last words, "Jail!"), what the passage around it shares, one sentence further on each side of each span.
 */
function passageEvidence(l: SpanLink, table: FeatureTable): string[] {
  const own =
    l.xs.length === 1 && l.ys.length === 1
      ? sentencesEvidence(table, l.x, l.xs[0]!, l.y, l.ys[0]!)
      : sharedEvidence(table, l.x, l.xs, l.y, l.ys);
  if (own.length > 0) return own;
  const wide = (span: readonly number[]) => [span[0]! - 1, ...span, span[span.length - 1]! + 1];
  return sharedEvidence(table, l.x, wide(l.xs), l.y, wide(l.ys));
}

/**
 * An event's features (relateEvent step 1) with their keys as numbers and the keys' weights, and two scratch arrays
 * over the keys for `sharedEvidence` (a new stamp each call, so nothing is cleared).
 */
interface FeatureTable {
  features: readonly (readonly (readonly Feature[])[])[];
  keys: readonly (readonly SentenceKeys[])[];
  weightOf: Float64Array;
  inY: Int32Array;
  seen: Int32Array;
  stamp: number;
  /** What one sentence names against another, per ordered pair of their texts' keys (`sentencesEvidence`). */
  named: Map<SentenceKeys, Map<SentenceKeys, string[]>>;
}

/**
 * `sharedEvidence` of one sentence against one: what it names depends on the two sentences' texts alone (their feature
 * lists and keys are shared per text), and copies print the same texts, so a wide event links the same two texts
 * between many pairs of articles: worked out once per ordered pair of texts, a copy of the list handed out each time.
 */
function sentencesEvidence(table: FeatureTable, x: number, i: number, y: number, j: number): string[] {
  const kx = table.keys[x]![i]!;
  const ky = table.keys[y]![j]!;
  let inner = table.named.get(kx);
  if (!inner) table.named.set(kx, (inner = new Map()));
  let named = inner.get(ky);
  if (!named) inner.set(ky, (named = sharedEvidence(table, x, [i], y, [j])));
  return [...named];
}

/**
 * The evidence a link names: shared features of sentences `xs` of article x and `ys` of article y (a sentence out of
 * range is skipped), strongest kind first, then rarest; each printed form once.
 */
function sharedEvidence(
  table: FeatureTable,
  x: number,
  xs: readonly number[],
  y: number,
  ys: readonly number[],
): string[] {
  const { features, keys, weightOf, inY, seen } = table;
  const stamp = ++table.stamp;
  for (const s of ys) {
    const ids = keys[y]![s]?.ids;
    if (ids) for (let k = 0; k < ids.length; k++) inY[ids[k]!] = stamp;
  }
  // Each shared key once, as the first sentence of xs that has it prints it.
  const found: { f: Feature; w: number }[] = [];
  for (const s of xs) {
    const fs = features[x]![s];
    const ids = keys[x]![s]?.ids;
    if (!fs || !ids) continue;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      if (inY[id] !== stamp || seen[id] === stamp || !(weightOf[id]! > 0)) continue;
      seen[id] = stamp;
      found.push({ f: fs[k]!, w: weightOf[id]! });
    }
  }
  // A name is also a word: name it once, as a name.
  const names = new Set(found.filter(({ f }) => f.kind === 'name').map(({ f }) => f.printed.toLowerCase()));
  const list = found
    .filter(({ f }) => !(f.kind !== 'name' && names.has(f.printed.toLowerCase())))
    .sort(
      (p, q) =>
        KIND_ORDER[p.f.kind] - KIND_ORDER[q.f.kind] || q.w - p.w || compareText(p.f.printed, q.f.printed),
    );
  const out: string[] = [];
  for (const { f } of list) {
    const text = f.quoted ? `“${f.printed}”` : f.printed;
    if (!out.includes(text)) out.push(text);
    if (out.length >= SHOWN_EVIDENCE) break;
  }
  return out;
}
