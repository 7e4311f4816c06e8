/**
 * 32-bit FNV-1a over UTF-16 code units: small, deterministic on every platform, and good enough to tell short texts
 * apart (article id suffixes, outlet colours). Not for security: collisions are easy to make on purpose.
 */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
