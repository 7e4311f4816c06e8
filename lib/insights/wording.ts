import { STOPWORDS, contentStems } from '../text/tokens';
import { type InsightContext, type RowPair, hasWord, trimSpan, words } from './context';
import type { Span } from '../diff/words';
import { fewOf, join, label, listOf, outlet, word } from './label';
import { MAX_PAIR_PARTNERS, copyStats } from './copy';
import { normaliseForMatch } from '../text/normalise';
import { transliterationKey } from './names';
import type { QuoteSpan } from './quoted';
import type { Swap, WordingInsight } from '../types';

/**
 * Words swapped at the same place: in a row where two sentences mostly agree, a short run of one outlet's words stands
 * where the other printed different words ("remarks"/"comments", "invasion"/"military operation"). The place is the
 * word diff's: a deletion and an insertion side by side between equal words.
 * Left to other insights: changes inside quotes (quote), figures (number), name spellings (name). Not wording: one
 * name put for another (a different fact). Skipped as noise: inflections ("comment"/"comments"), function-word
 * swaps ("on"/"from", "said"/"told" — STOPWORDS) and long rewrites (more than MAX_SWAP_WORDS a side).
 * What it gives up: swaps in rows whose sentences share less than MIN_ROW_SIMILARITY of their words (there, "the same
 * place" is not well defined).
 */
export const MAX_SWAP_WORDS = 4;
export const MIN_ROW_SIMILARITY = 0.4;
/** Two- or three-word sentences ("Scalia asked.") share too little to fix a place. */
export const MIN_ROW_WORDS = 5;

const NUMBER_WORD =
  /^(?:\d.*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)$/i;

function insideQuote(ranges: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return ranges.some((r) => start < r.end && end > r.start);
}

/** A word with British spellings put into American form, so "centre" and "center" compare equal. */
function spellingKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/our(s|ed|ing)?$/, 'or$1')
    .replace(/([^aeiou])re(s|d)?$/, '$1er$2')
    .replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1')
    .replace(/ys(e|es|ed|ing)$/, 'yz$1')
    .replace(/ence(s)?$/, 'ense$1')
    .replace(/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2')
    .replace(/ogue(s)?$/, 'og$1');
}

