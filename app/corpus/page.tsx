import { PageLink } from '@/components/PageLink';
import type { Metadata } from 'next';
import { getIndex } from '@/lib/site/data';
import { corpusFiles } from '@/lib/view/corpus';
import { formatDay } from '@/lib/view/listing';

export function generateMetadata(): Metadata {
  const index = getIndex();
  const description = `Every input file of the corpus and what became of it: ${index.articles.length} articles imported, ${index.diagnostics.length} diagnostics.`;
  return { title: 'Corpus', description, openGraph: { title: 'Corpus', description } };
}

export default function CorpusPage() {
  const index = getIndex();
  const files = corpusFiles(index);
  const errors = files.reduce((n, f) => n + f.errors, 0);
  const warnings = files.reduce((n, f) => n + f.warnings, 0);
  return (
    <main id="main" className="page">
      <h1 className="page-title">The corpus</h1>
      <p className="lede">
        {files.length} input {files.length === 1 ? 'file' : 'files'}, {index.articles.length} articles
        imported, {index.events.length} events, {errors} {errors === 1 ? 'error' : 'errors'} and {warnings}{' '}
        {warnings === 1 ? 'warning' : 'warnings'}. Each article page lists what the importer removed and why.
      </p>
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
          {files.map((f) => (
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
                        {d.line !== undefined && `line ${d.line}: `}
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
    </main>
  );
}
