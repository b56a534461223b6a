// The client's address, for throttling and the audit log. It is decided once, by our own HTTP
// server (scripts/serve.ts), from the TCP connection — or, only when TRUST_PROXY=1, from the hop
// the reverse proxy appended to X-Forwarded-For (the right-most one; anything to its left was
// sent by the client and proves nothing). The app reads only the header that server sets.

/** The header our server sets on every request, overwriting whatever the client sent. */
export const CLIENT_IP_HEADER = "x-renew-client-ip";

type HeaderBag = Headers | Record<string, string | string[] | undefined> | undefined;

/** Decided by the server for each request. */
export function clientAddress(input: {
  forwardedFor: string | string[] | undefined;
  socketAddress: string | undefined;
  trustProxy: boolean;
}): string | null {
  if (input.trustProxy) {
    const joined = Array.isArray(input.forwardedFor) ? input.forwardedFor.join(",") : (input.forwardedFor ?? "");
    const hops = joined
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean);
    const last = hops[hops.length - 1];
    if (last) return last.slice(0, 64);
  }
  return input.socketAddress ? input.socketAddress.replace(/^::ffff:/, "").slice(0, 64) : null;
}

/** Read by the app: the address our server recorded, or null if the request did not come through it. */
export function clientIpFrom(headers: HeaderBag): string | null {
  if (!headers) return null;
  const value = headers instanceof Headers ? headers.get(CLIENT_IP_HEADER) : headers[CLIENT_IP_HEADER];
  const ip = Array.isArray(value) ? value[0] : value;
  return ip ? ip.slice(0, 64) : null;
}
