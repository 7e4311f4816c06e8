import type { CSSProperties } from 'react';
import type { Comparison as Model } from '@/lib/view/comparison';
import { comparisonBodyHtml } from '@/lib/view/comparison-html';
import { layoutComparison } from '@/lib/view/comparison-layout';
import { cellMarks } from '@/lib/view/marks';
import { rowCarrierKeys } from '@/lib/view/comparison-source';
import { basePath } from '@/lib/site/base-path.mjs';
import type { ComparisonIslandProps } from '@/lib/client/comparison';
import { ComparisonControls } from './ComparisonControls';
import { IslandScript } from '../IslandScript';

/**
 * The side-by-side comparison. The server draws it for the view the page opens with (the opening base and columns,
 * marks included), so the page reads without scripts; its island script (lib/client/comparison.ts) adds the controls
 * and draws any other view the reader asks for from the event's data file: another base, other outlets, differences
 * only, folded passages, two outlets alone (?pair=…). A selected row (#r<N>) and the share link (?base=…&hide=…)
 * work on either. The body is one HTML string (lib/view/comparison-html.ts), the same writer the island uses.
 */
export function Comparison({
  model,
  defaultVisible,
  defaultBase,
}: {
  model: Model;
  /** Columns shown before the reader chooses. */
  defaultVisible: string[];
  defaultBase: string;
}) {
  const layout = layoutComparison(
    model,
    {
      base: defaultBase,
      visible: defaultVisible,
      differencesOnly: false,
      fold: false,
      opened: [],
      selected: null,
    },
    cellMarks,
  );
  const props: ComparisonIslandProps = {
    columns: model.columns,
    carriers: rowCarrierKeys(model),
    dataUrl: `${basePath()}/data/events/${encodeURIComponent(model.eventId)}.json`,
    openingBase: layout.base,
    openingVisible: defaultVisible,
    basePath: basePath(),
  };
  // A story only one outlet told: no base, no marks, no controls; the page still lists its passages.
  const single = model.columns.length < 2;
  return (
    <>
      <div
        className={single ? 'cmp cmp-single' : 'cmp'}
        style={{ '--cols': defaultVisible.length } as CSSProperties}
        data-island="comparison"
        data-props={JSON.stringify(props)}
      >
        {single && (
          <p className="kicker">
            Only {model.columns[0]?.outlet.name ?? 'one outlet'} covered this story in the corpus: there is
            nothing to compare yet, so its sentences are listed as printed.
          </p>
        )}
        <p className="kicker" data-pair-view="" hidden>
          <strong />: two outlets side by side. <a href="">See every outlet that covered this story</a>
        </p>
        {!single && (
          <ComparisonControls columns={model.columns} base={layout.base} visible={defaultVisible} />
        )}
        <div
          className="cmp-body"
          dangerouslySetInnerHTML={{ __html: comparisonBodyHtml(layout, basePath()) }}
        />
      </div>
      <IslandScript name="comparison" />
    </>
  );
}
