/**
 * Sentence splitting (DESIGN.md §4). The token unit is a sentence: text up to a terminal mark (`.`, `?`, `!`, `…`),
 * with any closing quotes and brackets that follow it, when the next word starts a new sentence.
 *
 * `Intl.Segmenter` breaks after "Mr." or "U.N." before a capital, and inside `"…," said X.` tails; rather than repair
 * its output we scan for candidate boundaries ourselves and reject the ones a reader would not call a sentence end:
 * known abbreviations and initials, a lower-case or digit continuation, a quote that closes with a comma, and an
 * attribution tail ("…?" she asked.). What it gives up: an abbreviation that really ends a sentence ("…in the U.S. He
 * said") stays glued to the next one unless the next word is a common sentence opener.
 *
 * The sentences cover the paragraph: joined with the whitespace between them they give back the input.
 */

/** Abbreviations (lower case, without the final dot) after which a dot does not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen sens rep reps gov gen lt col maj capt cmdr adm sgt cpl pvt st jr sr rev fr hon pres supt insp ' +
    'no nos vol vols fig figs p pp ed eds est approx dept univ assn corp inc ltd co bros vs v etc al cf ie eg ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'ft mt ave blvd rd sq km mi lb oz'
  ).split(' '),
);

/** Multi-dot abbreviations written with inner dots; the dot at their end is never a boundary by itself. */
const DOTTED = /(?:^|[\s("'\u201c\u2018[])(?:[A-Za-z]\.){2,}$/;

/**
 * US state abbreviations of AP style, in datelines ("HARTFORD, Conn. —", "DANVILLE, Ky."). Case-sensitive, since
 * several are words in lower case ("ill.", "miss."); like dotted abbreviations they end a sentence before an opener.
 */
const STATES = new Set(
  'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wyo'.split(
    ' ',
  ),
);

/** Words that start a sentence even after an abbreviation such as "U.S.". */
const OPENERS = new Set(
  'the a an he she it they we i but and in on at this that these those there his her their its after before when while however meanwhile'.split(
    ' ',
  ),
);

// U+FFFD stands in for quotes lost upstream (Ground News copy): it can close or open a quotation.
const CLOSERS = '"\'\u201d\u2019)]\u00bb\ufffd';
const OPENING = '"\'\u201c\u2018([\u00ab\ufffd';

/** Verbs of attribution that continue a quoted question or exclamation: `"Why?" she asked.` */
const ATTRIBUTION = /^(?:[a-z]|(?:he|she|they|it|we|i)\b)/;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * The text just before `end`, enough to hold any abbreviation. Looking at a bounded window rather than the whole
 * prefix keeps splitting linear: a 1 MB paragraph with no line breaks would otherwise take minutes.
 */
function window(text: string, end: number): string {
  return text.slice(Math.max(0, end - 24), end);
}

/** Does the dot at `text[dot]` belong to an abbreviation or an initial, rather than end a sentence? */
function isAbbreviationDot(text: string, dot: number): boolean {
  const before = window(text, dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (word === '') return false;
  if (DOTTED.test(before + '.')) return true;
  const bare = word.replace(/^\.+/, '');
  if (ABBREVIATIONS.has(bare.toLowerCase()) || STATES.has(bare)) return true;
  // A single capital letter: an initial ("John F. Kennedy"), not a sentence end.
  if (/^\p{Lu}$/u.test(bare)) return true;
  return false;
}

/**
 * Split a paragraph into sentences, keeping the original characters. Whitespace between sentences is dropped;
 * sentences are trimmed. Empty input gives no sentences.
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  // Where the sentence last pushed began, so a stray mark can be given back to it.
  let previousStart = 0;
  const push = (from: number, to: number): void => {
    const sentence = text.slice(from, to).trim();
    if (!sentence) return;
    // A "sentence" of marks alone (Reuters' "…of the war. .") belongs to the one before it.
    if (out.length > 0 && !/[\p{L}\p{N}]/u.test(sentence)) {
      out[out.length - 1] = text.slice(previousStart, to).trim();
      return;
    }
    out.push(sentence);
    previousStart = from;
  };
  let start = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '?' && ch !== '!' && ch !== '\u2026') {
      i++;
      continue;
    }
    // Take the whole run of terminal marks and closing quotes/brackets.
    let end = i + 1;
    while (end < n && '.?!\u2026'.includes(text[end]!)) end++;
    while (end < n && CLOSERS.includes(text[end]!)) end++;
    // A boundary needs whitespace after it (or the end of the text).
    if (end < n && !/\s/.test(text[end]!)) {
      i = end;
      continue;
    }
    let next = end;
    while (next < n && /\s/.test(text[next]!)) next++;
    if (next >= n) break;
    if (!isBoundary(text, i, end, next)) {
      i = end;
      continue;
    }
    push(start, end);
    start = next;
    i = next;
  }
  push(start, n);
  return out;
}

function isBoundary(text: string, mark: number, end: number, next: number): boolean {
  const following = text.slice(next, next + 40);
  let first = following[0] ?? '';
  let k = 0;
  while (k < following.length && OPENING.includes(following[k]!)) k++;
  first = following[k] ?? '';
  const closedQuote = end > mark + 1 && CLOSERS.includes(text[end - 1]!);
  const markChar = text[mark]!;

  // Lower-case continuation: "… the U.S. and …", `"Why?" she asked.` Never a new sentence.
  if (first && !isUpper(first) && !/\p{N}/u.test(first)) {
    if (/\p{Ll}/u.test(first)) return false;
  }
  // `"… ?" Putin asked.` — a quoted question/exclamation followed by an attribution with a name then a verb is still
  // one sentence only when the verb comes first; a capitalised name could as well start a new sentence, so allow it.
  if (closedQuote && (markChar === '?' || markChar === '!') && ATTRIBUTION.test(following.slice(k)))
    return false;

  if (markChar === '.' && text[mark + 1] !== '.') {
    if (isAbbreviationDot(text, mark)) {
      // "in the U.S. The ..." — a dotted abbreviation can end a sentence when a common opener follows.
      const word = /^[\p{L}']+/u.exec(following.slice(k))?.[0]?.toLowerCase() ?? '';
      const before = window(text, mark);
      const isDotted = DOTTED.test(before + '.') || STATES.has(/\p{L}+$/u.exec(before)?.[0] ?? '');
      if (isDotted && OPENERS.has(word)) return true;
      return false;
    }
    // A number with a dot such as "No. 5" is handled above; "3. " in a list is kept as a boundary.
  }
  return true;
}
