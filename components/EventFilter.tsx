import type { ReactNode } from 'react';
import { IslandScript } from './IslandScript';

/**
 * The home page's outlet filter and date jump, around the list the server rendered (`children`). Server markup only:
 * the island script (lib/client/event-filter.ts) hides, with the `hidden` attribute, the events an outlet did not
 * cover (their `data-outlets`) and the days left empty; the list itself is never rendered again in the browser. The
 * toolbar is laid out hidden, so the list does not jump down when it appears, and without scripts it is not shown at
 * all (`data-needs-js`).
 */
export function EventFilter({
  outlets,
  days,
  total,
  children,
}: {
  outlets: { id: string; name: string }[];
  /** Every day of the list, in order: its anchor id and label. */
  days: { anchor: string; label: string }[];
  total: number;
  children: ReactNode;
}) {
  return (
    <div data-island="event-filter">
      <div
        className="toolbar"
        role="search"
        aria-label="Filter events"
        data-needs-js=""
        style={{ visibility: 'hidden' }}
        inert
      >
        <label>
          Outlet{' '}
          <select data-control="outlet" defaultValue="">
            <option value="">All outlets</option>
            {outlets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Jump to date{' '}
          <select data-control="day" defaultValue="">
            <option value="">Choose a day</option>
            {days.map((d) => (
              <option key={d.anchor} value={d.anchor}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" role="status">
          {total} {total === 1 ? 'event' : 'events'}
        </span>
      </div>
      {children}
      <IslandScript name="event-filter" />
    </div>
  );
}
