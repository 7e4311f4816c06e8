import { diffWords, type Span } from '../diff/words';
import { normaliseForMatch } from '../text/normalise';
import { STOPWORDS, charTrigrams, contentStems } from '../text/tokens';
import { type InsightContext, hasWord, trimSpan, wordCount, words } from './context';
import { join, label, listOf, outlet, word } from './label';
import type { QuoteSpan } from './quoted';
import { transliterationKey } from './names';
import type { QuoteInsight, QuoteRendering } from '../types';

/**
 * Quoted passages, matched across outlets. A quote is text between double quotes (straight or curly) or single quotes
 * that open after a space and close before one (so "Moscow's" is no quote). Its attribution is the nearest speech verb
 * outside the quote: first just after it (`," Putin said` / `," said Ihor Zhovkva`), else the last one before it
 * (`Putin told … that talks continued "…"`); a participle (`adding`) keeps the verb but takes its speaker from
 * further back. Quotes match when their words or letters overlap enough: loosely inside one aligned row, strictly
 * (long quotes, many shared words) across rows, and never when both name different speakers.
 * What it gives up: quotes split over two rows, speakers named only by a pronoun (they match anyone), and paraphrase
 * presented as quotation.
 */

export { type QuoteSpan, findQuotes } from './quoted';

/** Speech verbs, as printed in news attribution. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  `said says say told tells claimed claims added adds stated states declared declares wrote writes tweeted tweets
  announced announces insisted insists warned warns described describes called calls branded brands noted notes
  stressed stresses urged urges asserted asserts argued argues explained explains replied replies recalled recalls
  admitted admits acknowledged acknowledges vowed vows promised promises denied denies reported reports quoted
  adding saying claiming stating declaring writing insisting warning describing calling branding noting stressing
  urging asserting arguing explaining telling`
    .split(/\s+/)
    .filter(Boolean),
);

const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

type Tok = { w: string; cap: boolean; stop: boolean };

function tokens(text: string): Tok[] {
  return words(text).map((w) => {
    const low = w.toLowerCase();
    return { w, cap: /^\p{Lu}/u.test(w), stop: STOPWORDS.has(low) || PRONOUNS.has(low) };
  });
}

/** The capitalised run ending at index `end` (inclusive), reading back; '' when tokens[end] is not a name word. */
function runBack(toks: Tok[], end: number): string {
  const out: string[] = [];
  for (let i = end; i >= 0; i--) {
    const t = toks[i]!;
    if (!t.cap || t.stop) break;
    out.unshift(t.w);
  }
  return out.join(' ');
}

function runForward(toks: Tok[], start: number): string {
  const out: string[] = [];
  for (let i = start; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || t.stop) break;
    out.push(t.w);
  }
  return out.join(' ');
}

/** Speaker right before a verb at index v: a capitalised run, a pronoun (null), or nothing found (undefined). */
function speakerBefore(toks: Tok[], v: number): string | null | undefined {
  const prev = toks[v - 1];
  if (!prev) return undefined;
  if (PRONOUNS.has(prev.w.toLowerCase())) return null;
  const run = runBack(toks, v - 1);
  return run || undefined;
}

/** Speaker after a verb at v: the first capitalised run within a few words ("said Ukrainian presidential aide Ihor"). */
function speakerAfter(toks: Tok[], v: number): string | undefined {
  for (let i = v + 1; i < Math.min(toks.length, v + 7); i++) {
    const t = toks[i]!;
    if (t.cap && !t.stop) {
      // Skip adjectives of nationality before a lower-case title: "Ukrainian presidential aide Ihor Zhovkva".
      const run = runForward(toks, i);
      const next = toks[i + run.split(' ').length];
      if (next && !next.cap && !next.stop && i + run.split(' ').length < v + 7) continue;
      return run;
    }
    if (t.stop && i > v + 1 && !['the', 'a', 'an'].includes(t.w.toLowerCase())) return undefined;
  }
  return undefined;
}

export interface Attribution {
  verb: string | null;
  speaker: string | null;
}

