import { PageLink } from './PageLink';
import { basePath } from '@/lib/site/base-path.mjs';

/**
 * The page at an id that merged into another (an event's or a story's): a static page cannot answer with a redirect
 * status, so it redirects in the document (meta refresh, canonical link) and shows the link for readers whose browser
 * does not follow. `path` is the new page's path without the base path (`/events/<id>/`).
 */
export function MovedNotice({ path, title }: { path: string; title: string }) {
  const href = `${basePath()}${path}`;
  return (
    <main id="main" className="page">
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <link rel="canonical" href={href} />
      <h1 className="page-title">This story has moved</h1>
      <p>
        It is now part of <PageLink href={path}>{title}</PageLink>.
      </p>
    </main>
  );
}
