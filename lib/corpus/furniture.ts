/**
 * Page furniture found from the corpus itself (issue 14, item 6): lines an outlet prints under many unrelated stories
 * ("All rights reserved.", "Click here to donate.", "Please enable JavaScript to watch this video", a video playlist's
 * captions) are not news, yet each one would be shown as a passage only that outlet carried. The cleaner's list of
 * phrases (clean.ts) cannot know every site's, so a line counts as furniture when one outlet prints it as a block of
 * its own in at least MIN_ARTICLES articles dated on at least MIN_DAYS different days, and it is short (MAX_WORDS).
 * Such blocks are removed with their reason, as the cleaner's are.
 *
 * What it gives up: a stock sentence an outlet repeats in its reports of different incidents on different days ("No
 * one was in custody.") is removed too, as furniture; so is a background line repeated word for word in three or more
 * follow-ups of one story on three or more days. Wire copy republished by many outlets on one day is not touched (the
 * rule counts one outlet, and days), nor is anything longer than MAX_WORDS.
 */
import type { Article } from '../types';

export const MIN_ARTICLES = 3;
export const MIN_DAYS = 3;
export const MAX_WORDS = 30;

/** How a block is compared: case and runs of whitespace do not count. */
function furnitureKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Whether a code unit is one that `\s` matches (ECMAScript's white space and line terminators). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * A block's key, or '' when it cannot be furniture: empty, or longer than MAX_WORDS words (its key would have more
 * than MAX_WORDS − 1 spaces). Counted on the text first, so that the long paragraphs that are most of a corpus are
 * never lower-cased and copied just to be passed over.
 */
export function furnitureCandidate(text: string): string {
  let runs = 0;
  let inSpace = true;
  for (let k = 0; k < text.length; k++) {
    const space = isSpace(text.charCodeAt(k));
    if (!space && inSpace && ++runs > MAX_WORDS) return '';
    inSpace = space;
  }
  return runs === 0 ? '' : furnitureKey(text);
}

interface Seen {
  articles: number;
  days: Set<string>;
}

/**
 * Removes every outlet's furniture blocks from its articles, in place (blocks, sentences and their block indices,
 * removed lines with the reason). Returns the articles that changed. The same articles in any order give the same
 * result. An article that would keep no sentence is left whole: an article of nothing but furniture is reported by
 * what it holds, not emptied.
 */
export function removeFurniture(articles: readonly Article[]): Article[] {
  const seen = new Map<string, Map<string, Seen>>();
  // Each block's key, worked out once for both passes ('' for a block that cannot be furniture).
  const keysOf = new Map<Article, string[]>();
  for (const a of articles) {
    let lines = seen.get(a.outlet.id);
    if (!lines) seen.set(a.outlet.id, (lines = new Map()));
    const inThis = new Set<string>();
    const keys = a.blocks.map((b) => furnitureCandidate(b.text));
    keysOf.set(a, keys);
    for (const key of keys) {
      if (!key || inThis.has(key)) continue;
      inThis.add(key);
      let s = lines.get(key);
      if (!s) lines.set(key, (s = { articles: 0, days: new Set() }));
      s.articles++;
      if (a.date) s.days.add(a.date);
    }
  }
  const changed: Article[] = [];
  for (const a of articles) {
    const lines = seen.get(a.outlet.id)!;
    const keys = keysOf.get(a)!;
    const furniture = (i: number): Seen | undefined => {
      const s = keys[i] ? lines.get(keys[i]) : undefined;
      return s && s.articles >= MIN_ARTICLES && s.days.size >= MIN_DAYS ? s : undefined;
    };
    const keep = a.blocks.map((_, i) => furniture(i) === undefined);
    if (keep.every(Boolean) || !a.sentences.some((s) => keep[s.block])) continue;
    const index: number[] = [];
    let k = 0;
    for (const kept of keep) index.push(kept ? k++ : -1);
    a.blocks.forEach((b, i) => {
      if (keep[i]) return;
      const s = furniture(i)!;
      a.removed.push({
        text: b.text,
        reason: `page furniture: ${a.outlet.name} prints it in ${s.articles} articles on ${s.days.size} days`,
      });
    });
    a.sentences = a.sentences.filter((s) => keep[s.block]).map((s) => ({ ...s, block: index[s.block]! }));
    a.blocks = a.blocks.filter((_, i) => keep[i]);
    changed.push(a);
  }
  return changed;
}