/** The attribution of the quote at index `qi` of `quotes` in `text`. */
export function attribution(text: string, quotes: readonly QuoteSpan[], qi: number): Attribution {
  const q = quotes[qi]!;
  const nextStart = quotes[qi + 1]?.start ?? text.length;
  const after = tokens(text.slice(q.end, nextStart)).slice(0, 8);
  for (let v = 0; v < Math.min(after.length, 4); v++) {
    const verb = after[v]!.w.toLowerCase();
    if (!SPEECH_VERBS.has(verb)) continue;
    const speaker = v > 0 ? speakerBefore(after, v) : speakerAfter(after, v);
    if (speaker !== undefined) return { verb, speaker };
    // `, officials said` after the quote may report the whole sentence: a name before the quote is the speaker.
    const before = attributionBefore(text, quotes, qi);
    return before.speaker ? before : { verb, speaker: null };
  }
  return attributionBefore(text, quotes, qi);
}

function attributionBefore(text: string, quotes: readonly QuoteSpan[], qi: number): Attribution {
  const q = quotes[qi]!;
  const prevEnd = quotes[qi - 1]?.end ?? 0;
  const before = tokens(text.slice(prevEnd, q.start));
  let verb: string | null = null;
  for (let v = before.length - 1; v >= 0; v--) {
    const w = before[v]!.w.toLowerCase();
    if (!SPEECH_VERBS.has(w)) continue;
    verb ??= w;
    // A participle ("adding that …") shares the subject of the clause before it: keep looking for that one.
    if (w.endsWith('ing')) continue;
    // A pronoun subject ("He said Obama …") is the speaker, unnamed; a name after the verb is then its object.
    const subject = speakerBefore(before, v);
    const speaker = subject === undefined ? speakerAfter(before, v) : subject;
    return { verb, speaker: speaker ?? null };
  }
  if (verb && qi > 0) return { verb, speaker: attribution(text, quotes, qi - 1).speaker };
  return { verb, speaker: null };
}

interface QuoteItem extends QuoteRendering {
  articleIndex: number;
  stems: Set<string>;
}

const SAME_ROW_MIN_SCORE = 0.35;
const SAME_ROW_ONE_WORD_LETTERS = 0.5;
const CROSS_ROW_MIN_STEMS = 4;
const CROSS_ROW_MIN_SHARED = 4;
const CROSS_ROW_MIN_OVERLAP = 0.7;
const MIN_QUOTE_WORDS = 2;
/** Without one named speaker on both sides, a run of this many words in common shows one utterance… */
const UNNAMED_MIN_RUN = 5;
/** …or runs of three words or more (or the whole of the shorter quote) covering this share of the shorter quote. */
const UNNAMED_MIN_COVER = 0.7;

/**
 * The words two quotes print in the same order, as runs: the longest common run of words is taken, then the longest
 * in what is left, and so on while a run is at least three words long or is the whole of the shorter quote (so "Give
 * me your keys. This is my last day" and "Today's my last day. Give me your keys" share both sentences). Words are
 * compared without case, punctuation or brackets. Returns the longest run and the share of the shorter quote covered.
 * With `stopAt`, the search ends once a run that long is found (the first, longest run decides a caller that asks
 * only whether the longest reaches it): `longest` is then that run's length and `cover` counts only what was found.
 */
export function commonRuns(a: string, b: string, stopAt = Infinity): { longest: number; cover: number } {
  // Words are compared as numbers (the same word, the same number).
  const numbers = new Map<string, number>();
  return numberedRuns(quoteWordNumbers(a, numbers), quoteWordNumbers(b, numbers), stopAt);
}

/**
 * A quote's words as `commonRuns` compares them, numbered through `numbers` (the same word, the same number): at most
 * the first 400 (a quote left open can run to the end of its passage, the search is quadratic, and a run of five words
 * decides before that).
 */
