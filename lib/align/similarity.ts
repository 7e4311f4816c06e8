import { STOPWORDS, stem, termCounts, wordTokens } from '../text/tokens';
import { idf } from '../text/vectors';

/**
 * How alike two sentences (or two spans of one or two adjacent sentences) of one event are: the scoring half of
 * alignment (lib/align/align.ts picks links from it).
 *
 * Every sentence gets two TF-IDF vectors, with the IDF taken from the event's own sentences, so a word every outlet
 * repeats ("Putin" in a Putin story) counts little and a rare shared one ("Izyum") a lot: stemmed content words, and
 * character trigrams of the content words (catches Kiev/Kyiv and "negotiations"/"negotiators", which stems miss). The
 * score is a weighted blend of the two cosines, in [0, 1].
 */

export interface SimilarityOptions {
  /** Share of the content-word (stem) cosine in the blend. */
  wordWeight: number;
  /**
   * Share of the cosine over all word tokens, function words included. Small: it only separates sentences whose
   * content words are the same ("And I say wait for what?" / "Wait until when?" both reduce to "wait").
   */
  tokenWeight: number;
  // The character-trigram cosine takes the rest: 1 - wordWeight - tokenWeight.
}

export interface SentenceScorer {
  /** Scores of every sentence of article `x` against every sentence of article `y`, row-major (`i * m + j`). */
  pairMatrix(x: number, y: number): Float64Array;
  /** Score of a span of article `x` against a span of article `y`; a two-sentence span counts as one text. */
  spanScore(x: number, xs: readonly number[], y: number, ys: readonly number[]): number;
  /**
   * How much of sentence `i` of article `x` a span of article `y` says: the share of the sentence's content words
   * (stems, IDF-weighted) found in the span, in [0, 1]. One-sided, unlike the cosine: it tells a sentence that holds
   * another (a long quote and one half of it) from two that merely share words.
   */
  coverage(x: number, i: number, y: number, ys: readonly number[]): number;
  /**
   * Lets go of the inverted indexes `pairMatrix` builds per article (a table over the event's vocabulary each, most of
   * a wide event's scorer): for a scorer kept after its matrices are made (the related tier reads spans and
   * coverage only). `pairMatrix` builds them again if asked.
   */
  releaseMatrices(): void;
}

/**
 * A sentence (or span) as one sparse vector over the three feature spaces joined, each part unit-length and scaled by
 * the square root of its blend weight, so the blended score is a single dot product.
 */
interface Vec {
  ids: Int32Array;
  ws: Float64Array;
  /** Entries from here on are the all-tokens space, scored only where the other spaces already agree. */
  tokensFrom: number;
}

interface Counts {
  words: Map<string, number>;
  /** Trigrams as numbers (`gramKey`): number keys hash faster than short strings. */
  grams: Map<number, number>;
  tokens: Map<string, number>;
}

/** Anything but ASCII lower-case letters, digits and spaces (the matching form is lower case). */
const NOT_PLAIN = /[^a-z0-9 ]/;

/**
 * A sentence's terms in the three spaces, from one pass of `wordTokens` (the matching form): stemmed content words as
 * lib/text `contentStems` gives them; character trigrams of the content words only, padded as lib/text `charTrigrams`
 * pads them (function words would make every pair of sentences look alike); and every token.
 */
function sentenceCounts(text: string): Counts {
  const tokens = wordTokens(text);
  const content = tokens.filter((w) => !STOPWORDS.has(w));
  const words = content.filter((w) => w.length >= 2 || /\p{N}/u.test(w)).map(stem);
  // Most content words are plain letters and digits: the Unicode replace runs only where something is to go.
  const joined = content.join(' ');
  const padded =
    content.length === 0
      ? ''
      : ` ${NOT_PLAIN.test(joined) ? joined.replace(/[^\p{L}\p{N} ]+/gu, '') : joined} `;
  const grams = new Map<number, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const g = gramKey(padded.charCodeAt(i), padded.charCodeAt(i + 1), padded.charCodeAt(i + 2));
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return { words: termCounts(words), grams, tokens: termCounts(tokens) };
}

/**
 * A trigram's key: three ASCII code units in 21 bits (a small integer, which a map hashes without allocating), any
 * other three packed 16 bits each, from 2^37 up (every unit here is a letter, a digit or a space, so the first is at
 * least 0x20): one number per trigram either way, and the two ranges never meet.
 */
export function gramKey(c0: number, c1: number, c2: number): number {
  if ((c0 | c1 | c2) < 0x80) return (c0 << 14) | (c1 << 7) | c2;
  return (c0 * 65536 + c1) * 65536 + c2;
}