function isSwap(from: string, to: string, fromOpens = false, toOpens = false): boolean {
  // U+FFFD stands for a character lost upstream ("S\uFFFDnchez"/"Sanchez"): damage, not a choice of words.
  if (from.includes('\uFFFD') || to.includes('\uFFFD')) return false;
  // Spelling of a compound ("roadmap"/"road map", "percent"/"per cent"): house style, not a choice of words.
  const squash = (t: string) => normaliseForMatch(t).replace(/[\s-]+/g, '');
  if (squash(trimSpan(from)) === squash(trimSpan(to))) return false;
  const wf = words(from);
  const wt = words(to);
  if (wf.length === 0 || wt.length === 0 || wf.length > MAX_SWAP_WORDS || wt.length > MAX_SWAP_WORDS)
    return false;
  const content = (ws: string[]) => ws.some((w) => !STOPWORDS.has(w.toLowerCase()));
  if (!content(wf) || !content(wt)) return false;
  if ([...wf, ...wt].some((w) => NUMBER_WORD.test(w))) return false;
  // Inflection only ("comment"/"comments"): the same word, not a different choice.
  const stemsFrom = contentStems(from);
  const stemsTo = contentStems(to);
  if (stemsFrom.join(' ') === stemsTo.join(' ')) return false;
  // One side's words all kept by the other ("the northwest" / "northwest Ukraine", "Union's energy supply" /
  // "Union"): words were added or moved around, none was swapped for another.
  const within = (xs: string[], ys: string[]) => xs.length > 0 && xs.every((x) => ys.includes(x));
  if (within(stemsFrom, stemsTo) || within(stemsTo, stemsFrom)) return false;
  if (
    wf.length === 1 &&
    wt.length === 1 &&
    /^\p{Lu}/u.test(wf[0]!) &&
    transliterationKey(wf[0]!) === transliterationKey(wt[0]!)
  )
    return false;
  // An abbreviation of the same word ("Nov" / "November", "Dec." / "December"): house style.
  const cf = wf.filter((w) => !STOPWORDS.has(w.toLowerCase()));
  const ct = wt.filter((w) => !STOPWORDS.has(w.toLowerCase()));
  if (cf.length === 1 && ct.length === 1) {
    const [x, y] = [cf[0]!.toLowerCase(), ct[0]!.toLowerCase()].sort((p, q) => p.length - q.length);
    if (x!.length >= 3 && y!.startsWith(x!)) return false;
  }
  // British and American spelling ("centre"/"center", "labour"/"labor"): house style, not a choice of words.
  if (wf.map(spellingKey).join(' ') === wt.map(spellingKey).join(' ')) return false;
  // One name or title for another ("Scalia" / "Justice Ginsburg", "Prime minister Antonio" / "Mr") is a different
  // fact or a house style, not a different word: mostly capitalised on both sides.
  const named = (ws: string[]) => ws.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > ws.length;
  if (named(wf) && named(wt)) return false;
  // A name on one side only adds who or where ("his girlfriend" / "Wray knowingly", "a nearby" / "Roseland
  // Community", "scene" / "location, Amormino said"): a fact, not another word. A capital that opens the sentence is
  // no name. Gives up "The boy" / "Deandre", the same person named.
  const hasName = (ws: string[], opens: boolean) =>
    ws.some((w, i) => (i > 0 || !opens) && /^\p{Lu}/u.test(w));
  if (hasName(wf, fromOpens) !== hasName(wt, toOpens)) return false;
  // A conjunction printed on both sides ("club and" / "Northeast nightclub and just") is kept, with changes either side
  // of it: two edits, not one swap. (Other kept words are let through: "will cost around" / "is expected to cost".)
  const joins = (ws: string[]) => ws.map((w) => w.toLowerCase()).filter((w) => /^(?:and|or|but)$/.test(w));
  if (joins(wf).some((w) => joins(wt).includes(w))) return false;
  // A change that ends on an article, a form of "be" or "have", a preposition or a conjunction on one side only
  // ("were outside in" / "patrol", "shooting were" / "arm"), or is such words alone against a phrase ("among" / "as
  // an argument between"): the sentence was built otherwise around it, which tells another fact or another
  // construction, not another word. Both sides cut alike ("arrested for" / "charged in") stay a swap.
  const dangles = (ws: string[]) => FUNCTION_WORD.test(ws[ws.length - 1]!);
  const bare = (ws: string[]) => ws.every((w) => FUNCTION_WORD.test(w));
  if (dangles(wf) !== dangles(wt) || bare(wf) !== bare(wt)) return false;
  if (opposed(wf, wt)) return false;
  // Two parts of the body ("chest" / "shoulder") are two wounds, not two words for one.
  const parts = (ws: string[]) =>
    ws.map((w) => BODY_PART.get(w.toLowerCase())).filter((x) => x !== undefined);
  const pf = parts(wf);
  const pt = parts(wt);
  if (pf.length > 0 && pt.length > 0 && !pf.some((x) => pt.includes(x))) return false;
  // One letter more or less in one word ("stated shooting" / "started shooting") is a typing slip, not a choice.
  if (wf.length === 1 && wt.length === 1 && oneLetterApart(wf[0]!.toLowerCase(), wt[0]!.toLowerCase()))
    return false;
  return true;
}

/** Parts of the body, synonyms under one key ("stomach", "abdomen", "belly"). */
const BODY_PART: ReadonlyMap<string, string> = new Map(
  (
    'head face:face cheek:face jaw:face eye:eye eyes:eye neck throat:neck chest shoulder shoulders:shoulder arm ' +
    'arms:arm hand hands:hand wrist finger fingers:finger back leg legs:leg thigh thighs:thigh knee knees:knee ' +
    'foot feet:foot ankle hip hips:hip buttocks buttock:buttocks groin abdomen:abdomen stomach:abdomen ' +
    'belly:abdomen torso side'
  )
    .split(' ')
    .map((entry) => {
      const [w, key] = entry.split(':');
      return [w!, key ?? w!] as const;
    }),
);

