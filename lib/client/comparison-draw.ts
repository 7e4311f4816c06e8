import type { Comparison } from '../view/comparison';
import { comparisonBodyHtml } from '../view/comparison-html';
import { layoutComparison, type ComparisonView } from '../view/comparison-layout';
import { comparisonFromData } from '../view/comparison-source';
import { memoisedCellMarks } from '../view/marks';

/*
 * What draws a view the server did not render: the event's data file made a comparison again, its layout and word
 * marks (diff-match-patch), and the server's own HTML writer. Its own chunk, fetched by lib/client/comparison.ts on
 * the reader's first such view (or as they reach for the controls), so the page's first script stays small.
 */

/** The whole comparison, rebuilt from the event's data file once per page and pair (lib/view/comparison-source.ts). */
export function modelLoader(
  dataUrl: string,
): (pair: readonly [string, string] | null) => Promise<Comparison> {
  const models = new Map<string, Promise<Comparison>>();
  return (pair) => {
    const key = pair?.join('-vs-') ?? '';
    let model = models.get(key);
    if (!model) {
      model = fetch(dataUrl)
        .then((r) => {
          if (!r.ok) throw new Error(`${dataUrl}: ${r.status}`);
          return r.json();
        })
        .then((data) => comparisonFromData(data, pair ?? undefined));
      // A failed load is tried again on the next request (the reader may be back online).
      model.catch(() => models.delete(key));
      models.set(key, model);
    }
    return model;
  };
}

/** Marks remembered per comparison, so going back to a base does not diff its cells again. */
const markers = new WeakMap<Comparison, ReturnType<typeof memoisedCellMarks>>();

export function bodyHtml(model: Comparison, view: ComparisonView, basePath: string): string {
  let marker = markers.get(model);
  if (!marker) {
    marker = memoisedCellMarks();
    markers.set(model, marker);
  }
  return comparisonBodyHtml(layoutComparison(model, view, marker), basePath);
}
