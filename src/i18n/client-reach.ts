// Which source files run in the browser, and which catalogue namespaces they ask for: the client
// provider (src/i18n/client-namespaces.json) must hold every one of them. Read from the sources
// as text, so the codemod that writes the list and the test that checks it agree by construction.
import { join } from "node:path";

/** Every "use client" module and what it imports (not types; a "use server" module reaches the client only as a reference to its actions). */
export function clientReachableFiles(texts: ReadonlyMap<string, string>, srcRoot: string): Set<string> {
  const resolve = (from: string, spec: string) => {
    const base = spec.startsWith("@/")
      ? join(srcRoot, spec.slice(2))
      : spec.startsWith(".")
        ? join(from, "..", spec)
        : undefined;
    return base
      ? [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")].find((c) => texts.has(c))
      : undefined;
  };
  const client = new Set<string>();
  const queue = [...texts.keys()].filter((f) => /^["']use client["']/m.test(texts.get(f)!));
  while (queue.length) {
    const file = queue.pop()!;
    if (client.has(file) || /^["']use server["']/m.test(texts.get(file)!)) continue;
    client.add(file);
    for (const m of texts.get(file)!.matchAll(/^import\s+(?!type\b)[^;]*?from\s+["']([^"']+)["']/gm)) {
      const target = resolve(file, m[1]!);
      if (target && !client.has(target)) queue.push(target);
    }
  }
  return client;
}

/** The keys a file asks for by literal (through t, tr or tx), and the prefixes of keys it builds from a template. */
export function keysAskedFor(text: string): { keys: string[]; prefixes: string[] } {
  return {
    keys: [...text.matchAll(/\b(?:t|tr|tx)\(\s*"([A-Za-z0-9_.]+)"/g)].map((m) => m[1]!),
    prefixes: [...text.matchAll(/\b(?:t|tr|tx)\(\s*`([A-Za-z0-9_.]+)\.\$\{/g)].map((m) => m[1]!),
  };
}

/** A key's namespace as the provider lists it: its first two segments. */
export const namespaceOf = (key: string) => key.split(".").slice(0, 2).join(".");
