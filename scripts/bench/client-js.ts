// How much JavaScript a page makes the phone download on first load, gzip-compressed as it travels,
// beside the floor every page of the same build loads (the framework's own: the build manifest's
// polyfills and root main files — what an empty page ships).
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export type PageJs = {
  scripts: number;
  gzipBytes: number;
  files: string[];
  /** `nomodule` polyfills, for browsers without ES modules only. */ legacyGzipBytes?: number;
};

const gz = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;

async function scriptBytes(base: string, src: string): Promise<number> {
  const response = await fetch(new URL(src, base));
  if (!response.ok) throw new Error(`${src} answered ${response.status}`);
  return gz(new Uint8Array(await response.arrayBuffer()));
}

/** The external scripts of a page as served (inline RSC data is not counted, like Next's own "First Load JS"). */
export async function pageJs(base: string, pathname: string, cookie: string | null): Promise<PageJs> {
  const response = await fetch(base + pathname, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${pathname} answered ${response.status}`);
  const html = await response.text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"[^>]*>/g)];
  // `nomodule` scripts (Next's polyfills) are fetched only by browsers without ES modules.
  const files = [...new Set(tags.filter((m) => !/nomodule/i.test(m[0])).map((m) => m[1]!))];
  const legacy = [...new Set(tags.filter((m) => /nomodule/i.test(m[0])).map((m) => m[1]!))];
  let gzipBytes = 0;
  for (const src of files) gzipBytes += await scriptBytes(base, src);
  let legacyGzipBytes = 0;
  for (const src of legacy) legacyGzipBytes += await scriptBytes(base, src);
  return { scripts: files.length, gzipBytes, files, legacyGzipBytes };
}

/** The floor: what the build loads on every page before any page's own code. */
export async function floorJs(base: string, distDir: string): Promise<PageJs> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as {
    polyfillFiles?: string[];
    rootMainFiles?: string[];
  };
  const files = [...(manifest.rootMainFiles ?? [])].map((f) => `/_next/${f}`);
  let gzipBytes = 0;
  for (const src of files) gzipBytes += await scriptBytes(base, src);
  return { scripts: files.length, gzipBytes, files };
}
