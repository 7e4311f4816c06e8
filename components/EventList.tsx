import { PageLink } from './PageLink';
import type { ColouredOutlet, Day } from '@/lib/view/listing';
import { EventFilter } from './EventFilter';
import { OutletChip } from './OutletChip';
import { StorySize } from './StorySize';

/** A day's anchor id: `d-2022-03-11`, `d-undated`. */
export function dayAnchor(date: string | null): string {
  return `d-${date ?? 'undated'}`;
}

/**
 * The home page list: events grouped by day with sticky day headers, rendered on the server. Each event names its
 * outlets in `data-outlets`, which the EventFilter island reads to filter the list; without scripts every event is
 * listed.
 */
export function EventList({
  days,
  outlets,
}: {
  days: (Day & { label: string })[];
  outlets: ColouredOutlet[];
}) {
  return (
    <EventFilter
      outlets={outlets.map(({ id, name }) => ({ id, name }))}
      days={days.map((d) => ({ anchor: dayAnchor(d.date), label: d.label }))}
      total={days.reduce((n, d) => n + d.events.length, 0)}
    >
      {days.map((day) => (
        <section key={dayAnchor(day.date)} className="day" aria-labelledby={dayAnchor(day.date)}>
          <h2 className="day-header" id={dayAnchor(day.date)}>
            {day.label}
          </h2>
          <ul className="event-list">
            {day.events.map((e) => (
              <li key={e.id} className="event-item" data-outlets={e.outlets.map((o) => o.id).join(' ')}>
                <h3 className="event-title">
                  {/* Not prefetched: a list of thousands would fetch every event's payload as it scrolls by. */}
                  <PageLink href={`/events/${e.id}/`}>{e.title}</PageLink>
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
                  <StorySize eventId={e.id} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </EventFilter>
  );
}
