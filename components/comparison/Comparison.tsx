import type { Comparison as Model } from '@/lib/view/comparison';
import { layoutComparison } from '@/lib/view/comparison-layout';
import { cellMarks } from '@/lib/view/marks';
import { rowCarrierKeys } from '@/lib/view/comparison-source';
import { basePath } from '@/lib/site/base-path.mjs';
import { ComparisonBody } from './ComparisonBody';
import { ComparisonIsland } from './ComparisonIsland';

/**
 * The side-by-side comparison. The server draws it for the view the page opens with (the opening base and columns,
 * marks included), so the page reads without scripts and its rows cost the browser no rendering; the island around
 * them adds the controls and draws any other view the reader asks for: another base, other outlets, differences
 * only, folded passages, two outlets alone (?pair=…). A selected row (#r<N>) and the share link (?base=…&hide=…)
 * work on either.
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
  return (
    <ComparisonIsland
      columns={model.columns}
      carriers={rowCarrierKeys(model)}
      dataUrl={`${basePath()}/data/events/${encodeURIComponent(model.eventId)}.json`}
      openingBase={layout.base}
      openingVisible={defaultVisible}
    >
      <ComparisonBody layout={layout} />
    </ComparisonIsland>
  );
}
