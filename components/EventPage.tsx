import { PageLink } from './PageLink';
import { basePath } from '@/lib/site/base-path.mjs';
import type { EventPageView } from '@/lib/view/event';
import type { InsightsView } from '@/lib/view/insights';
import { hasFindingsPage, outletOptionsHtml, pairLinksHtml } from '@/lib/view/insights-html';
import { formatDay } from '@/lib/view/listing';
import { Comparison } from './comparison/Comparison';
import { InsightsPanel } from './insights/InsightsPanel';
import { InsightsSummary } from './insights/InsightsSummary';
import { EventDownloads } from './offline/EventDownloads';
import { OutletChip } from './OutletChip';
import { StoryNeighbours } from './StoryNeighbours';

/** Pairs an event lists as links; past this, one picker (a list of hundreds of links is no way to choose). */
const PAIR_LINKS = 6;

/**
 * The event page: heading, the summary strip and insights, the comparison (whose script also draws any two outlets
 * alone, `?pair=a-vs-b`), the data downloads, the story's neighbours and the pair permalinks.
 */
export function EventPage({ view, insights }: { view: EventPageView; insights?: InsightsView }) {
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
        <h1 className="page-title">{comparison.title}</h1>
        {comparison.columns.length > 8 ? (
          // Dozens of outlets would fill a phone screen with chips before the first sentence: fold them.
          <details>
            <summary className="kicker">All {comparison.columns.length} outlets in this story</summary>
            {chips}
          </details>
        ) : (
          chips
        )}
      </header>
      {insights && <InsightsSummary view={insights} />}
      {insights && (
        <InsightsPanel
          view={insights}
          place={
            hasFindingsPage(insights)
              ? { allFindings: `${basePath()}/events/${encodeURIComponent(comparison.eventId)}/findings/` }
              : {}
          }
        />
      )}
      {comparison.columns.length > view.defaultVisible.length && (
        <p className="kicker screen-only">
          Showing the {view.defaultVisible.length} fullest of {comparison.columns.length} outlets: choose
          others under Outlets, or open any two side by side from the list at the end.
        </p>
      )}
      {comparison.columns.length > view.defaultVisible.length && (
        <noscript>
          <p className="kicker">
            Without scripts this page shows only those {view.defaultVisible.length}, and a link to two outlets
            side by side opens this view. Every outlet&apos;s full text:{' '}
            {comparison.columns.map((c, i) => (
              <span key={c.key}>
                {i > 0 && ', '}
                <PageLink href={`/articles/${c.articleId}/`}>{c.outlet.name}</PageLink>
              </span>
            ))}
            .
          </p>
        </noscript>
      )}
      <Comparison model={comparison} defaultVisible={view.defaultVisible} defaultBase={view.defaultBase} />
      <EventDownloads eventId={comparison.eventId} />
      <StoryNeighbours eventId={comparison.eventId} />
      {view.pairs.length > 0 && view.pairs.length <= PAIR_LINKS && (
        <nav className="pairs" aria-label="Pair comparisons">
          <h2 className="kicker">Compare two outlets at a time</h2>
          {/* Plain anchors as one HTML string: nothing for React to hydrate. */}
          <ul
            dangerouslySetInnerHTML={{ __html: pairLinksHtml(comparison.eventId, view.pairs, basePath()) }}
          />
        </nav>
      )}
      {view.pairs.length > PAIR_LINKS && (
        // Two lists of outlets the browser submits to this page itself (`?a=…&b=…`; no action: the same URL, http or
        // file://), read as the pair view: a list of every pair would be hundreds of options (1,035 for 46 outlets).
        <form className="pairs" method="get">
          <fieldset>
            <legend className="kicker">Compare two outlets side by side</legend>
            {(['a', 'b'] as const).map((name, i) => (
              <span key={name}>
                {i > 0 && ' vs '}
                <label>
                  <span className="sr-only">{i === 0 ? 'First' : 'Second'} outlet</span>
                  <select
                    name={name}
                    dangerouslySetInnerHTML={{ __html: outletOptionsHtml(comparison.columns, i) }}
                  />
                </label>{' '}
              </span>
            ))}
            <button type="submit" className="button">
              Open
            </button>
          </fieldset>
        </form>
      )}
    </main>
  );
}
