/**
 * Slugs for URLs and ids: lower-case ASCII letters and digits joined by "-". Accents are dropped (Zelenskyy's "é" →
 * "e"), apostrophes join rather than split (Moscow's → moscows), every other character separates words. One rule for
 * outlet ids, article ids and event ids, so a name reads the same in each. What it gives up: text with no Latin
 * letters or digits (Cyrillic, Chinese) has no slug; each caller says what stands in.
 */
export function slug(text: string, maxWords = Infinity): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-');
}
