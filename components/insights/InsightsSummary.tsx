import type { InsightsView } from '@/lib/view/insights';
import { colourStyle } from '../OutletChip';
import { RowLinks } from './RowLinks';

/** Row links in the strip before "and N more": the panel below lists the rest. */
const STRIP_LINKS = 6;

/** A column header in two lengths; CSS shows one (the other is display: none, so not read twice). */
function Header({ long, short }: { long: string; short: string }) {
  return (
    <>
      <span className="long">{long}</span>
      <span className="short">{short}</span>
    </>
  );
}

function Bar({ all, some, told, own }: { all: number; some: number; told: number; own: number }) {
  const total = all + some + told + own || 1;
  const pct = (n: number) => `${((100 * n) / total).toFixed(1)}%`;
  return (
    <span className="share-bar" aria-hidden="true">
      <span className="share-all" style={{ width: pct(all) }} />
      <span className="share-some" style={{ width: pct(some) }} />
      <span className="share-told" style={{ width: pct(told) }} />
      <span className="share-own" style={{ width: pct(own) }} />
    </span>
  );
}

/**
 * The summary strip at the top of the event page: per outlet, how much of what it printed the others also told (all
 * of them, some, none), and how many findings of each insight kind the panel below lists, with links to their rows.
 */
export function InsightsSummary({ view }: { view: InsightsView }) {
  const { outlets, groups } = view;
  if (outlets.length < 2) return null;
  const many = outlets.length > 2;
  const table = (
    <table className="table shares">
      <caption className="sr-only">Sentences each outlet shares with the others</caption>
      <thead>
        <tr>
          <th scope="col">Outlet</th>
          <th scope="col" className="num">
            <Header long="Sentences" short="Total" />
          </th>
          <th scope="col" className="num">
            <span className="swatch share-all" aria-hidden="true" />
            <Header long={many ? 'Shared with all' : 'Shared'} short={many ? 'All' : 'Shared'} />
          </th>
          {many && (
            <th scope="col" className="num">
              <span className="swatch share-some" aria-hidden="true" />
              <Header long="With some" short="Some" />
            </th>
          )}
          <th scope="col" className="num">
            <span className="swatch share-told" aria-hidden="true" />
            <Header long="Told differently elsewhere" short={'Told else\u00ADwhere'} />
          </th>
          <th scope="col" className="num">
            <span className="swatch share-own" aria-hidden="true" />
            <Header long="Only here" short="Only here" />
          </th>
        </tr>
      </thead>
      <tbody>
        {outlets.map((o) => (
          <tr key={o.key}>
            <th scope="row">
              <span className="oc share-name" style={colourStyle(o.colour)}>
                {o.name}
              </span>
              <Bar all={o.all} some={o.some} told={o.toldElsewhere} own={o.onlyHere} />
            </th>
            <td className="num">{o.sentences}</td>
            <td className="num">{o.all}</td>
            {many && <td className="num">{o.some}</td>}
            <td className="num">{o.toldElsewhere}</td>
            <td className="num">{o.onlyHere}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const note = (
    <p className="share-note">
      {many
        ? 'Of each outlet’s sentences: how many all the others also told, how many some did; of the rest, how many another outlet told differently, and how many were told only here.'
        : 'Of each outlet’s sentences: how many the other also told; of the rest, how many the other told differently, and how many were told only here.'}
    </p>
  );
  return (
    <section className="glance" aria-labelledby="glance-title">
      <h2 id="glance-title" className="glance-title">
        At a glance
      </h2>
      <div className="glance-grid">
        {outlets.length > 8 ? (
          <details>
            <summary>Sentences shared, per outlet ({outlets.length})</summary>
            {table}
            {note}
          </details>
        ) : (
          <div>
            {table}
            {note}
          </div>
        )}
        {groups.length > 0 ? (
          <ul className="glance-kinds" aria-label="Findings by kind">
            {groups.map((g) => {
              const count = g.items.length || g.totals.length;
              return (
                <li key={g.kind}>
                  <a href={`#${g.id}`} className="glance-kind">
                    {g.title} <span className="glance-count">{count}</span>
                  </a>{' '}
                  <RowLinks
                    links={g.rows.slice(0, STRIP_LINKS)}
                    more={Math.max(0, g.rows.length - STRIP_LINKS)}
                  />
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="kicker">
            No copied text, reworded quotes, differing figures, spellings or swapped words found.
          </p>
        )}
      </div>
    </section>
  );
}
