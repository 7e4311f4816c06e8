import { basePath } from '@/lib/site/base-path.mjs';
/**
 * Links to one event's data files (docs/data.md), written by scripts/postbuild.ts. Plain anchors with the base path
 * added here: they are files, not pages, so next/link's client navigation does not apply.
 */
export function EventDownloads({ eventId }: { eventId: string }) {
  const base = basePath();
  const file = `${base}/data/events/${encodeURIComponent(eventId)}`;
  return (
    <p className="event-downloads text-sm text-[var(--muted)]">
      Download data:{' '}
      <a href={`${file}.csv`} download>
        rows as CSV
      </a>{' '}
      ·{' '}
      <a href={`${file}.json`} download>
        event as JSON
      </a>{' '}
      · <a href={`${base}/data/index.json`}>all events (JSON)</a>
    </p>
  );
}
