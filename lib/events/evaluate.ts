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
 * article missing from `predicted` counts as a group of its own.
 */
export function bcubed(predicted: readonly (readonly string[])[], gold: ReadonlyMap<string, string>): BCubed {
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
      const label = gold.get(id)!;
      const same = perLabel.get(label)!;
      p += same / labelled.length;
      r += same / goldSize.get(label)!;
      n++;
      seen.add(id);
    }
  }
  // A labelled article the clustering left out stands alone: the score must not improve by dropping articles.
  for (const [id, label] of gold) {
    if (seen.has(id)) continue;
    p += 1;
    r += 1 / goldSize.get(label)!;
    n++;
  }
  const precision = n ? p / n : 0;
  const recall = n ? r / n : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
