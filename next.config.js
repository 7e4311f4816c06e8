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
  // Next gives a page 60 s before it retries it and, after three tries, fails the build. The 100k bench's export on
  // a busy machine (two cores, load 15) failed that way: pages rendered beside a slow one share its worker and its
  // clock (the one slow page, the corpus page listing all 100k articles, is now cut into pages). The limit only has to
  // outlast a busy machine.
  staticPageGenerationTimeout: 600,
  // Turbopack keeps a build's compiled output in .next/cache for the next build. A build for a sub-path (the browser
  // tests' /news site, right after the root site's build) neither reads nor writes it: once, reusing the root build's
  // cache, it stopped with "TurbopackInternalError: conflicting effects for the same key" (a file the cache would
  // write with other content), and the root build must not find a sub-path build's output there either.
  experimental: { turbopackFileSystemCacheForBuild: !basePath() },
};

export default nextConfig;
