/**
 * Article ids: `<date>-<outlet>-<slug of the title, at most 6 words>`, readable in a URL and stable across rebuilds.
 * Everything in the id comes from the article itself (never from file order), so adding files never renames an
 * article, except when the newcomer collides with it: then each article of the colliding group gets a short hash of
 * its own content, which still does not depend on order.
 */
import { fnv1a32 } from '../text/hash';
import { slug } from '../text/slug';

const SLUG_WORDS = 6;

/** FNV-1a of the text as 7 base-36 digits: short, deterministic, good enough to tell texts apart. */
export function contentHash(text: string): string {
  return fnv1a32(text).toString(36).padStart(7, '0');
}

export function articleBaseId(date: string | null, outletId: string, title: string, text: string): string {
  // A title with no Latin letters or digits (Cyrillic, Chinese) gives no slug: the content hash stands in.
  const words = slug(title, SLUG_WORDS) || contentHash(text).slice(0, 6);
  return `${date ?? 'undated'}-${outletId}-${words}`;
}

/**
 * Make ids unique: ids that occur once stay as they are; each id shared by several articles gets `-<hash>` of the
 * article's text (and `-2`, `-3`… in the unlikely case that two of them hash alike, in input order). An item's `text`
 * is read only when its id collides.
 */
export function uniqueIds(items: { id: string; text: string }[]): string[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.id, (counts.get(item.id) ?? 0) + 1);
  const used = new Set<string>(items.filter((item) => counts.get(item.id) === 1).map((item) => item.id));
  return items.map((item) => {
    if (counts.get(item.id) === 1) return item.id;
    const base = `${item.id}-${contentHash(item.text).slice(0, 6)}`;
    let id = base;
    for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
    used.add(id);
    return id;
  });
}
