import type { Metadata } from 'next';
import { MovedNotice } from '@/components/MovedNotice';
import { notFound } from 'next/navigation';
import { EventPage } from '@/components/EventPage';
import { getEvent, getEventArticles, getIndex } from '@/lib/site/data';
import { aliasTarget, eventPageParts, eventPaths } from '@/lib/view/event';
import { formatDay } from '@/lib/view/listing';
import type { Event } from '@/lib/types';
import { staticParams } from '@/lib/view/params';

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('eventId', eventPaths(getIndex()));
}

type Props = { params: Promise<{ eventId: string }> };

function outletNames(event: Pick<Event, 'id'>): string[] {
  return [...new Set(getEventArticles(event).map((a) => a.outlet.name))];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { eventId } = await params;
  const event = getEvent(eventId) ?? aliasTarget(getIndex(), eventId);
  if (!event) return { title: 'Not found' };
  const names = outletNames(event);
  const description = `${event.title} (${formatDay(event.date)}), as told by ${names.join(', ')}: compared sentence by sentence.`;
  return {
    title: event.title,
    description,
    openGraph: { title: `${event.title}: ${names.join(' vs ')}`, description, type: 'article' },
    ...(getEvent(eventId) ? {} : { robots: { index: false } }),
  };
}

export default async function EventRoute({ params }: Props) {
  const { eventId } = await params;
  const index = getIndex();
  const event = getEvent(eventId);
  if (!event) {
    const target = aliasTarget(index, eventId);
    if (!target) notFound();
    return <MovedNotice path={`/events/${target.id}/`} title={target.title} />;
  }
  const { view, insights } = eventPageParts(event, getEventArticles(event));
  return <EventPage view={view} insights={insights} />;
}
