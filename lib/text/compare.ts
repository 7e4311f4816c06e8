/**
 * One order for text, the same on every machine: by UTF-16 code unit, as `Array.prototype.sort()` without a
 * comparator orders strings. `localeCompare` and `Intl.Collator` follow the machine's locale (LC_ALL/LANG): Danish
 * sorts `aa` after `z`, Swedish `ä` after `z`, and the same corpus would give a different index on each. What it gives
 * up: a reader's alphabetical order (`Zeta` before `aalborg`, `Øresund` after `Zeta`); every list it orders is for
 * stable output, not for a dictionary.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
