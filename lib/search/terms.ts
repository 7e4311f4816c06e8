import { contentStems } from '../text/tokens';
import { wordPattern } from '../text/words';

/**
 * The terms a search counts: stemmed content words (lib/text/tokens), the same function in the build and in the
 * browser so a query word meets its indexed form ("talks" finds "talk"). Stopwords are not indexed: a query made only
 * of them finds nothing, which the search page says.
 */
export function searchTerms(text: string): string[] {
  return contentStems(text);
}

/** A query's distinct terms in the order typed. */
export function queryTerms(query: string): string[] {
  return [...new Set(searchTerms(query))];
}

export interface Fragment {
  text: string;
  mark: boolean;
}

/**
 * The text cut into fragments, a fragment marked where its word's stem is one of the terms: the words a result
 * matched, for `<mark>`. Words are found in the original characters (curly apostrophes, dashes) so display keeps them.
 */
export function highlightTerms(text: string, terms: readonly string[]): Fragment[] {
  const wanted = new Set(terms);
  const out: Fragment[] = [];
  let last = 0;
  const push = (t: string, mark: boolean) => {
    if (t === '') return;
    const prev = out[out.length - 1];
    if (prev && prev.mark === mark) prev.text += t;
    else out.push({ text: t, mark });
  };
  const re = wordPattern();
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!searchTerms(m[0]).some((t) => wanted.has(t))) continue;
    push(text.slice(last, m.index), false);
    push(m[0], true);
    last = m.index + m[0].length;
  }
  push(text.slice(last), false);
  return out;
}

/**
 * A window of at most about `maxChars` characters around the first matched word, cut at spaces, with `…` where text
 * was cut, then highlighted. Rows are a sentence or two, so most come back whole.
 */
export function snippetFragments(text: string, terms: readonly string[], maxChars = 240): Fragment[] {
  if (text.length <= maxChars) return highlightTerms(text, terms);
  const whole = highlightTerms(text, terms);
  let at = 0;
  for (const f of whole) {
    if (f.mark) break;
    at += f.text.length;
  }
  if (at >= text.length) at = 0;
  let start = Math.max(0, at - Math.floor(maxChars / 3));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(text.length, start + maxChars);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > Math.max(start, at) ? space : end;
  }
  const fragments = highlightTerms(text.slice(start, end), terms);
  if (start > 0) fragments.unshift({ text: '…', mark: false });
  if (end < text.length) fragments.push({ text: '…', mark: false });
  return fragments;
}
