import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { MAX_REQUEST_BODY } from "./src/lib/upload-limits";

const nextConfig: NextConfig = {
  // Lets several checkouts on one machine build side by side without sharing .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Native and WebAssembly packages are loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "@node-rs/argon2",
    "pg",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pdfkit",
    "fontkit",
    "qrcode",
  ],
  poweredByHeader: false,
  experimental: {
    // The proxy refuses a body over its request's limit (src/lib/upload-limits.ts) with a message;
    // Next.js must let the largest allowed body through whole. The proxy's copy of a body is cut
    // at proxyClientMaxBodySize, so it is a little larger: a body without a declared length is
    // then seen to be over the limit, not silently cut to it.
    serverActions: { bodySizeLimit: MAX_REQUEST_BODY },
    proxyClientMaxBodySize: MAX_REQUEST_BODY + 64 * 1024,
  },
};

// next-intl reads its request configuration (locale from the cookie, the catalogue) from here.
const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

export default withNextIntl(nextConfig);
