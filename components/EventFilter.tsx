'use client';

import { useRef, useState, type ReactNode } from 'react';
import { useHydrated } from './useHydrated';

/**
 * The home page's outlet filter and date jump, around the list the server rendered (`children`). Choosing an outlet
 * hides the events it did not cover (their `data-outlets`) and the days left empty, with the `hidden` attribute: the
 * list itself is never rendered again in the browser.
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
  const ready = useHydrated();
  const [outlet, setOutlet] = useState('');
  const [shown, setShown] = useState<{ days: Set<string>; count: number } | null>(null);
  const list = useRef<HTMLDivElement>(null);

  const filter = (id: string) => {
    setOutlet(id);
    const days = new Set<string>();
    let count = 0;
    for (const section of list.current?.querySelectorAll<HTMLElement>('section.day') ?? []) {
      let any = false;
      for (const item of section.querySelectorAll<HTMLElement>('li.event-item')) {
        const match = id === '' || (item.dataset.outlets ?? '').split(' ').includes(id);
        item.hidden = !match;
        if (match) {
          any = true;
          count++;
        }
      }
      section.hidden = !any;
      const anchor = section.getAttribute('aria-labelledby');
      if (any && anchor) days.add(anchor);
    }
    setShown(id === '' ? null : { days, count });
  };

  const count = shown?.count ?? total;
  return (
    <div ref={list}>
      {/* Laid out from the start, shown once scripts run: the list does not jump down when the controls appear. */}
      <div
        className="toolbar"
        role="search"
        aria-label="Filter events"
        style={ready ? undefined : { visibility: 'hidden' }}
        inert={!ready}
      >
        <label>
          Outlet{' '}
          <select value={outlet} onChange={(e) => filter(e.target.value)}>
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
          <select
            value=""
            onChange={(e) => {
              const el = document.getElementById(e.target.value);
              if (el) el.scrollIntoView({ block: 'start' });
            }}
          >
            <option value="">Choose a day</option>
            {days
              .filter((d) => !shown || shown.days.has(d.anchor))
              .map((d) => (
                <option key={d.anchor} value={d.anchor}>
                  {d.label}
                </option>
              ))}
          </select>
        </label>
        <span className="muted" role="status">
          {count} {count === 1 ? 'event' : 'events'}
        </span>
      </div>
      {children}
    </div>
  );
}
