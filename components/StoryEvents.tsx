import { basePath } from '@/lib/site/base-path.mjs';
import { formatDay } from '@/lib/view/listing';
import type { StoryEventItem } from '@/lib/view/story';

/**
 * A list of a story's events: date, title (a plain link: a story can hold dozens of events, and each next/link would
 * be hydrated and prefetched), the outlets that covered it, and, on the timeline, what the event added.
 */
export function StoryEvents({
  events,
  current,
}: {
  events: (StoryEventItem & { change?: string })[];
  /** The event whose page this is: named, not linked. */
  current?: string;
}) {
  return (
    <ol className="m-0 list-none p-0">
      {events.map((e) => (
        <li key={e.id} className="border-b border-[var(--rule)] py-3">
          <p className="kicker m-0">
            <time dateTime={e.date ?? undefined}>{formatDay(e.date)}</time>
            {' · '}
            {e.outlets.map((o) => o.name).join(', ')}
          </p>
          <p className="m-0 font-semibold">
            {e.id === current ? (
              <span aria-current="page">{e.title}</span>
            ) : (
              <a href={`${basePath()}/events/${e.id}/`} className="inline-block min-h-6 py-0.5">
                {e.title}
              </a>
            )}
          </p>
          {e.change && <p className="m-0 mt-1 max-w-[44rem]">{e.change}</p>}
        </li>
      ))}
    </ol>
  );
}
