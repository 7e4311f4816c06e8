import { basePath } from '@/lib/site/base-path.mjs';
import { getIndex } from '@/lib/site/data';
import { storySize } from '@/lib/view/story';

/**
 * For the home list: how many events the event's story holds, linking to its timeline; nothing for an event in no
 * story. Reads the index itself (a server component), so the list needs one line to show it.
 */
export function StorySize({ eventId }: { eventId: string }) {
  const story = storySize(getIndex(), eventId);
  if (!story) return null;
  return (
    <a href={`${basePath()}/stories/${story.storyId}/`} className="inline-block min-h-6 py-0.5">
      Story of {story.size} events
    </a>
  );
}
