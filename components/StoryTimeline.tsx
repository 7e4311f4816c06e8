import type { StoryTimelineView } from '@/lib/view/story';
import { formatDay } from '@/lib/view/listing';
import { StoryEvents } from './StoryEvents';

/** A story's page: its title, its span, and its events as a timeline, each with its outlets and what it added. */
export function StoryTimeline({ view }: { view: StoryTimelineView }) {
  const first = view.events[0]?.date ?? null;
  const last = view.events[view.events.length - 1]?.date ?? null;
  return (
    <main id="main" className="page">
      <p className="kicker">
        Story · {view.events.length} events · {formatDay(first)}
        {last !== first && <> to {formatDay(last)}</>}
      </p>
      <h1 className="page-title">{view.title}</h1>
      <p className="lede">
        Each event as the outlets told it, oldest first, with what it reported that the earlier ones did not.
      </p>
      <section aria-labelledby="timeline">
        <h2 id="timeline" className="section-title">
          Timeline
        </h2>
        <StoryEvents events={view.events} />
      </section>
    </main>
  );
}
