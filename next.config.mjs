/** @type {import('next').NextConfig} */
const nextConfig = {
  // Workers and scripts share lib/; the web app bundles it. pg and pino stay server-side packages.
  serverExternalPackages: ["pg", "pino", "bullmq", "ioredis"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc --noEmit) before building; no need to do it twice.
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  // Each test run and demo builds into its own folder when asked, so they never clobber each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
