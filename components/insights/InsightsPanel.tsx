import { type InsightGroup, type InsightItem, type InsightsView, partText } from '@/lib/view/insights';
import { colourStyle } from '../OutletChip';
import { RowLinks } from './RowLinks';

/** Findings shown per kind before "Show N more"; quote renderings shown before they fold. */
const SHOWN = 5;
const QUOTES_SHOWN = 4;

/** Outlet id → display name, as the view gives them. */
type Names = InsightsView['outletNames'];

/** The label's parts as text, words as an outlet printed them marked (in their quotes), outlets by name. */
function Label({ item, names }: { item: InsightItem; names: Names }) {
  const name = (id: string) => names[id] ?? id;
  return (
    <>
      {item.label.map((p, i) =>
        'word' in p ? (
          <span key={i} className="iw">
            {partText(p, name)}
          </span>
        ) : (
          partText(p, name)
        ),
      )}
    </>
  );
}

function Quotes({ quotes }: { quotes: NonNullable<InsightItem['quotes']> }) {
  const list = (
    <ul className="quote-lines">
      {quotes.map((q, i) => (
        <li key={i}>
          <span className="oc quote-outlet" style={colourStyle(q.colour)}>
            {q.name}
          </span>
          {q.verb && <span className="muted"> ({q.verb})</span>}:{' '}
          <span className="quote-text">“{q.text}”</span>
        </li>
      ))}
    </ul>
  );
  if (quotes.length <= QUOTES_SHOWN) return list;
  return (
    <details>
      <summary>How each of {quotes.length} outlets printed it</summary>
      {list}
    </details>
  );
}

function Item({ item, names }: { item: InsightItem; names: Names }) {
  return (
    <li>
      <Label item={item} names={names} />
      {item.links.length > 0 && (
        <>
          {' '}
          <span className="muted">·</span> <RowLinks links={item.links} more={item.more} />
        </>
      )}
      {item.quotes && <Quotes quotes={item.quotes} />}
    </li>
  );
}

function Items({
  items,
  names,
  className,
}: {
  items: readonly InsightItem[];
  names: Names;
  className: string;
}) {
  if (items.length === 0) return null;
  const head = items.slice(0, SHOWN);
  const rest = items.slice(SHOWN);
  return (
    <>
      <ul className={className}>
        {head.map((item, i) => (
          <Item key={i} item={item} names={names} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details className="insight-more">
          <summary>Show {rest.length} more</summary>
          <ul className={className}>
            {rest.map((item, i) => (
              <Item key={i} item={item} names={names} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function Group({ group, names }: { group: InsightGroup; names: Names }) {
  return (
    <section className="insight-group" id={group.id} aria-labelledby={`${group.id}-title`}>
      <h3 id={`${group.id}-title`} className="insight-kind">
        {group.title}
      </h3>
      <p className="kicker">{group.note}</p>
      <Items items={group.totals} names={names} className="insight-list insight-totals" />
      {group.foldItems ? (
        <details className="insight-more">
          <summary>Passage by passage ({group.items.length})</summary>
          <Items items={group.items} names={names} className="insight-list" />
        </details>
      ) : (
        <Items items={group.items} names={names} className="insight-list" />
      )}
    </section>
  );
}

/**
 * The insights panel: what lib/insights found, grouped by kind (copied text, quotes, figures, names, word choice), one
 * line each with the printed words marked and links to the rows. Long lists fold after a few; all of it is
 * server-rendered, so it reads without scripts. Corpus words are React text, never HTML.
 */
export function InsightsPanel({ view }: { view: InsightsView }) {
  if (view.groups.length === 0) return null;
  return (
    <section className="insights" aria-labelledby="insights-title">
      <h2 id="insights-title" className="section-title">
        How the outlets differ
      </h2>
      <div className="insight-groups">
        {view.groups.map((g) => (
          <Group key={g.kind} group={g} names={view.outletNames} />
        ))}
      </div>
    </section>
  );
}