function quoteWordNumbers(text: string, numbers: Map<string, number>): Int32Array {
  const words = wordsOf(text).split(' ').filter(Boolean).slice(0, 400);
  return Int32Array.from(words, (w) => {
    let n = numbers.get(w);
    if (n === undefined) numbers.set(w, (n = numbers.size));
    return n;
  });
}

/**
 * `commonRuns` on numbered words; marks the words it uses in `wa` and `wb` as -1 (no word's number). For a caller
 * that wants only a yes or no (sameUtterance), `enough` ends a run search at the first run of that length (then
 * `longest` is that run's) and `coverAt` ends the whole search once the cover reaches it.
 */
function numberedRuns(
  wa: Int32Array,
  wb: Int32Array,
  stopAt: number,
  enough = Infinity,
  coverAt = Infinity,
): { longest: number; cover: number } {
  const shorter = Math.min(wa.length, wb.length);
  if (shorter === 0) return { longest: 0, cover: 0 };
  let longest = 0;
  let covered = 0;
  const scratch = runScratch(wb.length);
  for (;;) {
    const { best, atA, atB } = longestRun(wa, wb, enough, scratch);
    if (best === 0 || (best < 3 && best < shorter)) break;
    longest = Math.max(longest, best);
    covered += best;
    if (longest >= stopAt || covered / shorter >= coverAt) break;
    wa.fill(-1, atA, atA + best);
    wb.fill(-1, atB, atB + best);
  }
  return { longest, cover: covered / shorter };
}

function runScratch(m: number): { prev: Uint16Array; row: Uint16Array } {
  return { prev: new Uint16Array(m + 1), row: new Uint16Array(m + 1) };
}

/**
 * The longest common run of words not yet used (-1), the first found on ties (the same texts give the same runs); the
 * search ends early, returning that run, once one reaches `enough`.
 */
function longestRun(
  wa: Int32Array,
  wb: Int32Array,
  enough: number,
  scratch: { prev: Uint16Array; row: Uint16Array },
): { best: number; atA: number; atB: number } {
  let { prev, row } = scratch;
  let best = 0;
  let atA = 0;
  let atB = 0;
  prev.fill(0);
  for (let i = 1; i <= wa.length; i++) {
    const x = wa[i - 1]!;
    for (let j = 1; j <= wb.length; j++) {
      const n = x >= 0 && x === wb[j - 1] ? prev[j - 1]! + 1 : 0;
      row[j] = n;
      if (n > best) {
        best = n;
        atA = i - n;
        atB = j - n;
        if (best >= enough) return { best, atA, atB };
      }
    }
    [prev, row] = [row, prev];
  }
  scratch.prev = prev;
  scratch.row = row;
  return { best, atA, atB };
}

/**
 * Whether two quotes' numbered words show one utterance: `commonRuns(a, b, UNNAMED_MIN_RUN)` gives a longest run of
 * `UNNAMED_MIN_RUN` or a cover of `UNNAMED_MIN_COVER` (`cover`, the same answer, for every pair of quotes a wide
 * event compares). Decided as soon as it is known: runs pair equal words one to one, so neither the longest run nor
 * the words covered can pass the words the two share counted with repeats (most pairs of quotes share few); the first
 * run to reach `UNNAMED_MIN_RUN` answers yes (the search on stops there too), and the cover only grows run by run.
 * `counts` is a scratch array over the word numbers, all zero, left so. The inputs are not changed.
 */
export function sameUtterance(a: Int32Array, b: Int32Array, counts: Int32Array): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter === 0) return false;
  for (let k = 0; k < a.length; k++) counts[a[k]!]!++;
  let common = 0;
  for (let k = 0; k < b.length; k++) {
    if (counts[b[k]!]! > 0) {
      common++;
      counts[b[k]!]!--;
    }
  }
  for (let k = 0; k < a.length; k++) counts[a[k]!] = 0;
  if (common < UNNAMED_MIN_RUN && common / shorter < UNNAMED_MIN_COVER) return false;
  const r = numberedRuns(a.slice(), b.slice(), UNNAMED_MIN_RUN, UNNAMED_MIN_RUN, UNNAMED_MIN_COVER);
  return r.longest >= UNNAMED_MIN_RUN || r.cover >= UNNAMED_MIN_COVER;
}

