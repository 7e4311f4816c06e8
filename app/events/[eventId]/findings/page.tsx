import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InsightsPanel } from '@/components/insights/InsightsPanel';
import { PageLink } from '@/components/PageLink';
import { basePath } from '@/lib/site/base-path.mjs';
import { allEvents, getEvent, getEventArticles } from '@/lib/site/data';
import type { Event } from '@/lib/types';
import { eventPageParts } from '@/lib/view/event';
import type { InsightsView } from '@/lib/view/insights';
import { hasFindingsPage } from '@/lib/view/insights-html';
import { formatDay } from '@/lib/view/listing';
import { staticParams } from '@/lib/view/params';

/*
 * `/events/<id>/findings/`: every finding of a wide event, the lists its event page shows only the first of (see
 * PanelPlace in lib/view/insights-html.ts). Only events whose panel folds more than WIDE_FINDINGS have one.
 */

export const dynamicParams = false;

function findingsOf(event: Event): InsightsView {
  return eventPageParts(event, getEventArticles(event)).insights;
}

export function generateStaticParams() {
  // Every event in full, one at a time (lib/site/data.ts): whether a page of all findings is wanted is the view's call.
  const wide: string[] = [];
  for (const { event, articles } of allEvents())
    if (hasFindingsPage(eventPageParts(event, articles).insights)) wide.push(event.id);
  return staticParams('eventId', wide);
}

type Props = { params: Promise<{ eventId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = getEvent((await params).eventId);
  if (!event) return { title: 'Not found' };
  return {
    title: `All findings: ${event.title}`,
    description: `Every difference Parallax found between the outlets that told ${event.title} (${formatDay(event.date)}).`,
  };
}

export default async function FindingsRoute({ params }: Props) {
  const event = getEvent((await params).eventId);
  if (!event) notFound();
  const findings = findingsOf(event);
  if (!hasFindingsPage(findings)) notFound();
  const eventPath = `/events/${encodeURIComponent(event.id)}/`;
  return (
    <main id="main" className="page page-wide">
      <header className="event-header">
        <p className="kicker">
          <time dateTime={event.date ?? undefined}>{formatDay(event.date)}</time> · every finding
        </p>
        <h1 className="page-title">{event.title}</h1>
        <p>
          <PageLink href={eventPath}>Back to the comparison</PageLink>: each passage number below opens it
          there.
        </p>
      </header>
      <InsightsPanel view={findings} place={{ rowsPage: `${basePath()}${eventPath}` }} />
    </main>
  );
}
