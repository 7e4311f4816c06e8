/**
 * The input's own record shapes (DESIGN.md §6.3): JSON Lines, CSV rows and Markdown front matter are read into
 * `RawRecord`s, field aliases resolved (`source`/`outlet_name`/`publisher` → outlet, `datetime`/`published` → date,
 * `body`/`content` → text), values kept as text. `toArticle` in parse.ts is the one place they become Articles.
 * A record that cannot be read becomes a diagnostic with its line or row and what to do.
 */
import { parse as parseYaml } from 'yaml';
import type { Diagnostic } from '../types';
import { detectDelimiter, parseCsv, type CsvDelimiter } from './csv';

/** The record as the input gave it: field values are text or absent. */
export interface RawRecord {
  /** Article.file: the path, plus `#row` or `:line` for multi-record files. */
  file: string;
  /** Line (seed, JSONL, Markdown) or row (CSV) for diagnostics. */
  line?: number;
  /** How to name the record's place in a message ("row 4", "line 7"). */
  label?: string;
  text: string;
  outlet?: string;
  date?: string;
  title?: string;
  url?: string;
  id?: string;
  warnings: string[];
}

export type FieldName = 'outlet' | 'date' | 'title' | 'text' | 'url' | 'id';

/** Field aliases, by key (lower case, letters and digits only). */
const ALIASES: Record<string, FieldName> = {
  outlet: 'outlet', source: 'outlet', outletname: 'outlet', publisher: 'outlet', sourcename: 'outlet',
  date: 'date', datetime: 'date', published: 'date', publishedat: 'date', pubdate: 'date', publicationdate: 'date',
  text: 'text', body: 'text', content: 'text', article: 'text',
  title: 'title', headline: 'title',
  url: 'url', link: 'url',
  id: 'id', sourceid: 'id',
}; // prettier-ignore

function fieldKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Field values from an object (JSON record, front matter): aliases resolved, non-text values reported. */
function fieldsFrom(object: Record<string, unknown>, warnings: string[]): Partial<Record<FieldName, string>> {
  const out: Partial<Record<FieldName, string>> = {};
  // Sorted keys: when two aliases of one field are present (`text` and `body`), the choice does not depend on order.
  for (const key of Object.keys(object).sort()) {
    const field = ALIASES[fieldKey(key)];
    if (field === undefined) continue;
    const value = object[key];
    if (value === null || value === undefined) continue;
    let text: string;
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
    else if (value instanceof Date && !Number.isNaN(value.getTime())) text = value.toISOString().slice(0, 10);
    else {
      warnings.push(
        `field "${key}" is not text (${Array.isArray(value) ? 'a list' : typeof value}); ignored`,
      );
      continue;
    }
    if (out[field] !== undefined && out[field]!.trim() !== '') {
      if (text.trim() !== '' && text !== out[field])
        warnings.push(`fields for ${field} given twice; "${key}" ignored`);
      continue;
    }
    out[field] = text;
  }
  return out;
}

export function readJsonl(file: string, text: string, diagnostics: Diagnostic[]): RawRecord[] {
  const records: RawRecord[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!.trim();
    const number = k + 1;
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      diagnostics.push({
        file,
        line: number,
        severity: 'error',
        message: `line ${number}: not valid JSON (${(err as Error).message}); the line was skipped. Fix it or remove it: each line must be one JSON object`,
      });
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      diagnostics.push({
        file,
        line: number,
        severity: 'error',
        message: `line ${number}: a JSON ${Array.isArray(value) ? 'array' : typeof value}, not an object; the line was skipped. Write one {"text": …} object per line`,
      });
      continue;
    }
    const warnings: string[] = [];
    const fields = fieldsFrom(value as Record<string, unknown>, warnings);
    records.push({
      file: `${file}:${number}`,
      line: number,
      label: `line ${number}`,
      text: fields.text ?? '',
      ...rest(fields),
      warnings,
    });
  }
  return records;
}

function rest(fields: Partial<Record<FieldName, string>>): Omit<RawRecord, 'file' | 'text' | 'warnings'> {
  return { outlet: fields.outlet, date: fields.date, title: fields.title, url: fields.url, id: fields.id };
}

