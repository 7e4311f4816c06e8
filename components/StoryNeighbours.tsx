import { basePath } from '@/lib/site/base-path.mjs';
import { getIndex } from '@/lib/site/data';
import { storyNeighbours } from '@/lib/view/story';
import { StoryEvents } from './StoryEvents';

/**
 * "Earlier in this story" / "Later in this story" on an event page: the other events of the event's story, with dates,
 * titles and outlets, and a link to the story's timeline. Renders nothing for an event in no story. A server component
 * that reads the index itself, so the event page needs one line to show it; it sends no script to the browser.
 */
export function StoryNeighbours({ eventId }: { eventId: string }) {
  const view = storyNeighbours(getIndex(), eventId);
  if (!view) return null;
  return (
    <nav aria-labelledby="story-neighbours" className="mt-8 max-w-[48rem]">
      <h2 id="story-neighbours" className="section-title">
        Part of a story of {view.size} events:{' '}
        <a href={`${basePath()}/stories/${view.storyId}/`}>{view.storyTitle}</a>
      </h2>
      {(
        [
          ['story-earlier', 'Earlier in this story', view.earlier],
          ['story-later', 'Later in this story', view.later],
        ] as const
      ).map(([id, heading, events]) =>
        events.length > 0 ? (
          <section key={id} aria-labelledby={id}>
            <h3 id={id} className="mt-4 font-semibold">
              {heading}
            </h3>
            <StoryEvents events={events} />
          </section>
        ) : null,
      )}
    </nav>
  );
}
