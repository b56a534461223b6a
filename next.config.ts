import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets several checkouts on one machine build side by side without sharing .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native and WebAssembly packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pdfkit", "fontkit", "qrcode"],
  poweredByHeader: false,
  experimental: {
    // Uploads go up to 20 MB (storage.ts UPLOAD_LIMITS) plus the form's other fields; both the
    // actions and the proxy in front of them must let such a body through whole.
    serverActions: { bodySizeLimit: "21mb" },
    proxyClientMaxBodySize: "21mb",
  },
};

export default nextConfig;
