/**
 * Bytes → text for one corpus file. The token unit is the whole file: it is either text (UTF-8, or UTF-16 with a byte
 * order mark) or it is refused as binary. Invalid UTF-8 is decoded with U+FFFD replacements and a warning rather
 * than refused, so a file with one bad byte still imports.
 */

export type Decoded =
  { kind: 'text'; text: string; warnings: string[] } | { kind: 'binary'; message: string };

export const BINARY_MESSAGE = 'binary file, not text: remove it or export it as .txt/.jsonl/.csv/.md';

/** How far into the file to look for NUL bytes: enough to catch any image or archive header. */
const SNIFF_BYTES = 8192;

export function decodeBytes(bytes: Uint8Array): Decoded {
  // UTF-16 with a byte order mark: decode it properly (Windows editors save "Unicode" text this way).
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { kind: 'text', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { kind: 'text', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return { kind: 'binary', message: BINARY_MESSAGE };
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(body), warnings: [] };
  } catch {
    const text = new TextDecoder('utf-8').decode(body);
    let bad = 0;
    for (const ch of text) if (ch === '\uFFFD') bad++;
    return {
      kind: 'text',
      text,
      warnings: [
        `invalid UTF-8: ${bad} undecodable byte sequence${bad === 1 ? '' : 's'} replaced with U+FFFD; re-save the file as UTF-8`,
      ],
    };
  }
}