function overlap(a: Set<string>, b: Set<string>): { shared: number; coefficient: number } {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const min = Math.min(a.size, b.size);
  return { shared, coefficient: min > 0 ? shared / min : 0 };
}

function dice(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return a.size + b.size > 0 ? (2 * shared) / (a.size + b.size) : 0;
}

/** Speakers conflict only when both are named and their last names differ in transliteration key. */
function speakersConflict(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const lastA = a.split(' ').pop() ?? a;
  const lastB = b.split(' ').pop() ?? b;
  // A character lost upstream (U+FFFD, "S\uFFFDnchez") may have been any one letter: no conflict where it fits.
  if (lastA.includes('\uFFFD') || lastB.includes('\uFFFD')) return !lostLetterFits(lastA, lastB);
  return transliterationKey(lastA) !== transliterationKey(lastB);
}

/** Whether two spellings agree letter for letter, case and accents aside, a lost character (U+FFFD) matching any. */
function lostLetterFits(a: string, b: string): boolean {
  const plain = (s: string) => [...s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()];
  const pa = plain(a);
  const pb = plain(b);
  return pa.length === pb.length && pa.every((c, i) => c === pb[i] || c === '\uFFFD' || pb[i] === '\uFFFD');
}

export function quoteInsights(view: InsightContext): QuoteInsight[] {
  wordsCache.clear();
  const items: QuoteItem[] = [];
  // Copies print the same quotes: a text's stems and trigrams are worked out once, the sets shared (read only). The
  // trigrams only for a quote a row compares by its letters (few pass the tests before).
  const terms = new Map<string, { stems: Set<string> }>();
  const trigrams = new Map<string, Set<string>>();
  const trigramsOf = (text: string) => {
    let t = trigrams.get(text);
    if (!t) trigrams.set(text, (t = new Set(charTrigrams(text))));
    return t;
  };
  const termsOf = (text: string) => {
    let t = terms.get(text);
    if (!t) terms.set(text, (t = { stems: new Set(contentStems(text)) }));
    return t;
  };
  const byRow = new Map<number, number[]>();
  view.cells.forEach((cells, row) => {
    for (const [ai, text] of cells) {
      const quotes = view.quotes[row]?.get(ai) ?? [];
      quotes.forEach((q, qi) => {
        if (wordCount(q.text) < MIN_QUOTE_WORDS) return;
        const article = view.articles[ai]!;
        const { verb, speaker } = attribution(text, quotes, qi);
        const idx = items.length;
        items.push({
          article: article.id,
          outlet: article.outlet.id,
          row,
          text: q.text,
          verb,
          speaker,
          articleIndex: ai,
          ...termsOf(q.text),
        });
        let list = byRow.get(row);
        if (!list) byRow.set(row, (list = []));
        list.push(idx);
      });
    }
  });

  // Candidate pairs: every cross-article pair in a row, and long quotes sharing words across rows (via an index of
  // stems, so the work grows with matches, not with the square of all quotes).
  const candidates: { i: number; j: number; score: number }[] = [];
  // Copies quote the same words: each pair of quote texts is measured once (keyed by the texts' numbers).
  const textNumber = new Map<string, number>();
  const numberOf = items.map((q) => {
    let n = textNumber.get(q.text);
    if (n === undefined) textNumber.set(q.text, (n = textNumber.size));
    return n;
  });
  const overlaps = new Map<number, { shared: number; coefficient: number }>();
  const runs = new Map<number, boolean>();
  // Each quote text's words numbered once for the event (the same word, the same number), and a scratch array of
  // counts over those numbers for `sameUtterance`.
  const wordNumbers = new Map<string, number>();
  const numberedWords = new Map<string, Int32Array>();
  let counts = new Int32Array(0);
  const numberedOf = (text: string) => {
    let ws = numberedWords.get(text);
    if (!ws) numberedWords.set(text, (ws = quoteWordNumbers(text, wordNumbers)));
    return ws;
  };
  const sameWords = (key: number, a: string, b: string) => {
    let same = runs.get(key);
    if (same === undefined) {
      const wa = numberedOf(a);
      const wb = numberedOf(b);
      if (counts.length < wordNumbers.size)
        counts = new Int32Array(Math.max(wordNumbers.size, 2 * counts.length));
      runs.set(key, (same = sameUtterance(wa, wb, counts)));
    }
    return same;
  };
  const dices = new Map<number, number>();
  const pairKey = (i: number, j: number) => numberOf[i]! * textNumber.size + numberOf[j]!;
  const consider = (i: number, j: number, sameRow: boolean) => {
    const a = items[i]!;
    const b = items[j]!;
    if (a.articleIndex === b.articleIndex || speakersConflict(a.speaker, b.speaker)) return;
    const key = pairKey(i, j);
    let o = overlaps.get(key);
    if (!o) overlaps.set(key, (o = overlap(a.stems, b.stems)));
    // One speaker named on both sides vouches for one utterance, told in other words ("practically on a daily basis"
    // / "practically every day", Putin adding). Otherwise the words must: shared content words alone also join two
    // things said on one topic ("Thoughts and prayers for all" / "all of our thoughts and prayers are with the
    // family"; "It was absolutely surreal" / "It was an absolutely horrific day").
    if (!(a.speaker && b.speaker) && !sameWords(key, a.text, b.text)) return;
    if (sameRow) {
      let letters = dices.get(key);
      if (letters === undefined) dices.set(key, (letters = dice(trigramsOf(a.text), trigramsOf(b.text))));
      const score = Math.max(o.coefficient, letters);
      // One shared word between two short quotes ("no solutions yet" / "those who offer such solutions") is chance:
      // with only one, the letters must agree too.
      const enough = o.shared >= 2 || (o.shared === 1 && letters >= SAME_ROW_ONE_WORD_LETTERS);
      if (enough && score >= SAME_ROW_MIN_SCORE) candidates.push({ i, j, score });
    } else if (
      a.stems.size >= CROSS_ROW_MIN_STEMS &&
      b.stems.size >= CROSS_ROW_MIN_STEMS &&
      o.shared >= CROSS_ROW_MIN_SHARED &&
      o.coefficient >= CROSS_ROW_MIN_OVERLAP
    ) {
      candidates.push({ i, j, score: o.coefficient });
    }
  };
  for (const list of byRow.values()) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) consider(list[x]!, list[y]!, true);
  }
  const byStem = new Map<string, number[]>();
  items.forEach((q, i) => {
    if (q.stems.size < CROSS_ROW_MIN_STEMS) return;
    for (const s of q.stems) {
      let l = byStem.get(s);
      if (!l) byStem.set(s, (l = []));
      l.push(i);
    }
  });
  // Keyed i * items + j (i < j): a wide event has tens of thousands of such pairs.
  const sharedCount = new Map<number, number>();
  for (const list of byStem.values()) {
    if (list.length > 200) continue; // a stem in hundreds of quotes tells nothing
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        if (items[i]!.row === items[j]!.row) continue;
        const key = i * items.length + j;
        sharedCount.set(key, (sharedCount.get(key) ?? 0) + 1);
      }
    }
  }
  for (const [key, n] of sharedCount) {
    if (n < CROSS_ROW_MIN_SHARED) continue;
    consider(Math.floor(key / items.length), key % items.length, false);
  }

  // Greedy grouping, best score first: a group holds at most one quote per article.
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const group = items.map((_, i) => i);
  const members = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  const find = (i: number): number => {
    while (group[i] !== i) i = group[i] = group[group[i]!]!;
    return i;
  };
  for (const { i, j } of candidates) {
    const gi = find(i);
    const gj = find(j);
    if (gi === gj) continue;
    const mi = members.get(gi)!;
    const mj = members.get(gj)!;
    const articlesI = new Set(mi.map((k) => items[k]!.articleIndex));
    if (mj.some((k) => articlesI.has(items[k]!.articleIndex))) continue;
    // Whether any two of the members' speakers conflict. The test is symmetric and a speaker never conflicts with
    // itself, so each distinct name is compared once with each other: copies of one quote name one speaker.
    const speakers = [...new Set([...mi, ...mj].map((k) => items[k]!.speaker))];
    if (speakers.some((s, x) => speakers.some((t, y) => y > x && speakersConflict(s, t)))) continue;
    const [keep, drop] = gi < gj ? [gi, gj] : [gj, gi];
    group[drop] = keep;
    members.set(keep, [...mi, ...mj]);
    members.delete(drop);
  }

  const out: QuoteInsight[] = [];
  for (const [root, list] of members) {
    if (find(root) !== root || list.length < 2) continue;
    const renderings = list
      .map((k) => items[k]!)
      .sort((x, y) => x.articleIndex - y.articleIndex || x.row - y.row)
      .map((q): QuoteRendering & { articleIndex: number } => ({
        article: q.article,
        outlet: q.outlet,
        row: q.row,
        text: q.text,
        verb: q.verb,
        speaker: q.speaker,
        articleIndex: q.articleIndex,
      }));
    const first = renderings[0]!;
    const changes: QuoteInsight['changes'] = [];
    for (const r of renderings.slice(1))
      changes.push(...quoteChanges(first.text, r.text, r.article, view.diff));
    const name = (r: { articleIndex: number }) => outlet(view.articles[r.articleIndex]!.outlet.id);
    // The speaker as named by a rendering that lost no character upstream ("Sánchez", not "S\uFFFDnchez"), if any.
    const named = renderings.filter((r) => r.speaker);
    const speaker = (named.find((r) => !r.speaker!.includes('\uFFFD')) ?? named[0])?.speaker;
    const verbs = new Set(renderings.map((r) => r.verb ?? '—'));
    const shown = changes.slice(0, 3).map((c) => {
      const r = renderings.find((x) => x.article === c.article)!;
      const change = !c.from
        ? label('adds ', word(c.to))
        : !c.to
          ? label('drops ', word(c.from))
          : label(word(c.from), ' → ', word(c.to));
      return label(change, ' (', name(r), ')');
    });
    const parts = label(
      `${speaker ? `${speaker}, quoted` : 'Quoted'} by `,
      listOf(renderings.map(name)),
      changes.length
        ? label(': ', join(shown, '; '), changes.length > 3 ? '; …' : '')
        : new Set(renderings.map((r) => wordsOf(r.text))).size === 1
          ? ', word for word'
          : ', same words, some quoting more',
      verbs.size > 1
        ? label(
            ' — ',
            join(
              renderings.map((r) => label(`${r.verb ?? 'no verb'} (`, name(r), ')')),
              ', ',
            ),
          )
        : '',
    );
    out.push({
      kind: 'quote',
      scope: 'row',
      articles: renderings.map((r) => r.article),
      outlets: renderings.map((r) => r.outlet),
      rows: [...new Set(renderings.map((r) => r.row))].sort((x, y) => x - y),
      words: [...new Set(changes.flatMap((c) => [c.from, c.to]).filter(Boolean))],
      label: parts,
      renderings: renderings.map((r) => ({
        article: r.article,
        outlet: r.outlet,
        row: r.row,
        text: r.text,
        verb: r.verb,
        speaker: r.speaker,
      })),
      changes,
    });
  }
  return out.sort(
    (x, y) => x.rows[0]! - y.rows[0]! || (x.renderings[0]!.text < y.renderings[0]!.text ? -1 : 1),
  );
}

