import { basePath } from './lib/site/base-path.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath: basePath(),
  // The base path in the browser's bundles too (lib/site/base-path.mjs), for links that client components draw.
  env: { PARALLAX_BASE_PATH: basePath() },
  // The site is static: nothing is fetched at build time, and no telemetry-dependent features are used.
  poweredByHeader: false,
  // Types are checked once, by `npm run typecheck` (a stage of `npm run check` and `npm test`), over the whole
  // project; checking them again inside every `next build` (the test run makes two) only costs time.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
