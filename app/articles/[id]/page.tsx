import { PageLink } from '@/components/PageLink';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OutletChip } from '@/components/OutletChip';
import { getArticle, getEventsOfArticle, getIndex } from '@/lib/site/data';
import { blockSegments, uniqueSentences } from '@/lib/view/article';
import { relatedSentences } from '@/lib/view/comparison-related';
import { outletColour } from '@/lib/view/colour';
import { formatDay } from '@/lib/view/listing';
import { staticParams } from '@/lib/view/params';
import { safeHttpUrl } from '@/lib/view/url';

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams(
    'id',
    getIndex().articles.map((a) => a.id),
  );
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).id);
  if (!article) return { title: 'Not found' };
  const description = `${article.title}: the article as ${article.outlet.name} printed it${
    article.date ? ` on ${formatDay(article.date)}` : ''
  }, with what only ${article.outlet.name} reported marked.`;
  return {
    title: `${article.title} (${article.outlet.name})`,
    description,
    openGraph: { title: `${article.title} (${article.outlet.name})`, description, type: 'article' },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).id);
  if (!article) notFound();
  const events = getEventsOfArticle(article.id);
  // What no other outlet carried as such splits in two: told differently elsewhere (the related tier), and only here.
  const elsewhere = relatedSentences(article.id, events, { get: (id: string) => getArticle(id) });
  const unique = new Set([...uniqueSentences(article.id, events)].filter((s) => !elsewhere.has(s)));
  const toldElsewhere = new Set([...uniqueSentences(article.id, events)].filter((s) => elsewhere.has(s)));
  const url = safeHttpUrl(article.url);
  const compared = events.some((e) => e.articleIds.length > 1);

  return (
    <main id="main" className="page">
      <p className="kicker">
        <OutletChip name={article.outlet.name} colour={outletColour(article.outlet.id)} />{' '}
        {article.publisher && (
          <>
            published by{' '}
            <PageLink href={`/outlets/${article.publisher.id}/`}>{article.publisher.name}</PageLink> ·{' '}
          </>
        )}
        <time dateTime={article.date ?? undefined}>{formatDay(article.date)}</time>
      </p>
      <h1 className="page-title">{article.title}</h1>
      <p className="kicker">
        {article.titleSource === 'derived' && 'No headline in the source: title taken from the text. '}
        <PageLink href={`/outlets/${article.outlet.id}/`}>More from {article.outlet.name}</PageLink>
        {url && (
          <>
            {' · '}
            <a href={url} rel="noopener noreferrer nofollow">
              Original article
            </a>
          </>
        )}
      </p>
      {events.length > 0 && (
        <nav aria-label="Comparisons" className="kicker">
          Compare:{' '}
          {events.map((e, i) => (
            <span key={e.id}>
              {i > 0 && ' · '}
              <PageLink href={`/events/${e.id}/`}>{e.title}</PageLink> ({e.articleIds.length}{' '}
              {e.articleIds.length === 1 ? 'article' : 'articles'})
            </span>
          ))}
        </nav>
      )}
      {compared && unique.size + toldElsewhere.size > 0 && (
        <p className="legend">
          <span>
            <mark className="only-here">Highlighted</mark>: sentences only {article.outlet.name} carried (
            {unique.size} of {article.sentences.length}).
          </span>
          {toldElsewhere.size > 0 && (
            <span>
              <mark className="told-elsewhere">≈ Dashed</mark>: sentences other outlets told differently (
              {toldElsewhere.size}), each linked to their passage.
            </span>
          )}
        </p>
      )}
      <article className="article-body">
        {article.blocks.map((block, b) =>
          block.kind === 'heading' ? (
            <h2 key={b}>{block.text}</h2>
          ) : (
            <p key={b}>
              {blockSegments(block, b, article, unique).map((seg, s) =>
                seg.sentence !== undefined && toldElsewhere.has(seg.sentence) ? (
                  <span key={s}>
                    <mark className="told-elsewhere">{seg.text}</mark>{' '}
                    <span className="muted">
                      ≈{' '}
                      {elsewhere.get(seg.sentence)!.map((r, k) => (
                        <span key={k}>
                          {k > 0 && ', '}
                          <PageLink href={`/events/${r.eventId}/#r${r.n}`}>
                            {r.outlet} tells this differently (¶{r.n}
                            {r.shared.length > 0 ? `; shared: ${r.shared.join(', ')}` : ''})
                          </PageLink>
                        </span>
                      ))}
                    </span>
                  </span>
                ) : seg.unique ? (
                  <mark
                    key={s}
                    className="only-here"
                    title={`Only ${article.outlet.name} carried this sentence`}
                  >
                    {seg.text}
                  </mark>
                ) : (
                  <span key={s}>{seg.text}</span>
                ),
              )}
            </p>
          ),
        )}
      </article>
      {article.warnings.length > 0 && (
        <section>
          <h2 className="section-title">Import warnings</h2>
          <ul>
            {article.warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </section>
      )}
      <details className="removed">
        <summary>
          Removed while importing ({article.removed.length}{' '}
          {article.removed.length === 1 ? 'passage' : 'passages'})
        </summary>
        {article.removed.length === 0 ? (
          <p>Nothing was removed from this article.</p>
        ) : (
          <ul>
            {article.removed.map((r, i) => (
              <li key={i}>
                <span className="reason">{r.reason}</span>
                <span>{r.text}</span>
              </li>
            ))}
          </ul>
        )}
        <p className="muted">Source file: {article.file}</p>
      </details>
    </main>
  );
}
