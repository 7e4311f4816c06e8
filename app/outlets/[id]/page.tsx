import { PageLink } from '@/components/PageLink';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OutletChip } from '@/components/OutletChip';
import { getIndex, getListedEventsOfArticle } from '@/lib/site/data';
import { outletColour } from '@/lib/view/colour';
import { allOutlets, formatDay, outletArticles } from '@/lib/view/listing';
import { staticParams } from '@/lib/view/params';

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(
    'id',
    allOutlets(getIndex().articles).map((o) => o.id),
  );
}

type Props = { params: Promise<{ id: string }> };

function findOutlet(id: string) {
  return allOutlets(getIndex().articles).find((o) => o.id === id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const outlet = findOutlet((await params).id);
  if (!outlet) return { title: 'Not found' };
  const count = outletArticles(outlet.id, getIndex().articles).length;
  const description = `What ${outlet.name} covered: ${count} ${count === 1 ? 'article' : 'articles'}, by date, each compared with other outlets' telling.`;
  return { title: outlet.name, description, openGraph: { title: outlet.name, description } };
}

export default async function OutletPage({ params }: Props) {
  const outlet = findOutlet((await params).id);
  if (!outlet) notFound();
  const index = getIndex();
  const articles = outletArticles(outlet.id, index.articles);
  return (
    <main id="main" className="page">
      <p className="kicker">
        <OutletChip name={outlet.name} colour={outletColour(outlet.id)} />
      </p>
      <h1 className="page-title">What {outlet.name} covered</h1>
      <p className="lede">
        {articles.length} {articles.length === 1 ? 'article' : 'articles'}, newest first.
      </p>
      <ul className="plain-list">
        {articles.map((a) => (
          <li key={a.id}>
            <span className="muted">
              <time dateTime={a.date ?? undefined}>{formatDay(a.date)}</time>
              {a.outlet.id !== outlet.id && ` · by ${a.outlet.name}`}
              {a.publisher && a.publisher.id !== outlet.id && ` · published by ${a.publisher.name}`}
            </span>
            <br />
            <PageLink href={`/articles/${a.id}/`}>{a.title}</PageLink>
            {getListedEventsOfArticle(a.id)
              .filter((e) => e.articleIds.length > 1)
              .map((e) => (
                <span key={e.id}>
                  {' · '}
                  <PageLink href={`/events/${e.id}/`}>compare with {e.articleIds.length - 1} more</PageLink>
                </span>
              ))}
          </li>
        ))}
      </ul>
    </main>
  );
}
