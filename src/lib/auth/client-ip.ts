import { env } from "@/lib/env";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The client's address for throttling. Behind a reverse proxy (TRUST_PROXY=1) the proxy's
 * X-Forwarded-For is believed; otherwise the last hop Next.js itself recorded.
 */
export function clientIpFrom(headers: HeaderBag): string | null {
  const forwarded = header(headers, "x-forwarded-for");
  if (!forwarded) return null;
  const hops = forwarded.split(",").map((hop) => hop.trim()).filter(Boolean);
  const ip = env().TRUST_PROXY ? hops[0] : hops[hops.length - 1];
  return ip ? ip.slice(0, 64) : null;
}
