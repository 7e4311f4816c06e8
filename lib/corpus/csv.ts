/**
 * CSV records (RFC 4180). The token unit is a record: fields separated by commas, a field in double quotes may hold
 * commas, newlines and doubled quotes (`""`). Linear time, one pass (two at most, see below). Semicolons or tabs may
 * separate the fields instead, as European spreadsheet exports write them: `detectDelimiter` tells which.
 *
 * Lenient where a spreadsheet export usually is: CRLF, LF or lone CR line ends; text after a closing quote is kept
 * as part of the field; a quote inside an unquoted field is literal. An unterminated quote would swallow the rest
 * of the file: instead the record where it opens is reported and skipped, and reading resumes on the next line.
 * After such a quote every later run of quotes has even length, so no second restart can happen. A quote that
 * closes lines later with text glued after it is treated the same way (at most 20 times per file).
 */

/** Restarts after a suspicious closing quote re-read text; capping them keeps the worst case linear. */
const MAX_RESTARTS = 20;

export type CsvDelimiter = ',' | ';' | '\t';

/** The separators tried, in the order that breaks a tie: comma first, as RFC 4180 has it. */
const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/** How much of the file `detectDelimiter` reads: the header and the records after it, up to this many characters. */
const SNIFF_RECORDS = 20;
const SNIFF_CHARS = 65_536;

export interface CsvRecord {
  /** Record number; the header is record 1. */
  row: number;
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

export interface CsvProblem {
  row: number;
  line: number;
  message: string;
}

/**
 * The field separator of a CSV text: comma, semicolon or tab. Each is tried by reading the header and the first
 * records with it, quotes and all, so a separator inside a quoted field does not count. A separator that splits the
 * header into two columns or more is a candidate. Among candidates wins, in this order: the one under which fewer
 * quoted fields close with text glued after them (`"a";"b"` read with commas leaves `;"b"` glued to the first field),
 * under which more records have as many fields as the header, that gives the header more columns; then comma,
 * semicolon, tab. No candidate is comma: a one-column file keeps the semicolons of its text. What it gives up: a file
 * whose header splits under two separators, with the records ragged under both, may be read with the wrong one (the
 * row warnings then say that columns are missing), and a header of one column never reads its records as several.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const head = text.slice(0, SNIFF_CHARS);
  const tried = DELIMITERS.map((delimiter) => {
    const { records, glued } = readRecords(head, delimiter, SNIFF_RECORDS + 1);
    // A record cut by the end of the sniffed text would look ragged under every separator.
    const read = head.length < text.length && records.length > 1 ? records.slice(0, -1) : records;
    const columns = read[0]?.fields.length ?? 0;
    return {
      delimiter,
      header: columns >= 2,
      score: [-glued, read.filter((r) => r.fields.length === columns).length, columns],
    };
  });
  let best: (typeof tried)[number] | undefined;
  for (const t of tried) if (t.header && (!best || firstDiffers(t.score, best.score) > 0)) best = t;
  return best?.delimiter ?? ',';
}

/** Lexicographic comparison of two scores of one length: positive when `a` is the greater. */
function firstDiffers(a: number[], b: number[]): number {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
}

/** Records of a CSV text, its fields separated by `delimiter` (by default the one `detectDelimiter` finds). */
export function parseCsv(
  text: string,
  delimiter: CsvDelimiter = detectDelimiter(text),
): { records: CsvRecord[]; problems: CsvProblem[] } {
  const { records, problems } = readRecords(text, delimiter, Infinity);
  return { records, problems };
}

/**
 * Reads until the end of the text or until `limit` records and problems were read. `glued` counts the quoted fields
 * whose closing quote has text glued after it: a sign of the wrong separator, for `detectDelimiter`.
 */
function readRecords(
  text: string,
  delimiter: CsvDelimiter,
  limit: number,
): { records: CsvRecord[]; problems: CsvProblem[]; glued: number } {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let row = 1;
  let restarts = 0;
  let glued = 0;
  while (i < n && records.length + problems.length < limit) {
    const start = i;
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let openedAt = -1; // index of an open quote, -1 when not inside quotes
    let openedLine = 0;
    let unterminated = false;
    let badClose = 0;
    let endOfRecord = false;
    let atFieldStart = true;
    while (i < n && !endOfRecord) {
      const ch = text[i]!;
      if (openedAt >= 0) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            const after = text[i + 1];
            const clean = after === undefined || after === delimiter || after === '\n' || after === '\r';
            if (!clean) glued++;
            // A quote that closes with text glued after it, lines after it opened, is almost always a stray
            // quote that paired with a later one and swallowed the rows between: skip this row, not those.
            if (!clean && line > openedLine && restarts < MAX_RESTARTS) {
              badClose = line;
              break;
            }
            openedAt = -1;
            i++;
          }
          continue;
        }
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
        i++;
        continue;
      }
      if (ch === '"' && atFieldStart) {
        openedAt = i;
        openedLine = line;
        atFieldStart = false;
        i++;
      } else if (ch === delimiter) {
        fields.push(field);
        field = '';
        atFieldStart = true;
        i++;
      } else if (ch === '\r' || ch === '\n') {
        i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        endOfRecord = true;
      } else {
        field += ch;
        atFieldStart = false;
        i++;
      }
    }
    if (openedAt >= 0) unterminated = true;
    fields.push(field);
    if (unterminated) {
      problems.push({
        row,
        line: openedLine,
        message:
          badClose > 0
            ? `row ${row} (line ${openedLine}): a quoted field runs on to line ${badClose}, where its closing quote is followed by more text; a quote is probably missing or not doubled, so the row was skipped. Write a quote inside a field as ""`
            : `row ${row} (line ${openedLine}): a quoted field opens but never closes, so the row was skipped; close the quote, and write a quote inside a field as ""`,
      });
      if (badClose > 0) restarts++;
      // Resume on the line after the one where the quote opened.
      i = openedAt;
      line = openedLine;
      while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
      if (i < n) {
        i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
      }
      row++;
      continue;
    }
    const blank = fields.length === 1 && fields[0] === '' && text.slice(start, i).trim() === '';
    if (!blank) records.push({ row, line: startLine, fields });
    if (!blank) row++;
  }
  return { records, problems, glued };
}