/**
 * A change that starts or ends inside an editorial bracket ("(It’s) something" cut to "It’s) something") keeps the
 * bracket's words and drops the bracket left without its pair.
 */
function loneBracketsDropped(text: string): string {
  const drop = new Set<number>();
  const open: { ch: string; at: number }[] = [];
  const pairs: Record<string, string> = { ')': '(', ']': '[' };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[') open.push({ ch, at: i });
    else if (ch === ')' || ch === ']') {
      if (open.length && open[open.length - 1]!.ch === pairs[ch]) open.pop();
      else drop.add(i);
    }
  }
  for (const o of open) drop.add(o.at);
  if (drop.size === 0) return text;
  return trimSpan(
    text
      .split('')
      .filter((_, i) => !drop.has(i))
      .join(''),
  );
}

/** The letters of a span with nothing between them: "under-invested" and "underinvested" squash alike. */
function squashed(text: string): string {
  return wordsOf(text).replace(/\s+/g, '');
}

/**
 * A quote's words, cached by text: every pair of quotes a row compares, and every pair of a quote's renderings, reads
 * both sides' words again. Emptied as each event's quotes are read, so it holds one event's quotes at most (a cache
 * over the whole build made every later garbage collection slower).
 */
const wordsCache = new Map<string, string>();
/** The words of a span without case, punctuation or brackets, for telling a real change from typesetting. */
function wordsOf(text: string): string {
  let out = wordsCache.get(text);
  if (out === undefined) {
    out = normaliseForMatch(text)
      .replace(/[^\p{L}\p{N}\s]/gu, '')
      .replace(/\s+/g, ' ')
      .trim();
    // Bounded: a build reads every quote of every event through here.
    if (wordsCache.size > 50_000) wordsCache.clear();
    wordsCache.set(text, out);
  }
  return out;
}

