/**
 * One corpus file → articles and diagnostics. Reads the four input forms (DESIGN.md §2): seed `.txt`, `.jsonl`,
 * `.csv` with a header, `.md` with YAML front matter. records.ts reads each form into `RawRecord`s (the input's own
 * shape, field aliases resolved); `toArticle` here is the one boundary where a raw record becomes an `Article`.
 * Never throws: a problem becomes a diagnostic naming the file, the line or row, what is wrong and what to do.
 */
import type {
  Article,
  Block,
  DateSource,
  Diagnostic,
  OutletRef,
  Removed,
  Sentence,
  TitleSource,
} from '../types';
import { splitSentences } from '../text/sentences';
import { normaliseForMatch } from '../text/normalise';
import { cleanText, normaliseWhitespace } from './clean';
import { readCsv, readJsonl, readMarkdown, type RawRecord } from './records';
import { findDateLine, findTextDate, parseDateValue, todayUtc } from './date';
import { decodeBytes } from './decode';
import { articleBaseId } from './ids';
import { defaultRegistry, detectOutlet, detectPublisher, resolveOutletName, type Registry } from './outlets';

export interface ParsedFile {
  articles: Article[];
  diagnostics: Diagnostic[];
}

export interface ParseOptions {
  /** `YYYY-MM-DD`; dates after it are flagged as in the future. Defaults to today (UTC). */
  today?: string;
}

/** The extension, lower case with its dot. */
function extensionOf(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/**
 * Parse one file of a corpus folder. `file` is its path relative to the folder (it names the articles and the
 * diagnostics); the form comes from its extension. Articles carry base ids: `combineFiles` makes them unique.
 */
export function parseCorpusFile(
  file: string,
  bytes: Uint8Array,
  registry: Registry = defaultRegistry(),
  options: ParseOptions = {},
): ParsedFile {
  const diagnostics: Diagnostic[] = [];
  try {
    return parseUnsafe(file, bytes, registry, options.today ?? todayUtc(), diagnostics);
  } catch (err) {
    // A bug of ours must not take the whole corpus down: report it against the file and carry on.
    diagnostics.push({
      file,
      severity: 'error',
      message: `could not be read (${(err as Error)?.message ?? String(err)}); please report this with the file`,
    });
    return { articles: [], diagnostics };
  }
}

function parseUnsafe(
  file: string,
  bytes: Uint8Array,
  registry: Registry,
  today: string,
  diagnostics: Diagnostic[],
): ParsedFile {
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') {
    diagnostics.push({ file, severity: 'error', message: decoded.message });
    return { articles: [], diagnostics };
  }
  const ext = extensionOf(file);
  if (!['.txt', '.jsonl', '.ndjson', '.csv', '.md', '.markdown'].includes(ext)) {
    diagnostics.push({
      file,
      severity: 'warning',
      message: `not a corpus file (${ext || 'no extension'}): rename or export it as .txt/.jsonl/.csv/.md, or move it out of the corpus folder`,
    });
    return { articles: [], diagnostics };
  }
  for (const warning of decoded.warnings) diagnostics.push({ file, severity: 'warning', message: warning });
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    diagnostics.push({
      file,
      severity: 'warning',
      message: `${text.length === 0 ? 'empty file' : 'whitespace only'}: nothing to import; add the article text or remove the file`,
    });
    return { articles: [], diagnostics };
  }
  if (text.length > LARGE_TEXT && (ext === '.txt' || ext === '.md' || ext === '.markdown')) {
    diagnostics.push({
      file,
      severity: 'warning',
      message: `${(text.length / 1e6).toFixed(1)} million characters is very large for one article: if the file holds several articles, split it or use .jsonl`,
    });
  }
  let records: RawRecord[];
  if (ext === '.jsonl' || ext === '.ndjson') records = readJsonl(file, text, diagnostics);
  else if (ext === '.csv') records = readCsv(file, text, diagnostics);
  else if (ext === '.md' || ext === '.markdown') records = [readMarkdown(file, text)];
  else records = [{ file, line: 1, text, warnings: [] }];

  const articles: Article[] = [];
  for (const record of records) {
    const result = toArticle(record, registry, today);
    const prefix = record.label ? `${record.label}: ` : '';
    if ('error' in result) {
      diagnostics.push({ file, line: record.line, severity: 'error', message: prefix + result.error });
      continue;
    }
    articles.push(result.article);
    for (const warning of result.article.warnings)
      diagnostics.push({ file, line: record.line, severity: 'warning', message: prefix + warning });
  }
  return { articles, diagnostics };
}

