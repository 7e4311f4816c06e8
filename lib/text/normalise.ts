/**
 * The matching form of text (DESIGN.md §2): display keeps the original characters, comparison uses this.
 * Folds curly quotes, dashes, non-breaking and zero-width spaces, and case; gives up nothing a reader sees.
 * U+FFFD, which stands in copy for a character lost upstream (Ground News text), is read as what it mostly replaced:
 * an apostrophe between letters ("Union\uFFFDs" meets "Union’s"), a dash between spaces ("BEIJING (AP) \uFFFD" meets
 * "BEIJING (AP) —"), a double quote anywhere else.
 */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/(?<=[\p{L}\p{N}])\uFFFD(?=[\p{L}\p{N}])/gu, "'")
    .replace(/(?<=\s)\uFFFD(?=\s)/gu, '-')
    .replace(/\uFFFD/g, '"')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim()
    .toLowerCase();
}