/**
 * Word changes from one rendering of a quote to another; runs of non-equal spans become one change. Words only one
 * side has at either end are left out: quoting more or less of a sentence is not rewording it.
 */
export function quoteChanges(
  a: string,
  b: string,
  article: string,
  diff: (a: string, b: string) => Span[] = diffWords,
): QuoteInsight['changes'] {
  const out: (QuoteInsight['changes'][number] & { edge: boolean })[] = [];
  let from = '';
  let to = '';
  let sawEqual = false;
  const flush = (atEnd: boolean) => {
    // An editor's words in brackets that the other rendering leaves out ("It (the club) has had" / "It has had") are
    // not the speaker's: no change.
    const editorial = (x: string, y: string) => /^\s*[([][^()[\]]*[)\]]\s*$/.test(x) && !y.trim();
    if (editorial(from, to) || editorial(to, from)) {
      from = '';
      to = '';
      return;
    }
    const f = loneBracketsDropped(trimSpan(from));
    const t = loneBracketsDropped(trimSpan(to));
    if (hasWord(f) || hasWord(t)) {
      // At an edge, one side quoting more is not rewording, even when the words it shares are spelt otherwise
      // ("under-invested, under-funded, and if we listen …" / "underinvested, underfunded").
      const sf = squashed(f);
      const st = squashed(t);
      const edge =
        (!sawEqual && (sf.endsWith(st) || st.endsWith(sf))) ||
        (atEnd && (sf.startsWith(st) || st.startsWith(sf)));
      out.push({ article, from: f, to: t, edge });
    }
    from = '';
    to = '';
  };
  for (const s of diff(a, b)) {
    if (s.op === 'equal') {
      if (hasWord(s.text)) {
        flush(false);
        sawEqual = true;
      } else {
        from += s.text;
        to += s.textB ?? s.text;
      }
    } else if (s.op === 'delete') from += s.text;
    else to += s.text;
  }
  flush(true);
  // With no word in common there is no "edge": keep every change. Case, punctuation and editorial brackets alone
  // ("wait," / "Wait.", "for" / "[for]") are how a text is set, not what was said.
  // Nor are hyphens against spaces ("year-and-a-half" / "year and a half"): the same letters, set otherwise.
  const kept = (sawEqual ? out.filter((c) => !c.edge) : out).filter(
    (c) => wordsOf(c.from) !== wordsOf(c.to) && squashed(c.from) !== squashed(c.to),
  );
  return kept.map(({ article: x, from: f, to: t }) => ({ article: x, from: f, to: t }));
}
