import Link from 'next/link';
import { basePath } from '@/lib/site/base-path.mjs';
import type { EventPageView } from '@/lib/view/event';
import type { InsightsView } from '@/lib/view/insights';
import { pairLinksHtml } from '@/lib/view/insights-html';
import { formatDay } from '@/lib/view/listing';
import { Comparison } from './comparison/Comparison';
import { InsightsPanel } from './insights/InsightsPanel';
import { InsightsSummary } from './insights/InsightsSummary';
import { EventDownloads } from './offline/EventDownloads';
import { OutletChip } from './OutletChip';
import { StoryNeighbours } from './StoryNeighbours';

/**
 * Shared body of the event page and the pair page: heading, the summary strip and insights (event page only), the
 * comparison, the data downloads and the pair permalinks.
 */
export function EventPage({
  view,
  pair,
  insights,
}: {
  view: EventPageView;
  pair?: string;
  insights?: InsightsView;
}) {
  const { comparison } = view;
  const chips = (
    <ul className="chips" aria-label="Outlets in this comparison">
      {comparison.columns.map((c) => (
        <li key={c.key}>
          <OutletChip name={c.outlet.name} colour={c.colour} />
        </li>
      ))}
    </ul>
  );
  return (
    <main id="main" className="page page-wide">
      <header className="event-header">
        <p className="kicker">
          <time dateTime={comparison.date ?? undefined}>{formatDay(comparison.date)}</time> ·{' '}
          {comparison.columns.length} {comparison.columns.length === 1 ? 'outlet' : 'outlets'} ·{' '}
          {view.agreement}
        </p>
        <h1 className="page-title">
          {pair && <span className="sr-only">{pair}: </span>}
          {comparison.title}
        </h1>
        {comparison.columns.length > 8 ? (
          // Dozens of outlets would fill a phone screen with chips before the first sentence: fold them.
          <details>
            <summary className="kicker">All {comparison.columns.length} outlets in this story</summary>
            {chips}
          </details>
        ) : (
          chips
        )}
        {pair && (
          <p className="kicker">
            {pair}.{' '}
            <Link href={`/events/${comparison.eventId}/`}>See every outlet that covered this story</Link>
          </p>
        )}
      </header>
      {insights && <InsightsSummary view={insights} />}
      {insights && <InsightsPanel view={insights} />}
      {comparison.columns.length > view.defaultVisible.length && (
        <p className="kicker screen-only">
          Showing the {view.defaultVisible.length} fullest of {comparison.columns.length} outlets: choose
          others under Outlets, or open any two side by side from the list at the end.
        </p>
      )}
      <Comparison
        model={comparison}
        defaultVisible={view.defaultVisible}
        defaultBase={view.defaultBase}
        fixedColumns={pair !== undefined}
      />
      {!pair && <EventDownloads eventId={comparison.eventId} />}
      {!pair && <StoryNeighbours eventId={comparison.eventId} />}
      {!pair && view.pairs.length > 0 && (
        <nav className="pairs" aria-label="Pair comparisons">
          <details open={view.pairs.length <= 6}>
            <summary>Compare two outlets at a time ({view.pairs.length})</summary>
            {/* Plain anchors as one HTML string: a wide event lists hundreds of pairs, which as next/link
                components (or any element tree) the page would carry and hydrate while it loads. */}
            <ul
              dangerouslySetInnerHTML={{ __html: pairLinksHtml(comparison.eventId, view.pairs, basePath()) }}
            />
          </details>
        </nav>
      )}
    </main>
  );
}
