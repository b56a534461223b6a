// The HTTP server in front of Next.js (`npm start` and the browser tests run it; `next start`
// would do the same but cannot tell the app the client's real address). It records that address
// in one header, overwriting anything a client sent, so throttling cannot be dodged by a forged
// X-Forwarded-For (src/lib/auth/client-ip.ts). Usage: tsx scripts/serve.ts [--dev] -p PORT
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { CLIENT_IP_HEADER, clientAddress } from "../src/lib/auth/client-ip";
import { admissionGate, admissionLimit } from "./lib/admission";

const dev = process.argv.includes("--dev");
const portIndex = process.argv.indexOf("-p");
const port = Number(portIndex >= 0 ? process.argv[portIndex + 1] : (process.env.PORT ?? 3000));
const trustProxy = process.env.TRUST_PROXY === "1" || process.env.TRUST_PROXY === "true";
(process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";

export function recordClientAddress(req: IncomingMessage, trust: boolean): void {
  const ip = clientAddress({
    forwardedFor: req.headers["x-forwarded-for"],
    socketAddress: req.socket.remoteAddress,
    trustProxy: trust,
  });
  if (ip) req.headers[CLIENT_IP_HEADER] = ip;
  else delete req.headers[CLIENT_IP_HEADER];
  // Nothing downstream should believe a client-supplied chain when there is no proxy to vouch for it.
  if (!trust) delete req.headers["x-forwarded-for"];
}

async function main() {
  // Run through tsx (`next dev`, the fault tests), Node's source-map support is on, and Node then
  // reads and keeps the map of every module loaded after it — Next's server chunks with their
  // sources inlined, ~60 MB of strings (measured: 329 → 254 MB resident at start). Production
  // stack traces point into the built chunks, as with `next start`.
  if (!dev) process.setSourceMapsEnabled(false);
  const { default: next } = await import("next");
  // The platform runs a bundle of this file from the build directory (scripts/lib/platform.ts).
  const dir = process.env.APP_DIR ?? path.resolve(import.meta.dirname, "..");
  const app = next({ dev, dir, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const admit = admissionGate(admissionLimit(process.env), (req, res) => void handle(req, res));
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    recordClientAddress(req, trustProxy);
    admit(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, () => console.log(`▲ ready on http://localhost:${port}`));
  const stop = () => server.close(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