function mergeCounts<K>(a: Map<K, number>, b: Map<K, number>): Map<K, number> {
  const m = new Map(a);
  for (const [t, c] of b) m.set(t, (m.get(t) ?? 0) + c);
  return m;
}

/**
 * Inverted index of one article in compressed form: term id → a run of (sentence, weight) entries. `slot` maps a term
 * id to its run; a dense array over the event's vocabulary where that is small enough (the lookup is the hot path of
 * a pair's matrix), else a map.
 */
interface Postings {
  slot: (id: number) => number;
  /** The dense slot table, when there is one: read directly in the hot loop. */
  dense: Int32Array | null;
  start: Int32Array;
  sentence: Int32Array;
  weight: Float64Array;
}

/**
 * The terms of one feature space of an event's sentences, numbered in order of first appearance, with their document
 * frequencies (lib/text/vectors `documentFrequencies`: a sentence printed twice counts twice), and per distinct
 * sentence its terms' numbers in its own order: one map lookup per term, where counting and then looking each term up
 * again took three.
 */
interface TermIndex<K> {
  number: Map<K, number>;
  dfs: number[];
  ofCounts: Map<Counts, Int32Array>;
}

function termIndex<S extends keyof Counts>(
  all: readonly Counts[],
  key: S,
): TermIndex<Counts[S] extends Map<infer K, number> ? K : never> {
  type K = Counts[S] extends Map<infer T, number> ? T : never;
  const number = new Map<K, number>();
  const dfs: number[] = [];
  const ofCounts = new Map<Counts, Int32Array>();
  for (const c of all) {
    let numbers = ofCounts.get(c);
    if (!numbers) {
      const terms = c[key] as Map<K, number>;
      numbers = new Int32Array(terms.size);
      let k = 0;
      for (const t of terms.keys()) {
        let n = number.get(t);
        if (n === undefined) {
          n = dfs.length;
          number.set(t, n);
          dfs.push(0);
        }
        numbers[k++] = n;
      }
      ofCounts.set(c, numbers);
    }
    for (let k = 0; k < numbers.length; k++) dfs[numbers[k]!]!++;
  }
  return { number, dfs, ofCounts };
}

/** Trigrams found in more than this share of an event's sentences are dropped (events of at least `COMMON_MIN_DOCS`). */
const COMMON_SHARE = 0.1;
const COMMON_MIN_DOCS = 50;

/**
 * Content-space score below which the all-tokens part is not added in a pair's matrix. Its weight is small, so a pair
 * this far below any threshold cannot be lifted over it.
 */
const TOKEN_FLOOR = 0.1;

/** Dense slot tables up to this many entries per article (4 bytes each). */
const DENSE_SLOTS = 1 << 20;

function buildPostings(vecs: readonly Vec[], vocabulary: number): Postings {
  // Term id → its run's number, in order of first appearance: a dense table where the vocabulary is small enough (the
  // same table is then the lookup of the hot loop), else a map.
  const table = vocabulary <= DENSE_SLOTS ? new Int32Array(vocabulary).fill(-1) : null;
  const map = table ? null : new Map<number, number>();
  const counts: number[] = [];
  for (const v of vecs) {
    for (let t = 0; t < v.tokensFrom; t++) {
      const id = v.ids[t]!;
      let k = table ? table[id]! : (map!.get(id) ?? -1);
      if (k < 0) {
        k = counts.length;
        if (table) table[id] = k;
        else map!.set(id, k);
        counts.push(0);
      }
      counts[k]!++;
    }
  }
  const start = new Int32Array(counts.length + 1);
  for (let k = 0; k < counts.length; k++) start[k + 1] = start[k]! + counts[k]!;
  const fill = start.slice(0, counts.length);
  const sentence = new Int32Array(start[counts.length]!);
  const weight = new Float64Array(start[counts.length]!);
  vecs.forEach((v, s) => {
    for (let t = 0; t < v.tokensFrom; t++) {
      const id = v.ids[t]!;
      const k = table ? table[id]! : map!.get(id)!;
      const at = fill[k]!++;
      sentence[at] = s;
      weight[at] = v.ws[t]!;
    }
  });
  const slot = table ? (id: number) => table[id]! : (id: number) => map!.get(id) ?? -1;
  return { slot, dense: table, start, sentence, weight };
}

