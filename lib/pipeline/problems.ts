import type { Article, Diagnostic } from '../types';

/**
 * Diagnostics the build itself adds (a file whose parse crashed a worker, an event that could not be completed, an
 * article cut to the build's limits), in the form the importer's take: the file, and the line or row of a record.
 */
export function articleProblem(
  article: Pick<Article, 'file'>,
  severity: Diagnostic['severity'],
  message: string,
): Diagnostic {
  // `a.jsonl:3`, `b.csv#12`: the record's line or row, as the importer's own diagnostics give it.
  const record = /^(.*\.(?:jsonl|csv))[#:](\d+)$/i.exec(article.file);
  return record
    ? { file: record[1]!, line: Number(record[2]), severity, message }
    : { file: article.file, severity, message };
}

/** The first line of an error's message, kept short enough for a diagnostic. */
export function errorReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const line = message.split('\n')[0]!.trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
