'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { Day } from '@/lib/view/listing';
import type { OutletChip as Chip } from '@/lib/view/listing';
import { OutletChip } from './OutletChip';
import { useHydrated } from './useHydrated';

/** A day's anchor id: `d-2022-03-11`, `d-undated`. */
export function dayAnchor(date: string | null): string {
  return `d-${date ?? 'undated'}`;
}

/**
 * The home page list: events grouped by day with sticky day headers. The outlet filter and the date jump are added
 * once scripts run; without them every event is listed.
 */
export function EventList({ days, outlets }: { days: (Day & { label: string })[]; outlets: Chip[] }) {
  const ready = useHydrated();
  const [outlet, setOutlet] = useState('');

  const shown = days
    .map((day) => ({
      ...day,
      events: outlet === '' ? day.events : day.events.filter((e) => e.outlets.some((o) => o.id === outlet)),
    }))
    .filter((day) => day.events.length > 0);
  const count = shown.reduce((n, d) => n + d.events.length, 0);

  return (
    <div>
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
          <select value={outlet} onChange={(e) => setOutlet(e.target.value)}>
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
            {shown.map((d) => (
              <option key={dayAnchor(d.date)} value={dayAnchor(d.date)}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <span className="muted" role="status">
          {count} {count === 1 ? 'event' : 'events'}
        </span>
      </div>
      {shown.map((day) => (
        <section key={dayAnchor(day.date)} className="day" aria-labelledby={dayAnchor(day.date)}>
          <h2 className="day-header" id={dayAnchor(day.date)}>
            {day.label}
          </h2>
          <ul className="event-list">
            {day.events.map((e) => (
              <li key={e.id} className="event-item">
                <h3 className="event-title">
                  {/* Not prefetched: a list of thousands would fetch every event's payload as it scrolls by. */}
                  <Link href={`/events/${e.id}/`} prefetch={false}>
                    {e.title}
                  </Link>
                </h3>
                <div className="event-meta">
                  <ul className="chips" aria-label="Outlets">
                    {e.outlets.map((o) => (
                      <li key={o.id}>
                        <OutletChip name={o.name} colour={o.colour} />
                      </li>
                    ))}
                  </ul>
                  <span>
                    {e.articleCount} {e.articleCount === 1 ? 'article' : 'articles'}
                  </span>
                  <span>
                    {e.share !== null && (
                      <span className="meter" aria-hidden="true">
                        <span style={{ width: `${Math.round(e.share * 100)}%` }} />
                      </span>
                    )}{' '}
                    {e.agreement}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
