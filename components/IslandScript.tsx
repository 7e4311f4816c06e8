import { basePath } from '@/lib/site/base-path.mjs';

/**
 * An island's script (lib/client/<name>.ts, bundled by scripts/islands.ts into public/islands/): a module, so it runs
 * once the HTML is parsed, whatever its place in the page. The only scripts an exported page keeps besides the search
 * page's (scripts/harden.ts drops Next's runtime): the HTML is complete without them.
 */
export function IslandScript({ name }: { name: string }) {
  return <script type="module" defer src={`${basePath()}/islands/${name}.js`} data-parallax="" />;
}
