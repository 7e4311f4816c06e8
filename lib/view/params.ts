/**
 * `output: 'export'` fails the build when a dynamic segment's generateStaticParams returns no params, which is what an
 * empty corpus gives. The placeholder keeps one param so the build succeeds; the page calls notFound() for it, as it
 * does for any id the index does not hold.
 */
export const PLACEHOLDER_PARAM = '_none';

export function staticParams<K extends string>(key: K, values: readonly string[]): Record<K, string>[] {
  const list = values.length > 0 ? [...new Set(values)] : [PLACEHOLDER_PARAM];
  return list.map((v) => ({ [key]: v }) as Record<K, string>);
}
