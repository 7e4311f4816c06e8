import { stemmer } from 'stemmer';
import { normaliseForMatch } from './normalise';
import { wordPattern } from './words';

/**
 * Word tokens for comparing texts: the unit that clustering (lib/events) and alignment (lib/align) count.
 * Numbers are kept (figures carry meaning in news); possessive 's is dropped so "Moscow's" meets "Moscow".
 */
export function wordTokens(text: string): string[] {
  // One regex for every call: `match` with a global regex starts at 0 and leaves `lastIndex` at 0.
  const matches = normaliseForMatch(text).match(WORD);
  if (!matches) return [];
  for (let k = 0; k < matches.length; k++) {
    // Most words have neither: no replace to run.
    let w = matches[k]!;
    if (w.endsWith("'s")) w = w.slice(0, -2);
    if (w.includes(',')) w = w.replace(/,/g, '');
    matches[k] = w;
  }
  return matches;
}

const WORD = wordPattern();

/** English function words: they say nothing about which story or which sentence a text belongs to. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers herself
  him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or
  other our ours ourselves out over own same she should so some such than that the their theirs them themselves then
  there these they this those through to too under until up very was we were what when where which while who whom why
  will with would you your yours yourself yourselves said says say told tell tells according would could one two
  new since however like may might must per via amid upon yet still even ever already s t`
    .split(/\s+/)
    .filter(Boolean),
);

/** Porter stem of a normalised word, cached: the same few thousand words recur across a corpus. */
const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^\p{N}/u.test(word) ? word : stemmer(word);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** Stemmed content words: word tokens less stopwords and one-letter tokens. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of wordTokens(text)) {
    if (w.length < 2 && !/\p{N}/u.test(w)) continue;
    if (STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Character trigrams of the matching form, spaces collapsed: catches spelling variants (Kyiv/Kiev) that stems miss. */
export function charTrigrams(text: string): string[] {
  const t = ` ${normaliseForMatch(text).replace(/[^\p{L}\p{N} ]+/gu, '')} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= t.length; i++) out.push(t.slice(i, i + 3));
  return out;
}

/** Term counts of a token list. */
export function termCounts(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}
