import { compareText } from '../text/compare';
/**
 * URLs the reader sees or shares. Corpus URLs are untrusted input: only absolute http(s) URLs become links, so a
 * `javascript:` or `data:` URL in a scraped record is shown as nothing rather than made clickable.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Reader choices that are not part of the path (DESIGN.md §5): the base outlet and the hidden outlets. */
export interface ReaderChoice {
  base?: string;
  hide: string[];
}

/** `?base=reuters&hide=afp,press-tv`; empty choices give an empty string. Hidden keys are sorted so links compare. */
export function choiceQuery(choice: ReaderChoice): string {
  const params: string[] = [];
  if (choice.base) params.push(`base=${encodeURIComponent(choice.base)}`);
  const hide = [...new Set(choice.hide)].sort();
  if (hide.length > 0) params.push(`hide=${hide.map(encodeURIComponent).join(',')}`);
  return params.length > 0 ? `?${params.join('&')}` : '';
}

/** Reads a query string back, keeping only keys that name a known column; unknown ones are dropped silently. */
export function parseChoiceQuery(search: string, knownKeys: readonly string[]): ReaderChoice {
  const params = new URLSearchParams(search);
  const known = new Set(knownKeys);
  const base = params.get('base') ?? undefined;
  const hide = (params.get('hide') ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter((k) => known.has(k));
  return { base: base !== undefined && known.has(base) ? base : undefined, hide: [...new Set(hide)].sort() };
}

/**
 * The pair a link names (`?pair=afp-vs-reuters`): two different known keys, in code-unit order as `pairSlug` writes
 * them, or undefined. Keys may themselves hold `-vs-`, so the slug is matched against the known keys, not split.
 * The event page's pair form submits `?a=<key>&b=<key>` (two outlet lists, in any order), read the same way.
 */
export function pairFromQuery(search: string, knownKeys: readonly string[]): [string, string] | undefined {
  const params = new URLSearchParams(search);
  const [a, b] = [params.get('a'), params.get('b')];
  if (!params.has('pair') && a && b && a !== b && knownKeys.includes(a) && knownKeys.includes(b))
    return compareText(a, b) < 0 ? [a, b] : [b, a];
  const slug = params.get('pair');
  if (!slug) return undefined;
  for (const a of knownKeys) {
    if (!slug.startsWith(`${a}-vs-`)) continue;
    const b = slug.slice(a.length + 4);
    if (b !== a && knownKeys.includes(b) && compareText(a, b) < 0) return [a, b];
  }
  return undefined;
}

/** The slug of a pair (`afp-vs-reuters`): the two keys in code-unit order, whichever comes first in the call. */
export function pairSlug(a: string, b: string): string {
  return compareText(a, b) <= 0 ? `${a}-vs-${b}` : `${b}-vs-${a}`;
}

/**
 * The permalink of a pair comparison: the event page with `?pair=` (issue 16: one page per event, not per pair, so
 * the export grows with the text rather than with outlets squared). `path` is the event page's path, '' for a link
 * relative to it; `row` adds `#r<N>`.
 */
export function pairHref(path: string, a: string, b: string, row?: number): string {
  return `${path}?pair=${encodeURIComponent(pairSlug(a, b))}${row !== undefined ? `#r${row}` : ''}`;
}

/** `#r12` → 12; anything else → undefined. */
export function rowFromHash(hash: string): number | undefined {
  const m = /^#r([1-9][0-9]*)$/.exec(hash);
  return m ? Number(m[1]) : undefined;
}