/** `a` and `b` differ by one letter inserted or removed, and are long enough for that to be a slip. */
function oneLetterApart(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < 4) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/**
 * Words that tell what happened to whom, in classes that exclude each other: one outlet's "killed" where another has
 * "shot", "a police officer" where another has "the gunman", "spokesman" where another has "spokeswoman" is a
 * different fact (a death against an injury, one person against another), which the comparison shows in its rows;
 * calling it word choice would say the outlets agree on the fact. Words of one class ("killed" / "dead", "officers" /
 * "police") are still a choice of words. The classes are the words of crime and disaster news, where a swap across
 * them was most of the wrong word-choice items judged on local US news (docs/quality.md); what they give up: a
 * real choice between two such words ("fatally shot" / "killed" is a death on both sides, but "shot" alone is read
 * as an injury).
 */
const POLICE = 'officer officers police deputy deputies trooper troopers sheriff detective detectives';
const ATTACKER =
  'gunman gunmen shooter shooters suspect suspects attacker attackers assailant assailants killer';
const OPPOSED_CLASSES: readonly (readonly [ReadonlySet<string>, ReadonlySet<string>])[] = (
  [
    [
      'killed kill kills dead died die dies death deaths fatal fatally slain murdered deceased perished',
      'shot wounded injured injuring hurt critical stable hospitalized found survived alive treated',
    ],
    [
      'man men boy boys he him his spokesman father son brother husband male mr',
      'woman women girl girls she her spokeswoman mother daughter sister wife female mrs ms',
    ],
    [POLICE, ATTACKER],
    [ATTACKER, 'victim victims'],
    [POLICE, 'victim victims'],
  ] as const
).map(([a, b]) => [new Set(a.split(' ')), new Set(b.split(' '))] as const);

function opposed(wf: readonly string[], wt: readonly string[]): boolean {
  const lf = wf.map((w) => w.toLowerCase());
  const lt = wt.map((w) => w.toLowerCase());
  const has = (ws: string[], set: ReadonlySet<string>) => ws.some((w) => set.has(w));
  return OPPOSED_CLASSES.some(
    ([x, y]) =>
      (has(lf, x) && has(lt, y) && !has(lf, y) && !has(lt, x)) ||
      (has(lf, y) && has(lt, x) && !has(lf, x) && !has(lt, y)),
  );
}

const FUNCTION_WORD =
  /^(?:a|an|the|is|are|was|were|be|been|being|has|have|had|in|on|at|between|among|of|for|with|from|to|by|into|and|or|but)$/i;

/** A swap found in a pair's diff, with where each side's changed text sits in its cell (before trimming). */
interface TextSwap {
  from: string;
  to: string;
  fromStart: number;
  fromEnd: number;
  toStart: number;
  toEnd: number;
}

/**
 * The swaps in the diff of two cell texts, before the quotes of either side are looked at: what depends on the texts
 * alone, so pairs of articles printing the same two texts (copies) share it. `stemSet` gives a text's content stems.
 */
