import { PageLink } from '@/components/PageLink';
import { getIndex } from '@/lib/site/data';
import {
  corpusFiles,
  corpusPageArticles,
  corpusPagePath,
  corpusPages,
  type FileReport,
} from '@/lib/view/corpus';
import { formatDay } from '@/lib/view/listing';

/** The index's files and their pages, made once per index (every corpus page and its metadata ask). */
const reports = new WeakMap<object, { files: FileReport[]; pages: FileReport[][] }>();
function corpusReport(index: ReturnType<typeof getIndex>): { files: FileReport[]; pages: FileReport[][] } {
  let r = reports.get(index);
  if (!r) {
    const files = corpusFiles(index);
    r = { files, pages: corpusPages(files, corpusPageArticles()) };
    reports.set(index, r);
  }
  return r;
}

/** How many pages the corpus's files take (lib/view/corpus.ts `corpusPages`); 1 when there is one page. */
export function corpusPageCount(): number {
  return corpusReport(getIndex()).pages.length;
}

/** Links to every page of the corpus, the current one marked; `label` names the landmark (two on a page differ). */
function Pager({ page, count, label }: { page: number; count: number; label: string }) {
  return (
    <nav aria-label={label} className="my-3">
      <ul className="chips">
        {Array.from({ length: count }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className="font-semibold">
                {n}
              </span>
            ) : (
              <PageLink href={corpusPagePath(n)}>{n}</PageLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Every input file and what became of it, `page` of the pages of about a thousand articles. With more than one page,
 * the first names every file with an error (those that imported nothing are where text could go missing) and where it
 * is listed.
 */
export function CorpusPage({ page }: { page: number }) {
  const index = getIndex();
  const { files, pages } = corpusReport(index);
  const errors = files.reduce((n, f) => n + f.errors, 0);
  const warnings = files.reduce((n, f) => n + f.warnings, 0);
  const first = pages.slice(0, page - 1).reduce((n, p) => n + p.length, 0) + 1;
  const last = first + pages[page - 1]!.length - 1;
  const failing = pages.flatMap((p, i) => p.filter((f) => f.errors > 0).map((f) => ({ f, page: i + 1 })));
  return (
    <main id="main" className="page">
      <h1 className="page-title">The corpus{pages.length > 1 && `, page ${page} of ${pages.length}`}</h1>
      <p className="lede">
        {files.length} input {files.length === 1 ? 'file' : 'files'}, {index.articles.length} articles
        imported, {index.events.length} events, {errors} {errors === 1 ? 'error' : 'errors'} and {warnings}{' '}
        {warnings === 1 ? 'warning' : 'warnings'}. Each article page lists what the importer removed and why.
        {pages.length > 1 &&
          (first === last
            ? ` This page lists file ${first}.`
            : ` This page lists files ${first} to ${last}.`)}
      </p>
      {pages.length > 1 && page === 1 && failing.length > 0 && (
        <section aria-labelledby="corpus-errors">
          <h2 id="corpus-errors" className="section-title">
            Files with errors
          </h2>
          <ul>
            {failing.map(({ f, page: p }) => (
              <li key={f.file}>
                <code>{f.file}</code>: {f.errors} {f.errors === 1 ? 'error' : 'errors'}, {f.articles.length}{' '}
                {f.articles.length === 1 ? 'article' : 'articles'} imported{' '}
                <span className="muted">
                  (<PageLink href={corpusPagePath(p)}>page {p}</PageLink>)
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {pages.length > 1 && <Pager page={page} count={pages.length} label="Corpus pages" />}
      <table className="table">
        <caption className="sr-only">Input files and what became of them</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Articles</th>
            <th scope="col">Problems</th>
          </tr>
        </thead>
        <tbody>
          {pages[page - 1]!.map((f) => (
            <tr key={f.file}>
              <td>
                <code>{f.file}</code>
              </td>
              <td>
                {f.articles.length === 0 ? (
                  <span className="muted">none imported</span>
                ) : (
                  <ul className="chips" style={{ flexDirection: 'column', gap: '0.2rem' }}>
                    {f.articles.map((a) => (
                      <li key={a.id}>
                        <PageLink href={`/articles/${a.id}/`}>{a.title}</PageLink>{' '}
                        <span className="muted">
                          {a.outlet}, {formatDay(a.date)}
                          {a.removed > 0 &&
                            ` · ${a.removed} ${a.removed === 1 ? 'passage' : 'passages'} removed`}
                          {a.event && a.event.size > 1 && (
                            <>
                              {' · in '}
                              <PageLink href={`/events/${a.event.id}/`}>
                                {a.event.title} ({a.event.size} articles)
                              </PageLink>
                            </>
                          )}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td>
                {f.diagnostics.length === 0 && f.articles.every((a) => a.warnings.length === 0) ? (
                  <span className="muted">none</span>
                ) : (
                  <ul>
                    {f.diagnostics.map((d, i) => (
                      <li key={`d${i}`}>
                        <span className={d.severity === 'error' ? 'badge-error' : 'reason'}>
                          {d.severity}
                        </span>
                        {d.line !== undefined &&
                          !d.message.startsWith(`line ${d.line}:`) &&
                          `line ${d.line}: `}
                        {d.message}
                      </li>
                    ))}
                    {f.articles.flatMap((a) =>
                      a.warnings.map((w, i) => (
                        <li key={`${a.id}-${i}`}>
                          <span className="reason">warning</span>
                          {w}
                        </li>
                      )),
                    )}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages.length > 1 && <Pager page={page} count={pages.length} label="Corpus pages, after the list" />}
    </main>
  );
}
