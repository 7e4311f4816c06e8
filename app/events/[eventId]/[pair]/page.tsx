import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EventPage } from '@/components/EventPage';
import { getArticle, getEvent, getIndex } from '@/lib/site/data';
import { eventView, pairView } from '@/lib/view/event';
import { formatDay } from '@/lib/view/listing';
import { PLACEHOLDER_PARAM } from '@/lib/view/params';
import type { Article } from '@/lib/types';

export const dynamicParams = false;

export function generateStaticParams() {
  const index = getIndex();
  const params = index.events.flatMap((event) => {
    const articles = articlesOf(event.articleIds);
    return eventView(event, articles).pairs.map((p) => ({ eventId: event.id, pair: p.slug }));
  });
  return params.length > 0 ? params : [{ eventId: PLACEHOLDER_PARAM, pair: PLACEHOLDER_PARAM }];
}

type Props = { params: Promise<{ eventId: string; pair: string }> };

function articlesOf(ids: readonly string[]): Article[] {
  return ids.map((id) => getArticle(id)).filter((a): a is Article => a !== undefined);
}

function load(eventId: string, pair: string) {
  const event = getEvent(eventId);
  if (!event) return undefined;
  const view = pairView(event, articlesOf(event.articleIds), pair);
  return view ? { event, view } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { eventId, pair } = await params;
  const found = load(eventId, pair);
  if (!found) return { title: 'Not found' };
  const label = found.view.pairs[0]?.label ?? pair;
  const description = `${found.event.title} (${formatDay(found.event.date)}): ${label}, compared sentence by sentence.`;
  return {
    title: `${label}: ${found.event.title}`,
    description,
    openGraph: { title: `${label}: ${found.event.title}`, description, type: 'article' },
  };
}

export default async function PairRoute({ params }: Props) {
  const { eventId, pair } = await params;
  const found = load(eventId, pair);
  if (!found) notFound();
  return <EventPage view={found.view} pair={found.view.pairs[0]?.label} />;
}
