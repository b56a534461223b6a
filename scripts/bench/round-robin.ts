// A round-robin HTTP proxy in front of several app processes, as a load balancer would stand in
// front of several machines: each request goes to the next backend, with the client's address in
// X-Forwarded-For (the app servers run with TRUST_PROXY=1, so throttling sees the real client).
// Keep-alive to the backends; no stickiness — every request may land on either process.
import http, { type IncomingMessage, type ServerResponse } from "node:http";

export type RoundRobin = { port: number; counts: number[]; close: () => Promise<void> };

export function startRoundRobin(port: number, backends: number[]): Promise<RoundRobin> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const counts = backends.map(() => 0);
  let next = 0;
  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    const i = next++ % backends.length;
    counts[i]!++;
    const forwardedFor = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: backends[i],
        method: req.method,
        path: req.url,
        agent,
        headers: { ...req.headers, "x-forwarded-for": forwardedFor, "x-forwarded-host": req.headers.host ?? "" },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders as unknown as http.OutgoingHttpHeaders);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end("bad gateway");
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () =>
      resolve({
        port,
        counts,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
            agent.destroy();
          }),
      }),
    );
  });
}
