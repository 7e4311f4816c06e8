/**
 * The sub-path the site is built for and served under: '' at the root of a host, or '/news' (no trailing slash),
 * from PARALLAX_BASE_PATH. One rule for next.config.js, the pages, the post-build steps and the server, so a path
 * given as '/news/' means the same everywhere. Plain JavaScript so next.config.js and scripts/serve.mjs can load it.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
export function basePath(env) {
  // Read as `process.env.PARALLAX_BASE_PATH` literally when no env is given: next.config.js passes it to the pages'
  // bundles (`env`), which replace that expression, so components the browser renders get the same base path.
  const value = env ? env.PARALLAX_BASE_PATH : process.env.PARALLAX_BASE_PATH;
  return (value ?? '').replace(/\/+$/, '');
}