function textSwaps(pair: RowPair, stemSet: (text: string) => ReadonlySet<string>): TextSwap[] {
  const out: TextSwap[] = [];
  // A word one side prints here and the other prints elsewhere in the sentence was moved, not swapped ("to
  // override the veto, causing" / "With the override,"). Asked only of a change that is a swap otherwise (few are),
  // so the texts' stems are looked up only then.
  const moved = (f: string, t: string) => {
    const sf = contentStems(f);
    const st = contentStems(t);
    return (
      st.some((x) => !sf.includes(x) && stemSet(pair.textA).has(x)) ||
      sf.some((x) => !st.includes(x) && stemSet(pair.textB).has(x))
    );
  };
  let posA = 0;
  let posB = 0;
  let from = '';
  let to = '';
  let fromStart = 0;
  let toStart = 0;
  let sawEqualBefore = false;
  const flush = (equalAfter: boolean) => {
    // The same place is between equal words. A change at either end of the sentence is anchored on one side
    // only: there one word for another ("to resign." / "to step down.") is a swap, but two phrases ("in an interview
    // for Fusion." / "in an interview airing Thursday.") are different facts added, not other words chosen.
    // At an end, a short phrase for a word at most ("to step down."): "charges will be brought against the shooter." /
    // "any charges will be filed." adds who, it does not reword.
    const anchored =
      (sawEqualBefore && equalAfter) ||
      ((sawEqualBefore || equalAfter) &&
        Math.min(words(from).length, words(to).length) === 1 &&
        Math.max(words(from).length, words(to).length) <= 2);
    // A handle before "@" ("mmichor@…" / "cbertolaccini@…") is a byline, not a word.
    const handle = pair.textA[fromStart + from.length] === '@' || pair.textB[toStart + to.length] === '@';
    if (anchored && !handle && isSwap(from, to, fromStart === 0, toStart === 0) && !moved(from, to)) {
      out.push({
        from: trimSpan(from),
        to: trimSpan(to),
        fromStart,
        fromEnd: fromStart + from.length,
        toStart,
        toEnd: toStart + to.length,
      });
    }
    from = '';
    to = '';
  };
  for (const s of pair.spans) {
    if (s.op === 'equal') {
      const textB = s.textB ?? s.text;
      if (hasWord(s.text)) {
        flush(true);
        sawEqualBefore = true;
      } else if (from || to) {
        // Punctuation between changed words is part of the change: "veto, causing", not "vetocausing".
        if (!from) fromStart = posA;
        if (!to) toStart = posB;
        from += s.text;
        to += textB;
      }
      posA += s.text.length;
      posB += textB.length;
      if (!from) fromStart = posA;
      if (!to) toStart = posB;
    } else if (s.op === 'delete') {
      if (!from) fromStart = posA;
      from += s.text;
      posA += s.text.length;
    } else {
      if (!to) toStart = posB;
      to += s.text;
      posB += s.text.length;
    }
  }
  flush(false);
  return out;
}

