import { basePath } from '@/lib/site/base-path.mjs';
import type { RowAnchor } from '@/lib/view/insights';

/**
 * "passages 2, 16, 34": links to aligned rows. A row the page shows is an in-page `#r<N>` anchor (the comparison
 * highlights it, with or without scripts); a row only a pair view shows links there (`?pair=`), marked so the reader
 * knows. Plain anchors, not next/link: a wide event lists hundreds of these, and each Link is a client component the
 * page would hydrate (and prefetch) while it loads.
 */
export function RowLinks({ links, more = 0 }: { links: readonly RowAnchor[]; more?: number }) {
  if (links.length === 0) return null;
  const total = links.length + more;
  return (
    <span className="row-links">
      {total === 1 ? 'passage' : 'passages'}{' '}
      {links.map((l, i) => {
        const name = l.page ? `Passage ${l.n}, in a two-outlet view` : `Passage ${l.n}`;
        return (
          <span key={l.n}>
            {i > 0 && ', '}
            {l.page ? (
              <a href={`${basePath()}${l.page}#r${l.n}`} aria-label={name} title={name}>
                {l.n}
                <span aria-hidden="true">↗</span>
              </a>
            ) : (
              <a href={`#r${l.n}`} aria-label={name}>
                {l.n}
              </a>
            )}
          </span>
        );
      })}
      {more > 0 && <span className="muted">, and {more} more</span>}
    </span>
  );
}