/** A scorer over the sentences of an event's articles (`articles[a][s]` is sentence `s` of article `a`). */
export function createSentenceScorer(
  articles: readonly (readonly string[])[],
  options: SimilarityOptions,
): SentenceScorer {
  // Counts and vectors depend on a sentence's text alone, and copies print the same sentences: each text is read
  // once, its objects shared (and only read) by the sentences that print it.
  const countsOf = new Map<string, Counts>();
  const counts: Counts[][] = articles.map((sents) =>
    sents.map((text) => {
      let c = countsOf.get(text);
      if (!c) countsOf.set(text, (c = sentenceCounts(text)));
      return c;
    }),
  );
  const all = counts.flat();
  const nDocs = Math.max(1, all.length);
  const gramWeight = Math.max(0, 1 - options.wordWeight - options.tokenWeight);
  const spaces = (
    [
      ['words', options.wordWeight],
      ['grams', gramWeight],
      ['tokens', options.tokenWeight],
    ] as const
  )
    .filter(([, weight]) => weight > 0)
    .map(([key, weight]) => ({
      key,
      scale: Math.sqrt(weight),
      terms: new Map<string | number, { id: number; idf: number }>(),
      /** This space's first term id; a sentence's terms by number (see `termIndex`), with their IDF. */
      base: 0,
      index: null as TermIndex<string | number> | null,
      idfs: new Float64Array(0),
    }));
  // Term ids and IDF per feature space, once: every term a span can hold is a term of some sentence. A space's ids
  // follow its terms' first appearance, so a term's id is the space's base plus its number in `termIndex`.
  let nextId = 0;
  const wordIndex = termIndex(all, 'words');
  for (const space of spaces) {
    const index = space.key === 'words' ? wordIndex : termIndex(all, space.key);
    space.base = nextId;
    space.index = index;
    space.idfs = new Float64Array(index.dfs.length);
    for (const [term, k] of index.number) {
      const df = index.dfs[k]!;
      // A trigram in a large share of the event's sentences ("ion", "ing") says nothing about which sentence is
      // which, and its long postings list is most of a pair's cost: left out.
      const common = space.key === 'grams' && nDocs >= COMMON_MIN_DOCS && df > COMMON_SHARE * nDocs;
      const weight = common ? 0 : idf(df, nDocs);
      space.terms.set(term, { id: nextId++, idf: weight });
      space.idfs[k] = weight;
    }
  }
  /** TF-IDF with sublinear tf, as lib/text/vectors `tfidfVector`, each space unit-length, then scaled. */
  const vecOf = (c: Counts): Vec => {
    let size = 0;
    for (const space of spaces) size += c[space.key].size;
    const ids = new Int32Array(size);
    const ws = new Float64Array(size);
    let at = 0;
    let tokensFrom = size;
    for (const space of spaces) {
      const from = at;
      if (space.key === 'tokens') tokensFrom = at;
      let norm = 0;
      // A sentence's terms are numbered already; a span's merged counts are looked up term by term.
      const numbers = space.index!.ofCounts.get(c);
      if (numbers) {
        let k = 0;
        for (const n of c[space.key].values()) {
          const t = numbers[k++]!;
          const f = space.idfs[t]!;
          if (f === 0) continue;
          const w = (1 + Math.log(n)) * f;
          ids[at] = space.base + t;
          ws[at++] = w;
          norm += w * w;
        }
      } else {
        for (const [t, n] of c[space.key]) {
          const term = space.terms.get(t)!;
          if (term.idf === 0) continue;
          const w = (1 + Math.log(n)) * term.idf;
          ids[at] = term.id;
          ws[at++] = w;
          norm += w * w;
        }
      }
      const k = norm > 0 ? space.scale / Math.sqrt(norm) : 0;
      for (let q = from; q < at; q++) ws[q] = ws[q]! * k;
    }
    return { ids: ids.subarray(0, at), ws: ws.subarray(0, at), tokensFrom: Math.min(tokensFrom, at) };
  };
  const vecOfCounts = new Map<Counts, Vec>();
  const vecs = counts.map((sents) =>
    sents.map((c) => {
      let v = vecOfCounts.get(c);
      if (!v) vecOfCounts.set(c, (v = vecOf(c)));
      return v;
    }),
  );
  // Each content word's IDF, worked out once: `coverage` reads it for every word of every sentence it is asked about.
  const wordIdf = new Map<string, number>();
  for (const [t, k] of wordIndex.number) wordIdf.set(t, idf(wordIndex.dfs[k]!, nDocs));
  const scratch = new Float64Array(nextId);
  const postings: (Postings | undefined)[] = [];
  /** Per article y, each sentence vector's row of scores against y's sentences (views into the matrices made). */
  const rowsAgainst: (Map<Vec, Float64Array> | undefined)[] = [];

  const spanVecs = new Map<string, Vec>();
  // Two adjacent sentences (what alignment's splits and merges score): their vector depends on their two texts alone,
  // and copies print the same two sentences one after the other in many articles, so it is made once per pair of
  // texts (keyed by their counts, shared per text), with no key string to build for every lookup.
  const adjacentVecs = new Map<Counts, Map<Counts, Vec>>();
  const merged = (parts: readonly Counts[]): Vec =>
    vecOf({
      words: parts.map((p) => p.words).reduce(mergeCounts),
      grams: parts.map((p) => p.grams).reduce(mergeCounts),
      tokens: parts.map((p) => p.tokens).reduce(mergeCounts),
    });
  const vecOfSpan = (a: number, span: readonly number[]): Vec => {
    if (span.length === 1) return vecs[a]![span[0]!]!;
    if (span.length === 2 && span[1] === span[0]! + 1 && span[1]! < counts[a]!.length) {
      const first = counts[a]![span[0]!]!;
      const second = counts[a]![span[1]!]!;
      let after = adjacentVecs.get(first);
      if (!after) adjacentVecs.set(first, (after = new Map()));
      let v = after.get(second);
      if (!v) after.set(second, (v = merged([first, second])));
      return v;
    }
    const key = `${a}:${span.join(',')}`;
    let v = spanVecs.get(key);
    if (!v) spanVecs.set(key, (v = merged(span.map((s) => counts[a]![s]!))));
    return v;
  };

  return {
    pairMatrix(x, y) {
      const rows = vecs[x]!;
      const cols = vecs[y]!;
      const m = cols.length;
      const post = (postings[y] ??= buildPostings(cols, nextId));
      const { start, sentence, weight, dense } = post;
      const scores = new Float64Array(rows.length * m);
      // A row depends on its sentence's vector and on y alone, and copies print the same sentences in many articles:
      // each text's row against y is worked out once (the vectors are shared per text, see above) and copied after.
      const done = (rowsAgainst[y] ??= new Map());
      for (let i = 0; i < rows.length; i++) {
        const v = rows[i]!;
        const base = i * m;
        const had = done.get(v);
        if (had !== undefined) {
          scores.set(had, base);
          continue;
        }
        const { ids, ws } = v;
        for (let t = 0; t < v.tokensFrom; t++) {
          const k = dense ? dense[ids[t]!]! : post.slot(ids[t]!);
          if (k < 0) continue;
          const w = ws[t]!;
          for (let p = start[k]!, end = start[k + 1]!; p < end; p++) {
            const at = base + sentence[p]!;
            scores[at] = scores[at]! + w * weight[p]!;
          }
        }
        // The all-tokens part: function words are in every sentence, so an inverted index over them would cost
        // n × m anyway; add it only where the content spaces already found something.
        if (v.tokensFrom === v.ids.length) {
          done.set(v, scores.subarray(base, base + m));
          continue;
        }
        for (let t = v.tokensFrom; t < v.ids.length; t++) scratch[v.ids[t]!] = v.ws[t]!;
        for (let j = 0; j < m; j++) {
          if (scores[base + j]! < TOKEN_FLOOR) continue;
          const u = cols[j]!;
          let d = 0;
          for (let t = u.tokensFrom; t < u.ids.length; t++) d += scratch[u.ids[t]!]! * u.ws[t]!;
          scores[base + j] = scores[base + j]! + d;
        }
        for (let t = v.tokensFrom; t < v.ids.length; t++) scratch[v.ids[t]!] = 0;
        done.set(v, scores.subarray(base, base + m));
      }
      return scores;
    },
    releaseMatrices() {
      postings.length = 0;
      rowsAgainst.length = 0;
    },
    coverage(x, i, y, ys) {
      let total = 0;
      let found = 0;
      for (const t of counts[x]![i]!.words.keys()) {
        const w = wordIdf.get(t)!;
        total += w;
        if (ys.some((j) => counts[y]![j]!.words.has(t))) found += w;
      }
      return total > 0 ? found / total : 0;
    },
    spanScore(x, xs, y, ys) {
      // Scatter one side into a scratch array over the vocabulary, gather the other, clear: linear, no sorting.
      const a = vecOfSpan(x, xs);
      const b = vecOfSpan(y, ys);
      for (let t = 0; t < a.ids.length; t++) scratch[a.ids[t]!] = a.ws[t]!;
      let s = 0;
      for (let t = 0; t < b.ids.length; t++) s += scratch[b.ids[t]!]! * b.ws[t]!;
      for (let t = 0; t < a.ids.length; t++) scratch[a.ids[t]!] = 0;
      return s;
    },
  };
}