const TITLE_WORDS = 12;
/** Characters above which a one-article file is probably several articles (the longest seed has 8,000). */
const LARGE_TEXT = 2_000_000;

/** A title from the lead when the article has none: its first sentence, cut to 12 words, without the dateline. */
function deriveTitle(lead: string, registry: Registry): string {
  let text = lead;
  for (const re of registry.leadCues) text = text.replace(re, '');
  const first = splitSentences(text)[0] ?? text;
  const words = first.split(' ').filter(Boolean);
  if (words.length <= TITLE_WORDS) return first.replace(/[.:;,]$/, '');
  return (
    words
      .slice(0, TITLE_WORDS)
      .join(' ')
      .replace(/[.:;,]$/, '') + '…'
  );
}

const UNKNOWN_OUTLET = { id: 'unknown', name: 'Unknown outlet' };

/** At most this much text above a dateline is taken for another story's card (a headline and a teaser or two). */
const MAX_ABOVE_DATELINE = { blocks: 3, chars: 500 };

/**
 * Bidirectional formatting characters: the embeddings and overrides (U+202A–U+202E), the isolates (U+2066–U+2069) and
 * the left-to-right, right-to-left and Arabic letter marks (U+200E, U+200F, U+061C). Invisible, and an override makes
 * the text after it read backwards (`\u202Egnp.exe` shows as "exe.png"); a corpus has no use for them that a page
 * cannot do with its own direction.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The record with the bidi controls of every field taken out, and a warning saying what went when any did. */
