/**
 * Article dates. The token unit is a calendar day, `YYYY-MM-DD`. Accepted: the seed date line (` date 2022-03-11 `),
 * ISO dates (with or without a time), `dd/MM/yyyy HH:mm[:ss]` (Ground News; day first), and written dates
 * ("March 11, 2022", "Dec. 9, 2022", "11 March 2022"). An impossible day is refused (null + problem), never
 * rolled over the way `Date` would roll 2022-02-30 into March.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
}; // prettier-ignore

const MONTH_NAME =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` when the day exists in the calendar, else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (!Number.isInteger(day) || day < 1 || day > days) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export interface ParsedDate {
  date: string | null;
  /** Why the value gave no date, and what to write instead. */
  problem?: string;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]{0,20}(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_FIRST = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const WRITTEN = new RegExp(`^(?:[A-Z][a-z]+,? )?(${MONTH_NAME})\\.? (\\d{1,2}),? (\\d{4})\\b`, 'i');
const WRITTEN_DAY_FIRST = new RegExp(`^(?:[A-Z][a-z]+,? )?(\\d{1,2}) (${MONTH_NAME})\\.?,? (\\d{4})\\b`, 'i');

/** A record's date field → a day. Blank gives null without a problem. */
export function parseDateValue(value: string): ParsedDate {
  const text = value.trim();
  if (!text) return { date: null };
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let match: RegExpExecArray | null;
  if ((match = ISO.exec(text))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = DAY_FIRST.exec(text))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = WRITTEN.exec(text)))
    [m, d, y] = [MONTHS[match[1]!.toLowerCase()], Number(match[2]), Number(match[3])];
  else if ((match = WRITTEN_DAY_FIRST.exec(text)))
    [d, m, y] = [Number(match[1]), MONTHS[match[2]!.toLowerCase()], Number(match[3])];
  else {
    return {
      date: null,
      problem: `unrecognised date "${cut(text)}": write it as YYYY-MM-DD (or dd/MM/yyyy HH:mm)`,
    };
  }
  const date = calendarDate(y ?? NaN, m ?? NaN, d ?? NaN);
  if (date === null) {
    return { date: null, problem: `impossible date "${cut(text)}": no such day; correct it (YYYY-MM-DD)` };
  }
  return { date };
}

function cut(text: string): string {
  return text.length > 40 ? text.slice(0, 39) + '…' : text;
}

/** Seed form: an optional first line ` date YYYY-MM-DD ` glued to the first paragraph. */
const DATE_LINE = /^\s*date[ \t]+(\S{1,30})[ \t]+/;

export interface DateLine {
  /** The value as written after `date`. */
  value: string;
  /** The prefix to remove from the text (the date line itself). */
  prefix: string;
}

export function findDateLine(text: string): DateLine | null {
  const match = DATE_LINE.exec(text);
  if (!match || !/^\d/.test(match[1]!)) return null;
  return { value: match[1]!, prefix: match[0] };
}

const TEXT_DATE = new RegExp(
  `\\b(${MONTH_NAME})\\.? (\\d{1,2}),? (\\d{4})(?:,? (?:at )?(\\d{1,2}:\\d{2}))?`,
  'g',
);

export interface TextDate {
  date: string;
  /** Written with a time of day: a timestamp line ("March 03, 2022 23:25 IST"). */
  timed: boolean;
}

/**
 * The article's own date from its text, when it has no date line or field. A timestamp (a date with a time of day)
 * is the page's publication stamp and wins; otherwise the latest full date that is not after `today`. Why the
 * latest: captions of file photos and background paragraphs cite older days ("March 08, 2019"), while the newest
 * date mentioned is usually the day being reported. What it gives up: a text that announces a later event ("the
 * vote on March 20, 2022") can be dated by it.
 */
export function findTextDate(text: string, today: string): TextDate | null {
  let best: TextDate | null = null;
  for (const match of text.matchAll(TEXT_DATE)) {
    const date = calendarDate(Number(match[3]), MONTHS[match[1]!.toLowerCase()] ?? NaN, Number(match[2]));
    if (date === null || date > today) continue;
    const timed = match[4] !== undefined;
    if (best === null || (timed && !best.timed) || (timed === best.timed && date > best.date))
      best = { date, timed };
  }
  return best;
}

/** Today's date in UTC, the default bound for "future" dates. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
