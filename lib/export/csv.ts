import type { Article, Event } from '../types';

/** The byte-order mark that makes spreadsheet programs read the file as UTF-8 rather than the system code page. */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV field, quoted per RFC 4180 when it holds a comma, a quote, a line break or edge spaces (some readers trim
 * unquoted spaces). Quotes are doubled inside quoted fields.
 */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV record: fields joined by commas, ended by CRLF as RFC 4180 says. */
export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/**
 * Column names for the event's articles, in `event.articleIds` order: the outlet id, made unique within the event
 * (`ap`, `ap-2`) when one outlet has two articles, the same rule the event page uses in its URLs.
 */
export function articleColumns(articles: readonly Article[]): string[] {
  const seen = new Map<string, number>();
  return articles.map((a) => {
    const count = (seen.get(a.outlet.id) ?? 0) + 1;
    seen.set(a.outlet.id, count);
    return count === 1 ? a.outlet.id : `${a.outlet.id}-${count}`;
  });
}

/**
 * `/data/events/<id>.csv`: one record per aligned row: `row` (1-based, the `#r<N>` of the event page), `score` (the
 * row's mean link score, as in the JSON), then one column per article holding that row's sentences joined by a space
 * (empty when the article has nothing in the row). UTF-8 with a BOM, CRLF line ends.
 */
export function eventCsv(event: Event, articles: readonly Article[]): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const members = event.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
  let out = UTF8_BOM + csvRecord(['row', 'score', ...articleColumns(members)]);
  event.rows.forEach((row, i) => {
    const cells = members.map((a) =>
      (row.cells[a.id] ?? [])
        .map((s) => a.sentences[s]?.text ?? '')
        .filter((t) => t !== '')
        .join(' '),
    );
    out += csvRecord([String(i + 1), formatScore(row.score), ...cells]);
  });
  return out;
}

/** Scores to four decimals, trailing zeros dropped: enough to rank, and the same bytes on every machine. */
export function formatScore(score: number): string {
  return String(Math.round(score * 10_000) / 10_000);
}
