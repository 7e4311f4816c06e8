import type { EventData } from '../export/data';
import { decodeEventFile, type EventFile } from '../export/event-file';
import { buildComparison, pairComparison, type Comparison } from './comparison';

/**
 * The comparison a page's island draws other views from, rebuilt in the browser from the event's data file
 * (`/data/events/<id>.json`, lib/export/data.ts) the first time the reader asks for a view the server did not render.
 * The page itself then carries only what its opening view needs: on a 31-outlet event the full comparison was most of
 * the page's payload, parsed on the main thread while the page loaded. What it gives up: another view needs that file,
 * which the service worker precaches (or keeps once read) like the page. The file is read as written (format 2, ids as
 * indices: lib/export/event-file.ts), or in the plain form a browser may still hold from an earlier build.
 */
export function comparisonFromData(
  file: EventFile | EventData,
  pair?: readonly [string, string],
): Comparison {
  const data = decodeEventFile(file);
  const full = buildComparison(data.event, data.articles);
  return pair ? pairComparison(full, pair[0], pair[1]) : full;
}

/** Which columns carry each row, by row number: what selecting a row needs before any other view is drawn. */
export function rowCarrierKeys(comparison: Comparison): Record<number, string[]> {
  const keys = comparison.columns.map((c) => c.key);
  const out: Record<number, string[]> = {};
  for (const row of comparison.rows) out[row.n] = keys.filter((k) => row.cells[k] !== undefined);
  return out;
}
