import { STOPWORDS, stem } from '../text/tokens';
import { type InsightContext, words } from './context';
import { join, label, outlet, word } from './label';
import type { Figure, NumberInsight } from '../types';

/**
 * Figures that differ between outlets: "2.5 million people" / "more than two million people". A figure is a number
 * (digits or words, with a scale such as "million") with its qualifier ("at least", "more than") and the noun it counts:
 * the first word after it that is not an adjective ("four Ukrainian servicemen killed" counts "servicemen", "330
 * mostly elderly patients" "patients"). Figures are compared only inside one aligned row and only when they count the same
 * noun (by stem), and within a factor of ten of each other: "three people killed" and "2.5 million people" in one
 * merged row are not about the same thing.
 * A difference must compare the same quantity of the same thing (judged on gva-dev, local US news, where most figures
 * that passed the rules above were not): the two figures must share a word of their sentence role ("seven people were
 * wounded" / "six people wounded"; not "seven people were injured" / "arrested two people"); a value the other outlet
 * also prints ("killed five members" / "five of six family members") or a remainder ("the other two victims") is no
 * difference; a count in one place is not one across several ("a hospital" / "hospitals", "across the city"); times of
 * day ("1 p.m.") and numbers inside names ("MS-13", "Route 66", "I-95", "Image 81 of 111 Mercedes") are not counts; a
 * house number or a block counts the street it names ("312 North Seminary", "the 15000 block of South Ewing"); and an
 * approximate figure is no mismatch with the value it rounds ("about 210 pounds" / "212 pounds", "around 8 p.m." /
 * "about 8 p.m."), while a bound is ("at least four" / "four").
 * What it gives up: figures without a noun ("eclipsing 3 million"), dates, years, ages and other hyphenated
 * compounds ("24-hour", "38-year-old"), the same thing counted under another noun ("refugees" / "people"), times that
 * truly differ ("8 p.m." / "10 p.m.": outlets more often give different moments, the call and the shooting, than
 * disagree), house numbers on streets without a street word ("2211 Falling Oak"), and true differences told in
 * sentences that share no word around the figure or that print the other value for something else.
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
  'at least', 'at most', 'as much as', 'more than', 'less than', 'fewer than', 'up to', 'close to', 'as many as', 'just over',
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

/**
 * The tokens of a text, read only by the caller. The last text's are kept: `printedValues` reads the text that
 * `findFigures` has just read.
 */
function tokenise(text: string): readonly Tok[] {
  if (text !== lastTokenised) {
    lastTokens = [...text.matchAll(TOKEN)].map((m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }));
    lastTokenised = text;
  }
  return lastTokens;
}

let lastTokenised: string | undefined;
let lastTokens: readonly Tok[] = [];

function wordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const direct = SMALL.get(w);
  if (direct !== undefined) return direct;
  // What is left is a compound ("twenty-one"): a word without a hyphen is none (most words, so no split for them).
  if (!w.includes('-')) return undefined;
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

/** Words before a number that make it part of a name ("Route 66", "apartment 3"), in lower case. */
const NAME_BEFORE = new Set(
  'route highway interstate hwy channel apartment apt suite room unit no number building lot gate terminal district ward precinct engine ladder squad station image photo slide gallery page grade level exit pier'.split(
    ' ',
  ),
);
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
/** Words a street name ends with: a number before a name that holds one is a house number. */
const STREET = new Set(
  'street st avenue ave road rd drive dr boulevard blvd lane ln way court ct place pl parkway pkwy highway hwy terrace circle trail pike square loop row'.split(
    ' ',
  ),
);
const COMPASS = new Set(
  'north south east west n s e w ne nw se sw northeast northwest southeast southwest'.split(' '),
);
/** Before a number, these count a remainder or a part ("the other two victims"), not the whole. */
const REMAINDER = new Set(['other', 'remaining']);
/** Qualifiers that only say a figure is rounded: on the value it rounds, they are no difference. */
const APPROXIMATE = new Set([
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'an estimated',
  'estimated',
  'close to',
]);
/** Words too common around a figure to say what it counts. */
const CONTEXT_IGNORED = new Set(
  'police authorities officials reported least more than shooting night morning afternoon evening'.split(' '),
);
/** Where a figure's clause ends: its role is read inside it ("held two people hostage", not "before being shot"). */
const CLAUSE_END = /^[.,;:()[\]—–|]$/u;
const CLAUSE_WORDS = new Set(
  'before after when while because until where who which that whose then'.split(' '),
);
/** Words that widen what a figure counts: a total across places or times is not the count of one shooting. */
const WIDER = new Set(
  'across citywide statewide nationwide weekend year month total overall combined separate altogether'.split(
    ' ',
  ),
);

/** Words of one role, so "caused 2.5 million people to flee" and "displaced two million people" meet. */
const ROLES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    hurt: 'wounded injured hurt shot struck hit injuring wounding injuries wounds',
    killed: 'killed dead died slain deaths death fatally murdered killing dies',
    fled: 'flee fled fleeing displaced refugees',
    arrested: 'arrested detained custody apprehended',
  }).flatMap(([role, words]) => words.split(' ').map((w): [string, string] => [w, role])),
);

