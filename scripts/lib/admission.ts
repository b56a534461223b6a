// Admission control in front of Next.js: at most `limit` requests inside the app at once, the rest
// wait in arrival order before anything of theirs is parsed. Under a burst (200 residents voting
// in the same minute) a request inside Next.js holds its render state, body and database wait —
// hundreds at once grew the server past 1 GB while the database pool (DB_POOL_MAX) let only ten
// of them work. A waiting request holds only its socket. Measured in docs/performance.md, "Memory".
import type { IncomingMessage, ServerResponse } from "node:http";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export function admissionGate(
  limit: number,
  handle: Handler,
): Handler & { inFlight: () => number; waiting: () => number } {
  let active = 0;
  const queue: { req: IncomingMessage; res: ServerResponse }[] = [];

  const start = (req: IncomingMessage, res: ServerResponse) => {
    active++;
    let released = false;
    // `close` fires for a finished answer and for a client that went away mid-answer alike.
    res.once("close", () => {
      if (released) return;
      released = true;
      active--;
      next();
    });
    handle(req, res);
  };
  const next = () => {
    while (active < limit && queue.length > 0) {
      const waiting = queue.shift()!;
      // A client that gave up while waiting is not worth a slot.
      if (waiting.res.destroyed || waiting.req.destroyed) continue;
      start(waiting.req, waiting.res);
    }
  };
  const gate = ((req: IncomingMessage, res: ServerResponse) => {
    if (active < limit) start(req, res);
    else queue.push({ req, res });
  }) as Handler & { inFlight: () => number; waiting: () => number };
  gate.inFlight = () => active;
  gate.waiting = () => queue.length;
  return gate;
}

/** The limit from MAX_IN_FLIGHT, or four requests per database connection (DB_POOL_MAX, default 10). */
export function admissionLimit(env: Record<string, string | undefined>): number {
  const explicit = Number(env.MAX_IN_FLIGHT);
  if (Number.isInteger(explicit) && explicit > 0) return explicit;
  const pool = Number(env.DB_POOL_MAX);
  return 4 * (Number.isInteger(pool) && pool > 0 ? pool : 10);
}
