/**
 * B-cubed scoring of a clustering against gold labels (Bagga & Baldwin 1998; Amigó et al. 2009): per article, precision
 * is the share of its predicted cluster that shares its gold label, recall the share of its gold class that shares its
 * predicted cluster; both are averaged over articles. Unlike pairwise scores it does not let one big cluster dominate.
 */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * B-cubed precision, recall and F1 of `predicted` (groups of article ids) against `gold` (article id → gold label).
 * Articles without a gold label are left out of both sides, so a corpus can be scored on its labelled part; a labelled
 * article missing from `predicted` counts as a group of its own. `scored`, when given, says which labelled articles
 * the averages run over (one half of a corpus): the others still count against precision when they share a group.
 */
export function bcubed(
  predicted: readonly (readonly string[])[],
  gold: ReadonlyMap<string, string>,
  scored: (id: string) => boolean = () => true,
): BCubed {
  const goldSize = new Map<string, number>();
  for (const label of gold.values()) goldSize.set(label, (goldSize.get(label) ?? 0) + 1);
  let p = 0;
  let r = 0;
  let n = 0;
  const seen = new Set<string>();
  for (const group of predicted) {
    const labelled = group.filter((id) => gold.has(id));
    const perLabel = new Map<string, number>();
    for (const id of labelled) {
      const label = gold.get(id)!;
      perLabel.set(label, (perLabel.get(label) ?? 0) + 1);
    }
    for (const id of labelled) {
      seen.add(id);
      if (!scored(id)) continue;
      const label = gold.get(id)!;
      const same = perLabel.get(label)!;
      p += same / labelled.length;
      r += same / goldSize.get(label)!;
      n++;
    }
  }
  // A labelled article the clustering left out stands alone: the score must not improve by dropping articles.
  for (const [id, label] of gold) {
    if (seen.has(id) || !scored(id)) continue;
    p += 1;
    r += 1 / goldSize.get(label)!;
    n++;
  }
  const precision = n ? p / n : 0;
  const recall = n ? r / n : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const DAY_MS = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The articles with every gold event moved into one week, for measuring how well content alone separates events
 * (real corpora spread events over years, where the date window does most of the work). Each event keeps its own day
 * offsets (a follow-up two days later stays two days later); event k, in order of (first date, label), starts on day
 * k mod 7 after the corpus's earliest date. Undated and unlabelled articles are left as they are.
 */
export function packEventDates<A extends { id: string; date: string | null }>(
  articles: readonly A[],
  gold: ReadonlyMap<string, string>,
): A[] {
  const first = new Map<string, string>();
  let base: string | null = null;
  for (const a of articles) {
    if (!a.date) continue;
    if (base === null || a.date < base) base = a.date;
    const label = gold.get(a.id);
    if (label === undefined) continue;
    const seen = first.get(label);
    if (seen === undefined || a.date < seen) first.set(label, a.date);
  }
  if (base === null) return [...articles];
  const start = base;
  const order = [...first.entries()].sort((x, y) =>
    x[1] !== y[1] ? (x[1] < y[1] ? -1 : 1) : x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0,
  );
  const slot = new Map(order.map(([label], k) => [label, k % 7]));
  return articles.map((a) => {
    const label = gold.get(a.id);
    if (!a.date || label === undefined) return a;
    const offset = daysBetween(first.get(label)!, a.date);
    return { ...a, date: addDays(start, slot.get(label)! + offset) };
  });
}

/**
 * Gold events from gold incidents (or stories): an incident's articles split where the dates of consecutive articles
 * are more than `days` apart, so a shooting reported over three days is one event and its sentencing a year later
 * another. Labels are `<incident>@<first date of the chain>`. Undated articles join their incident's first chain
 * (nothing tells which one they belong to). Articles without an incident are left out.
 */
export function chainedEvents<A extends { id: string; date: string | null }>(
  articles: readonly A[],
  incidents: ReadonlyMap<string, string>,
  days = 3,
): Map<string, string> {
  const byIncident = new Map<string, A[]>();
  for (const a of articles) {
    const incident = incidents.get(a.id);
    if (incident === undefined) continue;
    const list = byIncident.get(incident) ?? [];
    list.push(a);
    byIncident.set(incident, list);
  }
  const out = new Map<string, string>();
  for (const [incident, list] of byIncident) {
    const dated = list
      .filter((a) => a.date)
      .sort((x, y) =>
        x.date! < y.date! ? -1 : x.date! > y.date! ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0,
      );
    let label = `${incident}@${dated[0]?.date ?? 'undated'}`;
    const first = label;
    let last: string | null = null;
    for (const a of dated) {
      if (last !== null && daysBetween(last, a.date!) > days) label = `${incident}@${a.date}`;
      out.set(a.id, label);
      last = a.date;
    }
    for (const a of list) if (!a.date) out.set(a.id, first);
  }
  return out;
}

/**
 * Which half of a corpus a gold label falls in (0 or 1), by a hash of the label (FNV-1a over its code units), so a
 * rule can be tuned on one half and checked on the other; all articles of one label fall in the same half.
 */
export function labelHalf(label: string): 0 | 1 {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return (h & 1) as 0 | 1;
}
