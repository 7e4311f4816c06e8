'use client';

import { useMemo } from 'react';
import type { Comparison } from '@/lib/view/comparison';
import { layoutComparison, type ComparisonView, type MarkCell } from '@/lib/view/comparison-layout';
import { memoisedCellMarks } from '@/lib/view/marks';
import { ComparisonBody } from './ComparisonBody';

/** Marks remembered per comparison, so going back to a base does not diff its cells again. */
const markers = new WeakMap<Comparison, MarkCell>();
function markerOf(model: Comparison): MarkCell {
  let marker = markers.get(model);
  if (!marker) {
    marker = memoisedCellMarks();
    markers.set(model, marker);
  }
  return marker;
}

/**
 * The comparison redrawn in the browser for a view other than the one the server rendered (another base, other
 * outlets, differences only, folded passages). Loaded with import() on the first such change, so the word diff and
 * the row layout are not part of the page's first scripts.
 */
export function LiveBody({ model, view }: { model: Comparison; view: ComparisonView }) {
  const layout = useMemo(() => layoutComparison(model, view, markerOf(model)), [model, view]);
  return <ComparisonBody layout={layout} />;
}
