import type { Article, Event } from '../types';
import { columnKeys } from '../view/column-keys';
import { relatedByRow } from '../view/comparison-related';

/** The byte-order mark that makes spreadsheet programs read the file as UTF-8 rather than the system code page. */
export const UTF8_BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula: one that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * (the characters OWASP's CSV-injection guidance names). An article may hold `=HYPERLINK(…)`; opened in Excel it would
 * be a live link, or worse.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field, always quoted per RFC 4180 (quotes doubled inside), and a cell that would start a formula prefixed
 * with `'`, which spreadsheets read as "this is text" (OWASP). What it gives up: such a cell reads `'-2 dead` in a
 * plain CSV reader; every cell keeps the rest of its text as it was.
 */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

/** One CSV record: fields joined by commas, ended by CRLF as RFC 4180 says. */
export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/**
 * `/data/events/<id>.csv`: one record per aligned row: `row` (1-based, the `#r<N>` of the event page), `score` (the
 * row's mean link score, as in the JSON), then one column per article holding that row's sentences joined by a space
 * (empty when the article has nothing in the row), then `related`: the passages of other articles that tell this
 * row's passages differently (the event's `related` links, read by row), as `afp ~ reuters row 4 (Izyum, 330)`, joined
 * by `; `. UTF-8 with a BOM, CRLF line ends, every field quoted (csvField).
 */
export function eventCsv(event: Event, articles: readonly Article[]): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const members = event.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
  const keys = columnKeys(members);
  const related = relatedByRow(
    event,
    new Map(members.map((a, i) => [a.id, keys[i]!])),
    new Map(members.map((a, i) => [keys[i]!, a.outlet.name])),
    keys,
  );
  let out = UTF8_BOM + csvRecord(['row', 'score', ...keys, 'related']);
  event.rows.forEach((row, i) => {
    const cells = members.map((a) =>
      (row.cells[a.id] ?? [])
        .map((s) => a.sentences[s]?.text ?? '')
        .filter((t) => t !== '')
        .join(' '),
    );
    const refs = related.get(i + 1) ?? {};
    const told = keys
      .flatMap((k) => (refs[k] ?? []).map((r) => `${k} ~ ${r.key} row ${r.n} (${r.shared.join(', ')})`))
      .join('; ');
    out += csvRecord([String(i + 1), formatScore(row.score), ...cells, told]);
  });
  return out;
}

/** Scores to four decimals, trailing zeros dropped: enough to rank, and the same bytes on every machine. */
export function formatScore(score: number): string {
  return String(Math.round(score * 10_000) / 10_000);
}