const isCapitalised = (w: string | undefined) => !!w && /^\p{Lu}/u.test(w);

export interface FoundFigure {
  text: string;
  value: number;
  qualifier: string;
  noun: string;
  nounKey: string;
  /**
   * The figure's role: content words just before it and just after its noun, lower case ("wounded", "drive-by";
   * "arrested"). Empty for a house number or block, whose street says what it is.
   */
  context: string[];
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
    // A number inside a name: "MS-13", "MS 13", "I-95", "Route 66", "KSAT 12", "Image 81 of 111". A capitalised word
    // before it names something unless it opens the sentence ("About 19 people", "Seven people").
    const nameAt = toks[i - 1]?.text === '-' ? i - 2 : i - 1;
    const nameTok = toks[nameAt];
    const nameLow = nameTok?.text.toLowerCase() ?? '';
    if (nameTok && /^\p{L}/u.test(nameTok.text)) {
      const before = toks[nameAt - 1]?.text;
      const opens = before === undefined || /^[.!?"“”'‘’—–:|]$/u.test(before);
      if (NAME_BEFORE.has(nameLow)) continue;
      if (
        isCapitalised(nameTok.text) &&
        !opens &&
        !STOPWORDS.has(nameLow) &&
        !MONTHS.has(nameLow) &&
        !WEEKDAYS.has(nameLow) &&
        !QUALIFIERS.some((q) => q.split(' ').at(-1) === nameLow)
      )
        continue;
    }
    // "of 111" after another number ("81 of 111"): a position in a series, not a count.
    if (toks[i - 1]?.text.toLowerCase() === 'of' && /^\d/.test(toks[i - 2]?.text ?? '')) continue;
    // A time of day ("1 p.m.", "10 o'clock"): a time, not a count.
    {
      const n1 = toks[i + 1]?.text.toLowerCase();
      if (
        n1 === 'am' ||
        n1 === 'pm' ||
        n1 === "o'clock" ||
        n1 === 'o’clock' ||
        ((n1 === 'a' || n1 === 'p') && toks[i + 2]?.text === '.' && toks[i + 3]?.text.toLowerCase() === 'm')
      )
        continue;
    }
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
    // A capitalised word after a number is a name: a house number when a street word follows ("312 North Seminary
    // Ave.", "743 Locust Avenue"), compared by the street; else not a count ("111 Mercedes").
    let place: string | undefined;
    if (nounTok && isCapitalised(nounTok.text)) {
      if (!digits) continue;
      const words: string[] = [];
      for (let k = j; k < toks.length && words.length < 5; k++) {
        const w = toks[k]!.text;
        if (w === '.') continue;
        if (!isCapitalised(w) && !/^\d/.test(w)) break;
        words.push(w.toLowerCase());
      }
      const street = words.find((w) => !COMPASS.has(w));
      if (!street || !(COMPASS.has(words[0]!) || words.slice(1).some((w) => STREET.has(w)))) continue;
      place = `at ${street}`;
    } else if (nounTok && nounTok.text.toLowerCase() === 'block') {
      // "the 15000 block of South Ewing": the street it names; without one, a block of somewhere unsaid.
      const k0 = toks.indexOf(nounTok) + 1;
      if (toks[k0]?.text.toLowerCase() === 'of') {
        let k = k0 + 1;
        while (toks[k] && (COMPASS.has(toks[k]!.text.toLowerCase()) || toks[k]!.text === '.')) k++;
        // "of West 16th Street": an ordinal names the street too.
        if (isCapitalised(toks[k]?.text) || /^\d/.test(toks[k]?.text ?? ''))
          place = `block ${toks[k]!.text.toLowerCase()}${/^\d/.test(toks[k]!.text) ? (toks[k + 1]?.text ?? '') : ''}`;
      }
    }
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
    // "the other two victims": a remainder, not the count.
    if (REMAINDER.has(toks[startTok - 1]?.text.toLowerCase() ?? '')) continue;
    const endTok = nounTok ?? toks[j - 1]!;
    const start = toks[startTok]!.start;
    const context: string[] = [];
    if (!place) {
      // Up to `max` content words from `k` on, in the figure's clause. Names are not roles ("South Chicago").
      const read = (k: number, step: 1 | -1, max: number) => {
        for (let n = 0; k >= 0 && k < toks.length && n < max; k += step) {
          const printed = toks[k]!.text;
          const w = printed.toLowerCase();
          if (CLAUSE_END.test(w) || CLAUSE_WORDS.has(w) || ((w === 'and' || w === 'but') && n > 0)) break;
          if (!/^\p{L}/u.test(w) || isCapitalised(printed) || STOPWORDS.has(w) || CONTEXT_IGNORED.has(w))
            continue;
          context.push(w);
          n++;
        }
      };
      read(startTok - 1, -1, 3);
      read(toks.indexOf(endTok) + 1, 1, 4);
    }
    out.push({
      text: text.slice(start, Math.max(endTok.end, t.end)),
      value,
      qualifier,
      noun,
      nounKey: place ?? (currency && !nounTok ? currency : stem(noun.toLowerCase().replace(/['’]s$/, ''))),
      context,
    });
    i = Math.max(i, j - 1);
  }
  return out;
}

/** Values within this factor of each other can be about the same thing; further apart they are not. */
const MAX_RATIO = 10;

/** Every value a text prints, counted or not ("five of six", "fired back twice"); `figures` are its `findFigures`. */
function printedValues(text: string, figures: readonly FoundFigure[]): Set<number> {
  const values = new Set(figures.map((f) => f.value));
  for (const t of tokenise(text)) {
    const low = t.text.toLowerCase();
    const digits = /^[$€£]?(\d[\d,]*(?:\.\d+)?)%?$/.exec(t.text);
    if (digits) values.add(Number(digits[1]!.replace(/,/g, '')));
    else if (wordValue(low) !== undefined) values.add(wordValue(low)!);
    else if (low === 'once') values.add(1);
    else if (low === 'twice') values.add(2);
    else if (low === 'thrice') values.add(3);
  }
  return values;
}

/**
 * Whether two figures of one noun count the same thing in the same role: they share a content word around them
 * (by stem, or of one role: "wounded" and "hurt"), and neither widens what it counts where the other does not ("across the city", "hospitals" against
 * "a hospital"). A house number or block is compared by its street alone.
 */
export function sameRole(f: FoundFigure, g: FoundFigure): boolean {
  if (f.nounKey !== g.nounKey) return false;
  if (f.context.length === 0 && g.context.length === 0) return true;
  const role = (w: string) => ROLES.get(w) ?? stem(w);
  const roles = new Set(f.context.map(role));
  if (!g.context.some((w) => roles.has(role(w)))) return false;
  const wider = (x: FoundFigure) => x.context.filter((w) => WIDER.has(w)).sort();
  if (wider(f).join(' ') !== wider(g).join(' ')) return false;
  // One side says "hospital", the other "hospitals": one place against several.
  const plural = (a: FoundFigure, b: FoundFigure) =>
    a.context.some((w) => b.context.includes(`${w}s`) && !a.context.includes(`${w}s`));
  return !plural(f, g) && !plural(g, f);
}

/**
 * Whether two figures of one thing say the same: the same value with the same bound (an approximate qualifier is no
 * bound), or an approximate figure and a value it rounds ("about 210" and 212, to the tens).
 */
export function figuresAgree(f: FoundFigure, g: FoundFigure): boolean {
  const bound = (x: FoundFigure) =>
    APPROXIMATE.has(x.qualifier) ? '' : /^as (?:much|many) as$/.test(x.qualifier) ? 'up to' : x.qualifier;
  if (f.value === g.value) return bound(f) === bound(g);
  const rounds = (approx: FoundFigure, exact: FoundFigure) => {
    if (!APPROXIMATE.has(approx.qualifier) || bound(exact) !== '') return false;
    let unit = 1;
    while (approx.value % (unit * 10) === 0 && unit < approx.value) unit *= 10;
    return Math.abs(exact.value - approx.value) <= unit / 2;
  };
  return rounds(f, g) || rounds(g, f);
}

export function numberInsights(view: InsightContext): NumberInsight[] {
  const out: NumberInsight[] = [];
  // Copies print the same cells: each text's figures, values and weekdays are found once (the figures copied, as
  // matching marks them used; the sets only read).
  const found = new Map<string, FoundFigure[]>();
  const printedOf = new Map<string, Set<number>>();
  const daysOf = new Map<string, Set<string>>();
  view.cells.forEach((cells, row) => {
    if (cells.size < 2) return;
    const byNoun = new Map<string, Map<number, (FoundFigure & { used?: boolean })[]>>();
    const printed = new Map<number, Set<number>>();
    const days = new Map<number, Set<string>>();
    for (const [ai, text] of cells) {
      let figures = found.get(text);
      if (!figures) found.set(text, (figures = findFigures(text)));
      let values = printedOf.get(text);
      if (!values) printedOf.set(text, (values = printedValues(text, figures)));
      printed.set(ai, values);
      let weekdays = daysOf.get(text);
      if (!weekdays) {
        weekdays = new Set(
          words(text)
            .map((w) => w.toLowerCase())
            .filter((w) => WEEKDAYS.has(w)),
        );
        daysOf.set(text, weekdays);
      }
      days.set(ai, weekdays);
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
            if (g.used || g.value <= 0 || anchor.value <= 0 || !sameRole(anchor, g)) continue;
            // Told of different days ("Thursday evening" / "Sunday"), two rows' sentences are two shootings.
            const dayA = days.get(anchorArticle)!;
            const dayB = days.get(ai)!;
            if (dayA.size > 0 && dayB.size > 0 && ![...dayA].some((d) => dayB.has(d))) continue;
            // A value the other outlet also prints is not in dispute: the figures are about different things.
            if (g.value !== anchor.value) {
              if (printed.get(ai)!.has(anchor.value) || printed.get(anchorArticle)!.has(g.value)) continue;
            }
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
        if (group.every((g) => figuresAgree(anchor, g.f))) continue;
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
