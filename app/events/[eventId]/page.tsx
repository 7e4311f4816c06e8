import type { Metadata } from 'next';
import { MovedNotice } from '@/components/MovedNotice';
import { notFound } from 'next/navigation';
import { EventPage } from '@/components/EventPage';
import { getArticle, getEvent, getIndex } from '@/lib/site/data';
import type { Article } from '@/lib/types';
import { aliasTarget, eventPaths, eventView } from '@/lib/view/event';
import { insightsView } from '@/lib/view/insights';
import { formatDay } from '@/lib/view/listing';
import { staticParams } from '@/lib/view/params';

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('eventId', eventPaths(getIndex()));
}

type Props = { params: Promise<{ eventId: string }> };

function articlesOf(ids: readonly string[]): Article[] {
  return ids.map((id) => getArticle(id)).filter((a): a is Article => a !== undefined);
}

function outletNames(articleIds: readonly string[]): string[] {
  return [...new Set(articlesOf(articleIds).map((a) => a.outlet.name))];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { eventId } = await params;
  const event = getEvent(eventId) ?? aliasTarget(getIndex(), eventId);
  if (!event) return { title: 'Not found' };
  const names = outletNames(event.articleIds);
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
  const articles = articlesOf(event.articleIds);
  const view = eventView(event, articles);
  return (
    <EventPage
      view={view}
      insights={insightsView(event, articles, view.comparison.columns, view.defaultVisible)}
    />
  );
}
