import type { Column } from '@/lib/view/comparison';
import { shownBase, type ComparisonAction, type ComparisonState } from '@/lib/view/comparison-state';
import { colourStyle } from '../OutletChip';

/** The comparison's toolbar: base outlet, shown outlets, the two row filters, the share button and a status line. */
export function ComparisonControls({
  columns,
  state,
  dispatch,
  onShare,
  onIntent,
  status,
}: {
  columns: readonly Column[];
  state: ComparisonState;
  dispatch: (action: ComparisonAction) => void;
  onShare: () => void;
  /** The reader is about to change the view: a chance to load what redraws it. */
  onIntent: () => void;
  status: string;
}) {
  const shown = columns.filter((c) => state.visible.includes(c.key));
  return (
    <div
      className="controls"
      aria-label="Comparison controls"
      role="group"
      onPointerOver={onIntent}
      onFocus={onIntent}
    >
      <label>
        Mark differences against{' '}
        <select
          value={shownBase(state)}
          onChange={(e) => dispatch({ type: 'choose-base', base: e.target.value })}
          aria-label="Base outlet"
        >
          {shown.map((c) => (
            <option key={c.key} value={c.key}>
              {c.outlet.name}
            </option>
          ))}
        </select>
      </label>
      {!state.pair && columns.length > 2 && (
        <fieldset className="outlet-picker">
          <legend>Outlets</legend>
          {columns.map((c) => (
            <label key={c.key} className="oc" style={colourStyle(c.colour)}>
              <input
                type="checkbox"
                checked={state.visible.includes(c.key)}
                onChange={() => dispatch({ type: 'toggle-outlet', key: c.key })}
                disabled={state.visible.length === 1 && state.visible.includes(c.key)}
              />
              {c.outlet.name}
            </label>
          ))}
        </fieldset>
      )}
      <label>
        <input
          type="checkbox"
          checked={state.differencesOnly}
          onChange={(e) => dispatch({ type: 'differences-only', on: e.target.checked })}
        />
        Differences only
      </label>
      <label>
        <input
          type="checkbox"
          checked={state.fold}
          onChange={(e) => dispatch({ type: 'fold', on: e.target.checked })}
        />
        Fold passages only one outlet carried
      </label>
      <button type="button" className="button" onClick={onShare}>
        Share this view
      </button>
      <span role="status" aria-live="polite" className="muted">
        {status}
      </span>
    </div>
  );
}
