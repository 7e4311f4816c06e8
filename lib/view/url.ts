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

/** `#r12` → 12; anything else → undefined. */
export function rowFromHash(hash: string): number | undefined {
  const m = /^#r([1-9][0-9]*)$/.exec(hash);
  return m ? Number(m[1]) : undefined;
}
