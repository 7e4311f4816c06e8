import { STOPWORDS, stem } from '../text/tokens';
import { type InsightContext } from './context';
import { join, label, outlet, word } from './label';
import type { Figure, NumberInsight } from '../types';

/**
 * Figures that differ between outlets: "2.5 million people" / "more than two million people". A figure is a number
 * (digits or words, with a scale such as "million") with its qualifier ("at least", "more than") and the noun it counts:
 * the first word after it that is not an adjective ("four Ukrainian servicemen killed" counts "servicemen", "330
 * mostly elderly patients" "patients"). Figures are compared only inside one aligned row and only when they count the same
 * noun (by stem), and within a factor of ten of each other: "three people killed" and "2.5 million people" in one
 * merged row are not about the same thing.
 * What it gives up: figures without a noun ("eclipsing 3 million"), dates, years, ages and other hyphenated
 * compounds ("24-hour", "38-year-old"), and the same thing counted under another noun ("refugees" / "people").
 */

// prettier-ignore
const SMALL: ReadonlyMap<string, number> = new Map(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
}));
// prettier-ignore
const SCALE: ReadonlyMap<string, number> = new Map(Object.entries({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
}));
// prettier-ignore
/** Vague plurals ("hundreds of thousands") count as their unit: only a firmer figure beside them is a difference. */
const VAGUE: ReadonlyMap<string, number> = new Map(Object.entries({
  dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
}));
// prettier-ignore
const QUALIFIERS: readonly string[] = [
  'at least', 'at most', 'more than', 'less than', 'fewer than', 'up to', 'close to', 'as many as', 'just over',
  'just under', 'an estimated', 'nearly', 'almost', 'about', 'around', 'over', 'under', 'some', 'roughly',
  'approximately', 'estimated',
];
const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const CURRENCY: ReadonlyMap<string, string> = new Map([
  ['$', 'dollars'],
  ['€', 'euros'],
  ['£', 'pounds'],
]);

