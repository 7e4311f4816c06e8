import { basePath } from '@/lib/site/base-path.mjs';
import { insightGroupsHtml } from '@/lib/view/insights-html';
import type { InsightsView } from '@/lib/view/insights';

/**
 * The insights panel: what lib/insights found, grouped by kind (copied text, quotes, figures, names, word choice), one
 * line each with the printed words marked and links to the rows. Long lists fold after a few; all of it is
 * server-rendered, so it reads without scripts. The groups are one HTML string (lib/view/insights-html.ts, every
 * corpus word escaped there): nothing in them changes in the browser, so React neither carries them as an element
 * tree nor hydrates them.
 */
export function InsightsPanel({ view }: { view: InsightsView }) {
  if (view.groups.length === 0) return null;
  return (
    <section className="insights" aria-labelledby="insights-title">
      <h2 id="insights-title" className="section-title">
        How the outlets differ
      </h2>
      <div
        className="insight-groups"
        dangerouslySetInnerHTML={{ __html: insightGroupsHtml(view, basePath()) }}
      />
    </section>
  );
}
