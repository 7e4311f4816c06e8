/**
 * CSV records (RFC 4180). The token unit is a record: fields separated by commas, a field in double quotes may hold
 * commas, newlines and doubled quotes (`""`). Linear time, one pass (two at most, see below).
 *
 * Lenient where a spreadsheet export usually is: CRLF, LF or lone CR line ends; text after a closing quote is kept
 * as part of the field; a quote inside an unquoted field is literal. An unterminated quote would swallow the rest
 * of the file: instead the record where it opens is reported and skipped, and reading resumes on the next line.
 * After such a quote every later run of quotes has even length, so no second restart can happen. A quote that
 * closes lines later with text glued after it is treated the same way (at most 20 times per file).
 */

/** Restarts after a suspicious closing quote re-read text; capping them keeps the worst case linear. */
const MAX_RESTARTS = 20;

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

export function parseCsv(text: string): { records: CsvRecord[]; problems: CsvProblem[] } {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let row = 1;
  let restarts = 0;
  while (i < n) {
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
            const clean = after === undefined || after === ',' || after === '\n' || after === '\r';
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
      } else if (ch === ',') {
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
  return { records, problems };
}
