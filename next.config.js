import { basePath } from './lib/site/base-path.mjs';
import { codeBuildId } from './lib/site/build-id.mjs';

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
  // The same code gives the same build id (lib/site/build-id.mjs), so a rebuild changes only the pages whose data did.
  generateBuildId: () => codeBuildId(),
  // Types are checked once, by `npm run typecheck` (a stage of `npm run check` and `npm test`), over the whole
  // project; checking them again inside every `next build` (the test run makes two) only costs time.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