function withoutBidiControls(record: RawRecord): { record: RawRecord; warning?: string } {
  const found = new Map<string, number>();
  const strip = (value: string | undefined): string | undefined =>
    value?.replace(BIDI_CONTROLS, (ch) => {
      const code = `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      found.set(code, (found.get(code) ?? 0) + 1);
      return '';
    });
  const clean: RawRecord = {
    ...record,
    text: strip(record.text)!,
    outlet: strip(record.outlet),
    date: strip(record.date),
    title: strip(record.title),
    url: strip(record.url),
    id: strip(record.id),
  };
  if (found.size === 0) return { record };
  let count = 0;
  for (const n of found.values()) count += n;
  const codes = [...found.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(', ');
  return {
    record: clean,
    warning: `${count} bidirectional control character${count === 1 ? '' : 's'} (${codes}) removed: invisible, they can make text read backwards; the rest was kept as given. Check the text if it mixes right-to-left and left-to-right scripts`,
  };
}

/**
 * The boundary: a raw record becomes an Article, or an error when nothing of it can be kept. Every field that
 * reaches a page passes here first, so this is where the bidi controls go.
 */
export function toArticle(
  raw: RawRecord,
  registry: Registry,
  today: string,
): { article: Article } | { error: string } {
  const { record, warning: bidiWarning } = withoutBidiControls(raw);
  const warnings = [...record.warnings, ...(bidiWarning ? [bidiWarning] : [])];
  const removed: Removed[] = [];
  if (record.text.trim() === '')
    return { error: 'no article text; the record was skipped. Fill in its text field' };

  const { body, date, dateSource } = readDate(record, today, removed, warnings);
  const cleaned = cleanText(body, registry);
  // Where a title line taken from the top goes in `removed`, to keep the list in document order.
  const leadingRemovals = removed.length + cleaned.removedAt.filter((at) => at === 0).length;
  removed.push(...cleaned.removed);
  const titled = takeTitleLine(record, cleaned.blocks, removed, leadingRemovals);
  const blocks = dropAboveDateline(titled.blocks, removed, titled.topRemovals, registry);
  const lead = blocks.find((b) => b.kind === 'paragraph');
  const title = titled.title || (lead ? deriveTitle(lead.text, registry) : '') || 'Untitled';
  const titleSource: TitleSource = titled.title ? titled.titleSource : 'derived';

  // Cues read the whole text, debris included ("Press TV's website" is in the footer).
  const cueText = normaliseWhitespace(body);
  const outlet = readOutlet(record, cueText, registry, warnings);
  const publisherFound = detectPublisher(cueText, registry);
  const publisher =
    publisherFound && publisherFound.outlet.id !== outlet.id ? { ...publisherFound.outlet } : undefined;
  const url = readUrl(record, warnings);
  const sentences = sentencesOf(blocks, warnings);
  warnLostCharacters(blocks, warnings);

  const sourceId = record.id?.trim() || undefined;
  const article: Article = {
    id: articleBaseId(date, outlet.id, title, sentences.map((s) => s.text).join(' ')),
    file: record.file,
    outlet: { ...outlet },
    ...(publisher ? { publisher } : {}),
    date,
    dateSource,
    title,
    titleSource,
    ...(url ? { url } : {}),
    ...(sourceId ? { sourceId } : {}),
    blocks,
    removed,
    sentences,
    warnings,
  };
  return { article };
}

/**
 * The date: the record's field, else the seed form's date line, else a full date found in the text. The date line
 * is taken off the body (and listed as removed) either way; returns the body that is left.
 */
function readDate(
  record: RawRecord,
  today: string,
  removed: Removed[],
  warnings: string[],
): { body: string; date: string | null; dateSource: DateSource } {
  let body = record.text;
  let date: string | null = null;
  let dateSource: DateSource = 'none';
  const dateLine = findDateLine(body);
  if (dateLine) {
    body = body.slice(dateLine.prefix.length);
    removed.push({ text: dateLine.prefix.trim(), reason: 'date line' });
  }
  if (record.date !== undefined && record.date.trim() !== '') {
    const parsed = parseDateValue(record.date);
    if (parsed.problem) warnings.push(parsed.problem);
    date = parsed.date;
    dateSource = date ? 'field' : 'none';
  } else if (dateLine) {
    const parsed = parseDateValue(dateLine.value);
    if (parsed.problem) warnings.push(`date line: ${parsed.problem}`);
    date = parsed.date;
    dateSource = date ? 'date-line' : 'none';
  } else {
    const found = findTextDate(normaliseWhitespace(body), today);
    if (found) {
      date = found.date;
      dateSource = 'text';
    } else {
      warnings.push('no date: add a date field (YYYY-MM-DD) or a first line " date YYYY-MM-DD "');
    }
  }
  if (date !== null && date > today) warnings.push(`date ${date} is in the future; check it`);
  return { body, date, dateSource };
}

/**
 * The title from the record's field (taking the text's first block out when it repeats it, as BASIL's do), else a
 * headline line at the top of the text (taken out: it is shown as the title). An empty title means: derive one from
 * the lead. `topRemovals` counts the removals above the first block kept, where a card above the dateline goes.
 */
function takeTitleLine(
  record: RawRecord,
  cleaned: Block[],
  removed: Removed[],
  leadingRemovals: number,
): { title: string; titleSource: TitleSource; blocks: Block[]; topRemovals: number } {
  let blocks = cleaned;
  let topRemovals = leadingRemovals;
  const fieldTitle = (record.title ?? '')
    .split(/\r\n|\n|\r/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .find(Boolean);
  const first = blocks[0];
  if (fieldTitle) {
    if (first && normaliseForMatch(first.text) === normaliseForMatch(fieldTitle)) {
      removed.splice(leadingRemovals, 0, { text: first.text, reason: 'title line (same as the title)' });
      topRemovals++;
      blocks = blocks.slice(1);
    }
    return { title: fieldTitle, titleSource: 'field', blocks, topRemovals };
  }
  if (first && first.kind === 'heading' && blocks.some((b) => b.kind === 'paragraph')) {
    removed.splice(leadingRemovals, 0, { text: first.text, reason: 'headline (shown as the title)' });
    return {
      title: first.text,
      titleSource: 'headline',
      blocks: blocks.slice(1),
      topRemovals: topRemovals + 1,
    };
  }
  return { title: '', titleSource: 'derived', blocks, topRemovals };
}

/**
 * Above the dateline: a card (a headline and a teaser, often another story's) that the page printed before this
 * article's first paragraph ("BEIJING -- A rash of COVID-19 cases…"). Wire copy starts at its dateline, so a little
 * text above one goes, listed with its reason at `at` in `removed`, when it holds a paragraph: a heading alone there
 * is the article's own other headline, which is no sentence anyway.
 */
function dropAboveDateline(blocks: Block[], removed: Removed[], at: number, registry: Registry): Block[] {
  const datelineAt = blocks.findIndex(
    (b) => b.kind === 'paragraph' && registry.leadCues.some((re) => re.test(b.text)),
  );
  if (
    datelineAt > 0 &&
    datelineAt <= MAX_ABOVE_DATELINE.blocks &&
    blocks.slice(0, datelineAt).some((b) => b.kind === 'paragraph') &&
    blocks.slice(0, datelineAt).reduce((n, b) => n + b.text.length, 0) <= MAX_ABOVE_DATELINE.chars
  ) {
    removed.splice(
      at,
      0,
      ...blocks.slice(0, datelineAt).map((b) => ({
        text: b.text,
        reason: 'above the dateline: a headline and teaser, not the article’s text',
      })),
    );
    return blocks.slice(datelineAt);
  }
  return blocks;
}

/** The outlet: the record's name when it names one, else the text's cues, else `unknown`, each with its warning. */
function readOutlet(record: RawRecord, cueText: string, registry: Registry, warnings: string[]): OutletRef {
  const resolved = record.outlet !== undefined ? resolveOutletName(record.outlet, registry) : null;
  if (resolved) {
    if (resolved.warning) warnings.push(resolved.warning);
    return resolved.outlet;
  }
  const detected = detectOutlet(cueText, registry);
  const given = record.outlet?.replace(/\s+/g, ' ').trim();
  const blank =
    given === undefined
      ? 'no outlet field'
      : given
        ? `outlet name "${given.slice(0, 40)}" names no outlet`
        : 'blank outlet name';
  if (detected) {
    if (record.outlet !== undefined)
      warnings.push(`${blank}: "${detected.outlet.id}" detected from the text`);
    return detected.outlet;
  }
  warnings.push(
    `${blank} and no outlet cue in the text: filed as "unknown"; add the outlet name (or a cue in data/outlets.json)`,
  );
  return UNKNOWN_OUTLET;
}

/** The record's url when it is an http(s) address; anything else is dropped with a warning. */
function readUrl(record: RawRecord, warnings: string[]): string | undefined {
  const rawUrl = record.url?.trim();
  if (!rawUrl) return undefined;
  if (/^https?:\/\/[^\s]+$/i.test(rawUrl)) return rawUrl;
  warnings.push(`url "${rawUrl.slice(0, 60)}" is not an http(s) address; dropped`);
  return undefined;
}

/** The sentences of the paragraphs (headings are not sentences), with a warning when none is left. */
function sentencesOf(blocks: readonly Block[], warnings: string[]): Sentence[] {
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return;
    for (const text of splitSentences(block.text)) sentences.push({ text, block: index });
  });
  if (sentences.length === 0)
    warnings.push(
      'no sentences left after cleaning: only a title, headings or debris; check its removed lines, or add the article text',
    );
  return sentences;
}

/** Characters lost upstream (U+FFFD) are kept as printed, and counted in a warning. */
function warnLostCharacters(blocks: readonly Block[], warnings: string[]): void {
  let lost = 0;
  for (const block of blocks) for (const ch of block.text) if (ch === '\uFFFD') lost++;
  if (lost > 0) {
    warnings.push(
      `${lost} character${lost === 1 ? ' was' : 's were'} lost upstream (U+FFFD, mostly quotes and dashes); kept as printed`,
    );
  }
}