interface Tok {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[$€£]?\d[\d,]*(?:\.\d+)?%?|\p{L}+(?:['’-]\p{L}+)*|\S/gu;

function tokenise(text: string): Tok[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function wordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const direct = SMALL.get(w);
  if (direct !== undefined) return direct;
  const parts = w.split('-');
  const tens = SMALL.get(parts[0] ?? '');
  const unit = SMALL.get(parts[1] ?? '');
  if (parts.length === 2 && tens !== undefined && unit !== undefined) {
    if (tens >= 20 && tens % 10 === 0 && unit < 10) return tens + unit;
  }
  return undefined;
}

/** Words that describe rather than name what is counted: nationalities, -ly words, a few common others. */
const ADJECTIVES = new Set(
  'young old elderly civilian military foreign local senior other additional heavy armed wounded injured dead unarmed innocent'.split(
    ' ',
  ),
);
function isAdjective(word: string): boolean {
  return (
    ADJECTIVES.has(word.toLowerCase()) ||
    /ly$/i.test(word) ||
    /^\p{Lu}\p{Ll}+(?:ian|ese|ish|an|i)$/u.test(word)
  );
}

export interface FoundFigure {
  text: string;
  value: number;
  qualifier: string;
  noun: string;
  nounKey: string;
}

/** Figures in one text, in text order. */
export function findFigures(text: string): FoundFigure[] {
  const toks = tokenise(text);
  const out: FoundFigure[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const low = t.text.toLowerCase();
    let value: number | undefined;
    let currency: string | undefined;
    let j = i + 1;
    let vague = false;
    const digits = /^([$€£]?)(\d[\d,]*(?:\.\d+)?)(%?)$/.exec(t.text);
    if (digits) {
      // Glued to a letter or a hyphen ("20th", "24-hour", "38-year-old") or a clock time: not a count.
      const after = text[t.end];
      if (after !== undefined && /[\p{L}:-]/u.test(after)) continue;
      if (t.start > 0 && /[:\p{L}]/u.test(text[t.start - 1]!)) continue;
      value = Number(digits[2]!.replace(/,/g, ''));
      if (digits[1]) currency = CURRENCY.get(digits[1]);
      if (digits[3]) currency = 'percent';
      // Years are dates, not counts.
      if (!digits[2]!.includes(',') && !digits[1] && /^(1[89]|20)\d\d$/.test(digits[2]!)) continue;
    } else if (wordValue(low) !== undefined) {
      value = wordValue(low)!;
    } else if (VAGUE.has(low)) {
      value = VAGUE.get(low)!;
      vague = true;
    } else continue;
    // "March 11", "Sept. 11": a day of the month, not a count.
    const prev =
      toks[i - 1]?.text === '.' ? toks[i - 2]?.text.toLowerCase() : toks[i - 1]?.text.toLowerCase();
    if (prev && MONTHS.has(prev)) continue;
    // Scale words and "of" after vague plurals: "2.5 million", "hundreds of thousands of".
    for (;;) {
      const next = toks[j]?.text.toLowerCase();
      if (next && SCALE.has(next)) {
        value *= SCALE.get(next)!;
        j++;
      } else if (next && VAGUE.has(next) && vague) {
        value *= VAGUE.get(next)!;
        j++;
      } else if (next === 'of' && (vague || SCALE.has(toks[j - 1]!.text.toLowerCase())) && toks[j + 1]) {
        const after = toks[j + 1]!.text.toLowerCase();
        if (VAGUE.has(after)) {
          vague = true;
          j++;
        } else if (/^\p{L}/u.test(after) && !STOPWORDS.has(after)) {
          j++;
          break;
        } else break;
      } else break;
    }
    if (toks[j] && MONTHS.has(toks[j]!.text.toLowerCase())) continue; // "11 March"
    // The noun: in the run of up to three content words after the figure, the first that is not an adjective.
    const run: Tok[] = [];
    for (let k = j; k < toks.length && run.length < 3; k++) {
      const w = toks[k]!.text;
      if (!/^\p{L}/u.test(w) || STOPWORDS.has(w.toLowerCase()) || MONTHS.has(w.toLowerCase())) break;
      run.push(toks[k]!);
    }
    while (run.length > 1 && isAdjective(run[0]!.text)) run.shift();
    const nounTok = run[0];
    let noun = nounTok?.text;
    if (!noun && currency) noun = currency;
    if (!noun || value === undefined || !Number.isFinite(value)) continue;
    // Qualifier: the longest listed phrase ending right before the number.
    let qualifier = '';
    let startTok = i;
    for (const q of QUALIFIERS) {
      const parts = q.split(' ');
      const from = i - parts.length;
      if (from < 0) continue;
      const printed = toks.slice(from, i).map((x) => x.text.toLowerCase());
      if (printed.join(' ') === q && q.length > qualifier.length) {
        qualifier = q;
        startTok = from;
      }
    }
    // "anything less than $5.7 billion" names the figure itself, not an estimate of it.
    if (qualifier && /^(?:anything|nothing|no)$/i.test(toks[startTok - 1]?.text ?? '')) {
      qualifier = '';
      startTok = i;
    }
    const endTok = nounTok ?? toks[j - 1]!;
    const start = toks[startTok]!.start;
    out.push({
      text: text.slice(start, Math.max(endTok.end, t.end)),
      value,
      qualifier,
      noun,
      nounKey: currency && !nounTok ? currency : stem(noun.toLowerCase().replace(/['’]s$/, '')),
    });
    i = Math.max(i, j - 1);
  }
  return out;
}

/** Values within this factor of each other can be about the same thing; further apart they are not. */
const MAX_RATIO = 10;

export function numberInsights(view: InsightContext): NumberInsight[] {
  const out: NumberInsight[] = [];
  // Copies print the same cells: each text's figures are found once (and copied, as matching marks them used).
  const found = new Map<string, FoundFigure[]>();
  view.cells.forEach((cells, row) => {
    if (cells.size < 2) return;
    const byNoun = new Map<string, Map<number, (FoundFigure & { used?: boolean })[]>>();
    for (const [ai, text] of cells) {
      let figures = found.get(text);
      if (!figures) found.set(text, (figures = findFigures(text)));
      for (const shared of figures) {
        const f = { ...shared };
        let m = byNoun.get(f.nounKey);
        if (!m) byNoun.set(f.nounKey, (m = new Map()));
        let list = m.get(ai);
        if (!list) m.set(ai, (list = []));
        list.push(f);
      }
    }
    for (const [, perArticle] of [...byNoun.entries()].sort((x, y) =>
      x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0,
    )) {
      if (perArticle.size < 2) continue;
      const order = [...perArticle.keys()].sort((x, y) => x - y);
      const anchorArticle = order[0]!;
      for (const anchor of perArticle.get(anchorArticle)!) {
        const group: { ai: number; f: FoundFigure }[] = [{ ai: anchorArticle, f: anchor }];
        for (const ai of order.slice(1)) {
          let best: (FoundFigure & { used?: boolean }) | undefined;
          let bestDist = Infinity;
          for (const g of perArticle.get(ai)!) {
            if (g.used || g.value <= 0 || anchor.value <= 0) continue;
            const dist = Math.abs(Math.log(g.value / anchor.value));
            if (dist <= Math.log(MAX_RATIO) && dist < bestDist) {
              best = g;
              bestDist = dist;
            }
          }
          if (best) {
            best.used = true;
            group.push({ ai, f: best });
          }
        }
        if (group.length < 2) continue;
        const forms = new Set(group.map((g) => `${g.f.value}|${g.f.qualifier}`));
        if (forms.size < 2) continue;
        const figures: Figure[] = group.map(({ ai, f }) => ({
          article: view.articles[ai]!.id,
          outlet: view.articles[ai]!.outlet.id,
          row,
          text: f.text,
          value: f.value,
          qualifier: f.qualifier,
          noun: f.noun,
        }));
        out.push({
          kind: 'number',
          scope: 'row',
          articles: figures.map((f) => f.article),
          outlets: figures.map((f) => f.outlet),
          rows: [row],
          words: figures.map((f) => f.text),
          label: join(
            group.map(({ ai, f }) => label(outlet(view.articles[ai]!.outlet.id), ': ', word(f.text))),
            ' · ',
          ),
          figures,
        });
      }
    }
  });
  return out;
}
