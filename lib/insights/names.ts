import { STOPWORDS } from '../text/tokens';
import { startsLower, startsUpper } from '../text/words';
import { type InsightContext, words } from './context';
import { join, label, labelText, listOf, outlet, outletNamer, word } from './label';
import type { NameInsight } from '../types';

/**
 * Spelling variants of one name (Kyiv/Kiev, Zelensky/Zelenskiy, Mykhailo/Mikhailo). Plain edit distance cannot tell a
 * variant from another name (Kyiv/Kiev and Austin/Austria are both two edits apart), so names are compared in a
 * transliteration key that folds exactly the letters romanisations disagree on: i/y/e/j runs become one "i", "kh"
 * "h", "ph" "f", "w" "v", "ts"/"tz" "c", "ck"/"q" "k", doubled letters one. Two spellings are variants when their keys
 * are equal, they differ as printed, and the articles split over them (each one uses its own spelling only).
 * What it gives up: variants the key does not fold (Kharkiv/Kharkov, Lukashenko/Lukashenka), and rare pairs of
 * different names that fold together (Reid/Reed).
 */
export function transliterationKey(name: string): string {
  // Cached: the insights fold the same names and speakers again for every cell and pair of an event.
  let key = transliterationKeys.get(name);
  if (key === undefined) {
    key = foldName(name);
    if (transliterationKeys.size > 100_000) transliterationKeys.clear();
    transliterationKeys.set(name, key);
  }
  return key;
}

const transliterationKeys = new Map<string, string>();

function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/t[sz]/g, 'c')
    .replace(/ck|q/g, 'k')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/[iyej]+/g, 'i');
}

const MIN_NAME_LENGTH = 4;

/**
 * Capitalised words that are not names, seen on local news (gva-dev): contractions at a sentence start or in capitals
 * ("They’re", "WE'LL"), and handles or call signs glued to a digit ("@EVSC1", "KSAT12"), whose letters alone fold
 * into another word.
 */
const NOT_A_NAME = /['’](?:ll|re|ve|d|m|t)$|n['’]t$|\d/iu;

/** Lower-case letters without accents: what is left of a spelling when only letter doubling may differ. */
function plainLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** A word lower-cased, a curly apostrophe made straight: a spelling as `nameInsights` keys it. */
function lowerSpelling(w: string): string {
  const low = w.toLowerCase();
  return low.includes('’') ? low.replace(/’/g, "'") : low;
}

