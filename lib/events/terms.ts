import type { Article } from '../types';
import { contentStems, stem, STOPWORDS, wordTokens } from '../text/tokens';
import { wordPattern } from '../text/words';

/**
 * The terms clustering and event naming read from one article, computed in one pass over its text: its distinct
 * stemmed content words (exactly those of `contentStems`) with their counts in the title, the lead and the rest of the
 * body, and the stems of its names (words written with a capital inside a sentence, in the body). Counts rather than
 * word lists: at 100k articles the lists alone would take gigabytes.
 *
 * Why a pass of its own: `contentStems` normalises (NFKC, quotes, dashes, spaces, case) and runs a Unicode regex per
 * call, which made tokenising the corpus the largest part of clustering (about 7 s of 17 at 10k articles). Most news
 * text is ASCII plus curly quotes, dashes and a few accented letters, for which that normalisation is a per-character
 * mapping: this scanner applies it directly and gives the same tokens. Any other character (zero-width spaces, letters
 * beyond Latin-1, compatibility forms that NFKC rewrites) sends the text to `contentStems` itself, so nothing changes
 * for them; `terms.test.ts` holds the two equal over the seeds, the fixtures and generated strings.
 */
export interface ArticleTerms {
  /** Distinct stems in the order first met: the title's, then the body's, block by block. */
  stems: string[];
  /** Per stem, how often it occurs in the title, in the lead and in the rest of the body. */
  title: Uint32Array;
  lead: Uint32Array;
  body: Uint32Array;
  /** The lead: the blocks that start within this many words of the body (what the counts were split at). */
  leadWords: number;
  /** Stems of capitalised words inside sentences of the body (see `nameStems`). */
  names: Set<string>;
}

/** Words of the lead that clustering counts up (ClusterOptions.leadWords). */
export const DEFAULT_LEAD_WORDS = 60;

/** Character classes of the fast path. */
const OTHER = 0; // not handled: fall back to the exact path
const SEP = 1; // separates words
const WORD = 2; // letter or digit
const JOIN_APOS = 3; // joins words as "'" in the matching form
const JOIN_DOT = 4;
const JOIN_COMMA = 5;
const JOIN_DASH = 6;

/** Class of each code unit below 0x100, and of the few higher ones news text is full of. */
const CLASS = new Uint8Array(0x100);
for (let c = 0; c < 0x80; c++) {
  const ch = String.fromCharCode(c);
  CLASS[c] = /[A-Za-z0-9]/.test(ch) ? WORD : SEP;
}
CLASS[0x27] = JOIN_APOS; // '
CLASS[0x60] = JOIN_APOS; // ` (the matching form turns it into ')
CLASS[0x2e] = JOIN_DOT;
CLASS[0x2c] = JOIN_COMMA;
CLASS[0x2d] = JOIN_DASH;
// Latin-1: letters (NFKC leaves them as they are) and the no-break space (a space); the rest (ª º µ ¹ ´ ¼…, which NFKC
// rewrites) is not handled.
for (let c = 0x80; c < 0x100; c++) CLASS[c] = OTHER;
CLASS[0xa0] = SEP;
for (let c = 0xc0; c < 0x100; c++) if (c !== 0xd7 && c !== 0xf7) CLASS[c] = WORD;

function classOf(c: number): number {
  if (c < 0x100) return CLASS[c]!;
  switch (c) {
    case 0x2018: // ‘ ’ → '
    case 0x2019:
      return JOIN_APOS;
    case 0x2010: // hyphens, dashes, minus → -
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return JOIN_DASH;
    case 0x201c: // “ ” → " (a separator)
    case 0x201d:
    case 0x2026: // … → ... (never inside a word: a joiner must be followed by a letter or digit)
    case 0x202f: // narrow no-break space
      return SEP;
    default:
      return OTHER;
  }
}

const isJoin = (k: number) => k >= JOIN_APOS;

/**
 * `contentStems(text)`, or null when the text holds a character the fast path does not handle. Mirrors
 * `wordTokens`: a word is `[\p{L}\p{N}]+(?:['.,-][\p{L}\p{N}]+)*` over the matching form, less a final 's and commas;
 * one-letter words (not digits) and stopwords are left out.
 */