export function wordingInsights(view: InsightContext): WordingInsight[] {
  const raw: { row: number; a: number; b: number; from: string; to: string }[] = [];
  const quotesOf = (row: number, article: number): QuoteSpan[] => view.quotes[row]?.get(article) ?? [];
  // A cell is read once per partner in its row: its stems are worked out once.
  const stemSets = new Map<string, ReadonlySet<string>>();
  const stemSet = (text: string): ReadonlySet<string> => {
    let set = stemSets.get(text);
    if (!set) stemSets.set(text, (set = new Set(contentStems(text))));
    return set;
  };
  // Pairs of the same two texts share their spans (lib/insights/context.ts), and so their swaps.
  const swapsOf = new Map<readonly Span[], TextSwap[]>();
  for (const pair of view.pairs) {
    const stats = copyStats(pair);
    if (stats.similarity < MIN_ROW_SIMILARITY || Math.min(pair.wordsA, pair.wordsB) < MIN_ROW_WORDS) continue;
    let swaps = swapsOf.get(pair.spans);
    if (!swaps) swapsOf.set(pair.spans, (swaps = textSwaps(pair, stemSet)));
    if (swaps.length === 0) continue;
    const quotesA = quotesOf(pair.row, pair.a);
    const quotesB = quotesOf(pair.row, pair.b);
    for (const w of swaps) {
      const inQuote =
        insideQuote(quotesA, w.fromStart, w.fromEnd) || insideQuote(quotesB, w.toStart, w.toEnd);
      if (!inQuote) raw.push({ row: pair.row, a: pair.a, b: pair.b, from: w.from, to: w.to });
    }
  }

  const id = (i: number) => view.articles[i]!.id;
  const name = (i: number) => outlet(view.articles[i]!.outlet.id);

  // Rows: the same swap seen between many pairs (one outlet against twenty copies of a wire story) is one swap.
  const rowInsights: WordingInsight[] = [];
  const byRow = new Map<number, typeof raw>();
  for (const r of raw) {
    let l = byRow.get(r.row);
    if (!l) byRow.set(r.row, (l = []));
    l.push(r);
  }
  for (const [row, list] of [...byRow.entries()].sort((x, y) => x[0] - y[0])) {
    const merged = new Map<
      string,
      { from: string; to: string; fromSide: Set<number>; toSide: Set<number> }
    >();
    for (const r of list) {
      const kf = normaliseForMatch(r.from);
      const kt = normaliseForMatch(r.to);
      const flip = kt < kf;
      const key = flip ? `${kt}\u0000${kf}` : `${kf}\u0000${kt}`;
      let m = merged.get(key);
      if (!m)
        merged.set(
          key,
          (m = flip
            ? { from: r.to, to: r.from, fromSide: new Set(), toSide: new Set() }
            : { from: r.from, to: r.to, fromSide: new Set(), toSide: new Set() }),
        );
      (flip ? m.toSide : m.fromSide).add(r.a);
      (flip ? m.fromSide : m.toSide).add(r.b);
    }
    const swaps = [...merged.values()].map((m) => {
      // Show the side printed by the earliest article first.
      const f = [...m.fromSide].sort((x, y) => x - y);
      const t = [...m.toSide].sort((x, y) => x - y);
      return (t[0] ?? Infinity) < (f[0] ?? Infinity)
        ? { from: m.to, to: m.from, fromIdx: t, toIdx: f }
        : { from: m.from, to: m.to, fromIdx: f, toIdx: t };
    });
    swaps.sort(
      (x, y) =>
        x.fromIdx[0]! - y.fromIdx[0]! ||
        x.toIdx[0]! - y.toIdx[0]! ||
        (x.from < y.from ? -1 : x.from > y.from ? 1 : 0),
    );
    const involved = [...new Set(swaps.flatMap((s) => [...s.fromIdx, ...s.toIdx]))].sort((x, y) => x - y);
    rowInsights.push({
      kind: 'wording',
      scope: 'row',
      articles: involved.map(id),
      outlets: involved.map((i) => view.articles[i]!.outlet.id),
      rows: [row],
      words: swaps.flatMap((s) => [s.from, s.to]),
      label: join(
        swaps.map((s) =>
          label(
            word(s.from),
            ' (',
            fewOf(s.fromIdx.map(name)),
            ') / ',
            word(s.to),
            ' (',
            fewOf(s.toIdx.map(name)),
            ')',
          ),
        ),
        '; ',
      ),
      swaps: swaps.map((s) => ({
        row,
        from: s.from,
        to: s.to,
        fromArticles: s.fromIdx.map(id),
        toArticles: s.toIdx.map(id),
      })),
    });
  }

  // Pairs: totals, each article with its few most different partners only (twenty copies need no twenty totals).
  const perPair = new Map<string, { a: number; b: number; swaps: Swap[] }>();
  for (const r of raw) {
    const key = `${r.a}:${r.b}`;
    let p = perPair.get(key);
    if (!p) perPair.set(key, (p = { a: r.a, b: r.b, swaps: [] }));
    p.swaps.push({ row: r.row, from: r.from, to: r.to, fromArticles: [id(r.a)], toArticles: [id(r.b)] });
  }
  const partners = new Map<number, { other: number; n: number }[]>();
  for (const p of perPair.values()) {
    for (const [self, other] of [
      [p.a, p.b],
      [p.b, p.a],
    ] as const) {
      let l = partners.get(self);
      if (!l) partners.set(self, (l = []));
      l.push({ other, n: p.swaps.length });
    }
  }
  const keep = new Set<string>();
  for (const [self, list] of partners) {
    list.sort((x, y) => y.n - x.n || x.other - y.other);
    for (const { other } of list.slice(0, MAX_PAIR_PARTNERS))
      keep.add(`${Math.min(self, other)}:${Math.max(self, other)}`);
  }
  const pairInsights: WordingInsight[] = [...perPair.values()]
    .filter((p) => keep.has(`${p.a}:${p.b}`))
    .sort((x, y) => x.a - y.a || x.b - y.b)
    .map((p) => {
      const n = p.swaps.length;
      const shown = p.swaps.slice(0, 3).map((s) => label(word(s.from), ' / ', word(s.to)));
      return {
        kind: 'wording' as const,
        scope: 'pair' as const,
        articles: [id(p.a), id(p.b)],
        outlets: [view.articles[p.a]!.outlet.id, view.articles[p.b]!.outlet.id],
        rows: [...new Set(p.swaps.map((s) => s.row))].sort((x, y) => x - y),
        words: p.swaps.flatMap((s) => [s.from, s.to]),
        label: label(
          listOf([name(p.a), name(p.b)]),
          ` swap ${n} ${n === 1 ? 'wording' : 'wordings'}: `,
          join(shown, ', '),
          n > 3 ? ', …' : '',
        ),
        swaps: p.swaps,
      };
    });
  return [...pairInsights, ...rowInsights];
}