export function nameInsights(view: InsightContext): NameInsight[] {
  // Words the event also prints in lower case are ordinary words at a sentence start ("They"), not names.
  // Copies print the same sentences: each text is read once (a second reading adds nothing to the set).
  const lower = new Set<string>();
  const read = new Set<string>();
  for (const a of view.articles) {
    for (const s of a.sentences) {
      if (read.has(s.text)) continue;
      read.add(s.text);
      for (const w of words(s.text)) if (startsLower(w)) lower.add(lowerSpelling(w));
    }
  }
  // key → spelling (lower case) → { printed form, article indices, rows }
  type Use = { printed: string; articles: Set<number>; rows: Set<number>; beside: Set<string> };
  const byKey = new Map<string, Map<string, Use>>();
  // Copies print the same cells: each text's words are read once.
  const wordsOf = new Map<string, string[]>();
  view.cells.forEach((cells, row) => {
    for (const [ai, text] of cells) {
      let ws = wordsOf.get(text);
      if (!ws) wordsOf.set(text, (ws = words(text).map((w) => w.replace(/['’]s$/, ''))));
      for (let i = 0; i < ws.length; i++) {
        const tok = ws[i]!;
        if (!startsUpper(tok) || NOT_A_NAME.test(tok)) continue;
        // A curly or a straight apostrophe is typesetting, not spelling: O’Sullivan and O'Sullivan are one spelling.
        const low = lowerSpelling(tok);
        if (tok.length < MIN_NAME_LENGTH || lower.has(low) || STOPWORDS.has(low)) continue;
        const key = transliterationKey(tok);
        if (key.length < 3) continue;
        let spellings = byKey.get(key);
        if (!spellings) byKey.set(key, (spellings = new Map()));
        let use = spellings.get(low);
        // Keep the mixed-case form when one outlet prints KYIV in a dateline and another Kyiv.
        if (!use)
          spellings.set(
            low,
            (use = { printed: tok, articles: new Set(), rows: new Set(), beside: new Set() }),
          );
        else if (use.printed === use.printed.toUpperCase() && tok !== tok.toUpperCase()) use.printed = tok;
        use.articles.add(ai);
        use.rows.add(row);
        for (const n of [ws[i - 1], ws[i + 1]]) if (n && startsUpper(n)) use.beside.add(n.toLowerCase());
      }
    }
  });

  const out: NameInsight[] = [];
  for (const spellings of byKey.values()) {
    if (spellings.size < 2) continue;
    // Articles that mix spellings are typos or quotes, not a house style: count only consistent ones.
    const count = new Map<number, number>();
    for (const u of spellings.values()) for (const a of u.articles) count.set(a, (count.get(a) ?? 0) + 1);
    const variants = [...spellings.values()]
      .map((u) => ({
        ...u,
        consistent: [...u.articles].filter((a) => count.get(a) === 1).sort((x, y) => x - y),
      }))
      .filter((u) => u.consistent.length > 0)
      .sort((x, y) => x.consistent[0]! - y.consistent[0]! || (x.printed < y.printed ? -1 : 1));
    if (variants.length < 2) continue;
    // Spellings that differ only in a doubled letter are as often two words ("Mary" Fallin / Freedom to "Marry") as
    // one name: count them as one only where both stand beside the same name word ("Paris" / "Parris" Island).
    const undoubled = (t: string) => plainLetters(t).replace(/([a-z])\1+/g, '$1');
    const doublingOnly =
      new Set(variants.map((v) => plainLetters(v.printed))).size > 1 &&
      variants.every((v) => undoubled(v.printed) === undoubled(variants[0]!.printed));
    if (
      doublingOnly &&
      !variants.slice(1).every((v) => [...v.beside].some((n) => variants[0]!.beside.has(n)))
    )
      continue;
    const articleIdx = variants.flatMap((v) => v.consistent);
    // Rows where two spellings meet are the ones to show; else every row that prints one.
    const rowsBySpelling = variants.map((v) => v.rows);
    const meet = [...new Set(rowsBySpelling.flatMap((r) => [...r]))].filter(
      (r) => rowsBySpelling.filter((set) => set.has(r)).length >= 2,
    );
    const rows = (meet.length ? meet : [...new Set(rowsBySpelling.flatMap((r) => [...r]))]).sort(
      (x, y) => x - y,
    );
    const ids = articleIdx.map((i) => view.articles[i]!);
    out.push({
      kind: 'name',
      scope: 'event',
      articles: ids.map((a) => a.id),
      outlets: ids.map((a) => a.outlet.id),
      rows,
      words: variants.map((v) => v.printed),
      label: join(
        variants.map((v) =>
          label(
            word(v.printed),
            ' (',
            listOf(v.consistent.map((i) => outlet(view.articles[i]!.outlet.id))),
            ')',
          ),
        ),
        ' / ',
      ),
      variants: variants.map((v) => ({
        spelling: v.printed,
        articles: v.consistent.map((i) => view.articles[i]!.id),
        outlets: v.consistent.map((i) => view.articles[i]!.outlet.id),
      })),
    });
  }
  // Ties read in the order of their labels, as a reader sees them.
  const name = outletNamer(view.articles);
  const text = new Map(out.map((i) => [i, labelText(i.label, name)]));
  return out.sort((x, y) => (x.rows[0] ?? 0) - (y.rows[0] ?? 0) || (text.get(x)! < text.get(y)! ? -1 : 1));
}
