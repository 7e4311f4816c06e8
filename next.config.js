/** @type {import('next').NextConfig} */
const basePath = process.env.PARALLAX_BASE_PATH || '';

const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath,
  // The site is static: nothing is fetched at build time, and no telemetry-dependent features are used.
  poweredByHeader: false,
};

export default nextConfig;