/** A separator's name in a message, one and several. */
const SEPARATOR_NAMES: Record<CsvDelimiter, [string, string]> = {
  ',': ['comma', 'commas'],
  ';': ['semicolon', 'semicolons'],
  '\t': ['tab', 'tabs'],
};

export function readCsv(file: string, text: string, diagnostics: Diagnostic[]): RawRecord[] {
  const delimiter = detectDelimiter(text);
  const [one, several] = SEPARATOR_NAMES[delimiter];
  const { records: rows, problems } = parseCsv(text, delimiter);
  for (const p of problems) diagnostics.push({ file, line: p.row, severity: 'error', message: p.message });
  const [header, ...body] = rows;
  if (!header) return [];
  const columns = header.fields.map((name) => ALIASES[fieldKey(name)]);
  if (!columns.includes('text')) {
    diagnostics.push({
      file,
      line: 1,
      severity: 'error',
      message: `row 1: the header (${header.fields.join(',').slice(0, 120)}) has no text column; name the article text column "text" (or body, content) and the others outlet, date, title, url, id, separated by commas, semicolons or tabs`,
    });
    return [];
  }
  if (body.length === 0 && problems.length === 0) {
    diagnostics.push({
      file,
      line: 1,
      severity: 'warning',
      message: 'row 1: only a header, no rows: nothing to import; add one row per article or remove the file',
    });
  }
  const records: RawRecord[] = [];
  for (const row of body) {
    const warnings: string[] = [];
    if (row.fields.length < header.fields.length) {
      const missing = header.fields.slice(row.fields.length);
      warnings.push(
        `has ${row.fields.length} of ${header.fields.length} columns (missing: ${missing.join(', ')}); check for a lost ${one} or quote`,
      );
    } else if (row.fields.length > header.fields.length) {
      warnings.push(
        `has ${row.fields.length} columns, the header ${header.fields.length}; the extra ones were ignored. Quote fields that hold ${several}`,
      );
    }
    const fields: Partial<Record<FieldName, string>> = {};
    columns.forEach((field, k) => {
      const value = row.fields[k];
      if (field !== undefined && value !== undefined && (fields[field] ?? '').trim() === '')
        fields[field] = value;
    });
    records.push({
      file: `${file}#${row.row}`,
      line: row.row,
      label: `row ${row.row}`,
      text: fields.text ?? '',
      ...rest(fields),
      warnings,
    });
  }
  return records;
}

export function readMarkdown(file: string, text: string): RawRecord {
  const warnings: string[] = [];
  const normal = text.replace(/\r\n?/g, '\n');
  const open = /^\s*---[ \t]*\n/.exec(normal);
  if (!open) {
    warnings.push('no YAML front matter (--- … ---): outlet, date and title were taken from the text');
    return { file, line: 1, text: normal, warnings };
  }
  const afterOpen = open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*$/m.exec(normal.slice(afterOpen));
  if (!close) {
    warnings.push(
      'front matter opens with --- but never closes: add a closing --- line; the whole file was read as text',
    );
    return { file, line: 1, text: normal.slice(afterOpen), warnings };
  }
  const yamlText = normal.slice(afterOpen, afterOpen + close.index);
  const body = normal.slice(afterOpen + close.index + close[0].length);
  let data: unknown;
  try {
    data = parseYaml(yamlText, { maxAliasCount: 50 });
  } catch (err) {
    const line = (err as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    warnings.push(
      `front matter is not valid YAML${line !== undefined ? ` (line ${line + 1})` : ''}: ${firstLine((err as Error).message)}; it was ignored. Write it as "key: value" lines`,
    );
    return { file, line: 1, text: body, warnings };
  }
  if (data === null || data === undefined) return { file, line: 1, text: body, warnings };
  if (typeof data !== 'object' || Array.isArray(data)) {
    warnings.push('front matter is not a set of "key: value" lines; it was ignored');
    return { file, line: 1, text: body, warnings };
  }
  const fields = fieldsFrom(data as Record<string, unknown>, warnings);
  return {
    file,
    line: 1,
    text: fields.text !== undefined && !body.trim() ? fields.text : body,
    ...rest(fields),
    warnings,
  };
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 160 ? line.slice(0, 159) + '…' : line;
}
