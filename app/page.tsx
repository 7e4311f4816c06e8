import type { Metadata } from 'next';
import { PageLink } from '@/components/PageLink';
import { EventList } from '@/components/EventList';
import { getIndex } from '@/lib/site/data';
import { allOutlets, eventsByDay, formatDay, colouredOutlet } from '@/lib/view/listing';

export function generateMetadata(): Metadata {
  const index = getIndex();
  const outlets = allOutlets(index.articles).map((o) => o.name);
  const description = `${index.events.length} news events told by ${outlets.length} outlets${
    outlets.length > 0 ? ` (${outlets.slice(0, 8).join(', ')}${outlets.length > 8 ? ', …' : ''})` : ''
  }, compared sentence by sentence.`;
  return {
    title: { absolute: 'Parallax: how outlets told the same story' },
    description,
    openGraph: { title: 'Parallax', description },
  };
}

export default function Home() {
  const index = getIndex();
  const days = eventsByDay(index.events, index.articles);
  const outlets = allOutlets(index.articles).map(colouredOutlet);
  return (
    <main id="main" className="page">
      <h1 className="page-title">The same news, told by different outlets</h1>
      <p className="lede">
        Pick a story to read its versions side by side, sentence aligned to sentence: words one outlet changed
        are marked, and what only one outlet reported is set apart.
      </p>
      {days.length === 0 ? (
        <p>
          No events yet: the corpus is empty. See <PageLink href="/corpus/">the corpus page</PageLink> for
          what was read.
        </p>
      ) : (
        <EventList days={days.map((d) => ({ ...d, label: formatDay(d.date) }))} outlets={outlets} />
      )}
    </main>
  );
}
