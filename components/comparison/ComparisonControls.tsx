import type { Column } from '@/lib/view/comparison';
import { colourStyle } from '../OutletChip';

/**
 * The comparison's toolbar as the page opens: base outlet, shown outlets, the two row filters, the share button and a
 * status line. Server markup only: the island script (lib/client/comparison.ts) finds each control by its
 * `data-control` / `data-outlet`, keeps it in step with the reader's choices and shows the toolbar once it runs. Laid
 * out hidden, so the rows do not move when it appears; without scripts it is not shown at all (`data-needs-js`).
 */
export function ComparisonControls({
  columns,
  base,
  visible,
}: {
  columns: readonly Column[];
  base: string;
  visible: readonly string[];
}) {
  const shown = columns.filter((c) => visible.includes(c.key));
  return (
    <div
      className="controls"
      aria-label="Comparison controls"
      role="group"
      data-needs-js=""
      style={{ visibility: 'hidden' }}
      inert
    >
      <label>
        Mark differences against{' '}
        <select data-control="base" defaultValue={base} aria-label="Base outlet">
          {shown.map((c) => (
            <option key={c.key} value={c.key}>
              {c.outlet.name}
            </option>
          ))}
        </select>
      </label>
      {columns.length > 2 && (
        <fieldset className="outlet-picker">
          <legend>Outlets</legend>
          {columns.map((c) => (
            <label key={c.key} className="oc" style={colourStyle(c.colour)}>
              <input
                type="checkbox"
                data-outlet={c.key}
                defaultChecked={visible.includes(c.key)}
                disabled={visible.length === 1 && visible.includes(c.key)}
              />
              {c.outlet.name}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        <input type="checkbox" data-control="differences-only" />
        Differences only
      </label>
      <label>
        <input type="checkbox" data-control="fold" />
        Fold passages only one outlet carried
      </label>
      <button type="button" className="button" data-control="share">
        Share this view
      </button>
      <span role="status" aria-live="polite" className="muted" />
    </div>
  );
}