function fastContentStems(text: string, out: string[]): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) if (classOf(text.charCodeAt(i)) === OTHER) return false;
  let i = 0;
  while (i < n) {
    if (classOf(text.charCodeAt(i)) !== WORD) {
      i++;
      continue;
    }
    const start = i;
    let plain = true; // no joiner or mapped character inside: the slice is the token, once lower-cased
    for (;;) {
      while (i < n && classOf(text.charCodeAt(i)) === WORD) i++;
      if (i + 1 < n && isJoin(classOf(text.charCodeAt(i))) && classOf(text.charCodeAt(i + 1)) === WORD) {
        plain = false;
        i++;
        continue;
      }
      break;
    }
    let w = text.slice(start, i).toLowerCase();
    if (!plain) {
      let t = '';
      for (let k = 0; k < w.length; k++) {
        const kind = classOf(w.charCodeAt(k));
        if (kind === JOIN_APOS) t += "'";
        else if (kind === JOIN_DASH) t += '-';
        else if (kind !== JOIN_COMMA) t += w[k];
      }
      w = t.endsWith("'s") ? t.slice(0, -2) : t;
    }
    if (w.length < 2 && !(w.charCodeAt(0) >= 0x30 && w.charCodeAt(0) <= 0x39)) continue;
    if (STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return true;
}

/** `contentStems(text)`, by the fast path where it applies. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  return fastContentStems(text, out) ? out : contentStems(text);
}

/** Joins a name's parts in the text as printed: ' ’ . - (not commas, backticks, left quotes or en dashes). */
/** The word joiners of lib/text/words.ts the fast path meets (U+FFFD and other rarities take the exact path). */
const isNameJoin = (c: number) =>
  c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2c || c === 0x2d || (c >= 0x2010 && c <= 0x2013);
/** A gap holding one of these puts the next word at a sentence start. */
const isSentenceMark = (c: number) =>
  c === 0x2e ||
  c === 0x21 ||
  c === 0x3f ||
  c === 0x3a ||
  c === 0x22 ||
  c === 0x201c ||
  c === 0x201d ||
  c === 0x0a;
const isUpper = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/**
 * Stems of words written with a capital inside a sentence: names of people, places, bodies. A heuristic for named
 * entities without a tagger; it gives up names that open a sentence (usually repeated elsewhere) and misreads
 * title-cased headlines, so it reads body text only. A word is lib/text/words.ts's, of the text as printed; it opens a sentence when it is the first or the gap before it holds one of `.!?:"“”` or a line break.
 * `cache` maps a word to its stems (names recur across a corpus: tokenise and stem each spelling once).
 */
export function nameStems(text: string, cache: Map<string, string[]>): Set<string> {
  const n = text.length;
  for (let i = 0; i < n; i++) if (classOf(text.charCodeAt(i)) === OTHER) return nameStemsByRegex(text, cache);
  const out = new Set<string>();
  let i = 0;
  let first = true;
  let mark = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (classOf(c) !== WORD) {
      if (isSentenceMark(c)) mark = true;
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && classOf(text.charCodeAt(i)) === WORD) i++;
      if (i + 1 < n && isNameJoin(text.charCodeAt(i)) && classOf(text.charCodeAt(i + 1)) === WORD) {
        i++;
        continue;
      }
      break;
    }
    const sentenceStart = first || mark;
    first = false;
    mark = false;
    if (!sentenceStart && isUpper(c)) for (const t of stemsOfName(text.slice(start, i), cache)) out.add(t);
  }
  return out;
}

/** `nameStems` by the Unicode regexes: the definition, used for text the fast path does not handle. */
export function nameStemsByRegex(text: string, cache: Map<string, string[]>): Set<string> {
  const out = new Set<string>();
  const re = wordPattern();
  let prevEnd = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd, m.index);
    const sentenceStart = prevEnd < 0 || /[.!?:"“”\n]/.test(gap);
    prevEnd = m.index + word.length;
    if (sentenceStart || !/^\p{Lu}/u.test(word)) continue;
    for (const t of stemsOfName(word, cache)) out.add(t);
  }
  return out;
}

/** A name's stems, tokenised and stemmed once per spelling: names recur across a corpus. */
function stemsOfName(word: string, cache: Map<string, string[]>): string[] {
  let stems = cache.get(word);
  if (!stems) cache.set(word, (stems = wordTokens(word).map(stem)));
  return stems;
}

/** The terms of one article (see `ArticleTerms`); `nameCache` is shared across a corpus. */
export function articleTerms(
  article: Article,
  nameCache: Map<string, string[]>,
  leadWords = DEFAULT_LEAD_WORDS,
): ArticleTerms {
  const index = new Map<string, number>();
  const counts: number[][] = [[], [], []];
  const add = (stems: readonly string[], part: 0 | 1 | 2) => {
    for (const stem of stems) {
      let k = index.get(stem);
      if (k === undefined) {
        k = index.size;
        index.set(stem, k);
        counts[0]!.push(0);
        counts[1]!.push(0);
        counts[2]!.push(0);
      }
      counts[part]![k]!++;
    }
  };
  add(termsOf(article.title), 0);
  let words = 0;
  for (const block of article.blocks) {
    add(termsOf(block.text), words < leadWords ? 1 : 2);
    words += block.text.split(/\s+/).length;
  }
  return {
    stems: [...index.keys()],
    title: Uint32Array.from(counts[0]!),
    lead: Uint32Array.from(counts[1]!),
    body: Uint32Array.from(counts[2]!),
    leadWords,
    names: nameStems(article.blocks.map((b) => b.text).join('\n'), nameCache),
  };
}

/** Terms of every article of a corpus, by article id: computed once, read by clustering and by event naming. */
export type CorpusTerms = ReadonlyMap<string, ArticleTerms>;

export function corpusTerms(articles: readonly Article[]): CorpusTerms {
  const nameCache = new Map<string, string[]>();
  return new Map(articles.map((a) => [a.id, articleTerms(a, nameCache)]));
}
