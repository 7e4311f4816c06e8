/**
 * Bytes → text for one corpus file. The token unit is the whole file: it is either text (UTF-8, or UTF-16 with a byte
 * order mark) or it is refused as binary. Invalid UTF-8 is decoded with U+FFFD replacements and a warning rather
 * than refused, so a file with one bad byte still imports; so are stray NUL bytes, which are removed with a warning.
 */

export type Decoded =
  { kind: 'text'; text: string; warnings: string[] } | { kind: 'binary'; message: string };

export const BINARY_MESSAGE = 'binary file, not text: remove it or export it as .txt/.jsonl/.csv/.md';

/** How far into the file to look for binary signs: enough to catch any image or archive header. */
const SNIFF_BYTES = 8192;

/**
 * Leading bytes of the binary files most likely to land in a corpus folder by mistake: images, PDFs, office files
 * (zip or OLE2), archives, executables. Any one of them is binary whatever follows.
 */
const SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x52, 0x49, 0x46, 0x46], // RIFF: WebP, WAV, AVI
  [0x50, 0x4b, 0x03, 0x04], // zip: .docx, .xlsx, .odt, .epub
  [0xd0, 0xcf, 0x11, 0xe0], // OLE2: .doc, .xls
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

/**
 * Binary when the sniffed head holds more control bytes (NUL and C0 controls other than tab, line feed, vertical
 * tab, form feed and carriage return) than this share of its length, and more than MIN_CONTROL of them. Random or
 * compressed data has about 11%, UTF-16 without a byte order mark about 50%; a text file with a stray NUL or two has
 * a handful, whatever its length. What it gives up: a short text made mostly of control bytes is refused as binary.
 */
const MAX_CONTROL_SHARE = 1 / 32;
const MIN_CONTROL = 8;

function isControlByte(b: number): boolean {
  return b < 0x20 && (b < 0x09 || b > 0x0d);
}

function looksBinary(head: Uint8Array): boolean {
  if (SIGNATURES.some((sig) => sig.length <= head.length && sig.every((b, k) => head[k] === b))) return true;
  let control = 0;
  for (const b of head) if (isControlByte(b)) control++;
  return control > MIN_CONTROL && control > head.length * MAX_CONTROL_SHARE;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  // UTF-16 with a byte order mark: decode it properly (Windows editors save "Unicode" text this way).
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return withoutNul(new TextDecoder('utf-16le').decode(bytes.subarray(2)), []);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return withoutNul(new TextDecoder('utf-16be').decode(bytes.subarray(2)), []);
  }
  if (looksBinary(bytes.subarray(0, SNIFF_BYTES))) return { kind: 'binary', message: BINARY_MESSAGE };
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return withoutNul(new TextDecoder('utf-8', { fatal: true }).decode(body), []);
  } catch {
    const text = new TextDecoder('utf-8').decode(body);
    let bad = 0;
    for (const ch of text) if (ch === '\uFFFD') bad++;
    return withoutNul(text, [
      `invalid UTF-8: ${bad} undecodable byte sequence${bad === 1 ? '' : 's'} replaced with U+FFFD; re-save the file as UTF-8`,
    ]);
  }
}

/**
 * Text with its NUL characters taken out. A NUL is never part of an article (it comes from a damaged copy, a bad
 * export or padding), and kept it would reach the pages as an invisible character; the warning says where the first
 * one was so the text around it can be checked.
 */
function withoutNul(text: string, warnings: string[]): Decoded {
  const first = text.indexOf('\0');
  if (first < 0) return { kind: 'text', text, warnings };
  let count = 0;
  for (let k = first; k < text.length; k++) if (text.charCodeAt(k) === 0) count++;
  let line = 1;
  for (let k = 0; k < first; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) line++;
  }
  return {
    kind: 'text',
    text: text.replace(/\0/g, ''),
    warnings: [
      ...warnings,
      `${count} NUL byte${count === 1 ? '' : 's'} removed (the first on line ${line}) and the rest read as text: NUL is never text and usually comes from a damaged copy or export; check the text there, or re-save the file as UTF-8`,
    ],
  };
}
