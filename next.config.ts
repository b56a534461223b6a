import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets several checkouts on one machine build side by side without sharing .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native and WebAssembly packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: "20mb" },
  },
};

export default nextConfig;
