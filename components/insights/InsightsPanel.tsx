import { basePath } from '@/lib/site/base-path.mjs';
import { insightGroupsHtml, type PanelPlace } from '@/lib/view/insights-html';
import type { InsightsView } from '@/lib/view/insights';

/**
 * The insights panel: what lib/insights found, grouped by kind (copied text, quotes, figures, names, word choice), one
 * line each with the printed words marked and links to the rows. Long lists fold after a few; all of it is
 * server-rendered, so it reads without scripts. The groups are one HTML string (lib/view/insights-html.ts, every
 * corpus word escaped there): nothing in them changes in the browser. `place` says whether this is a wide event's page,
 * whose folded findings are on the page of all findings, or that page itself (PanelPlace).
 */
export function InsightsPanel({ view, place = {} }: { view: InsightsView; place?: PanelPlace }) {
  if (view.groups.length === 0) return null;
  return (
    <section className="insights" aria-labelledby="insights-title">
      <h2 id="insights-title" className="section-title">
        How the outlets differ
      </h2>
      <div
        className="insight-groups"
        dangerouslySetInnerHTML={{ __html: insightGroupsHtml(view, basePath(), place) }}
      />
    </section>
  );
}
