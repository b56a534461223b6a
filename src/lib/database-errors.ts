// Failures of the database connection itself, told apart from bugs: they get a plain "nothing was
// saved, try again" (the transaction never committed) instead of the generic error, and are the
// kind of failure a retry by the user can fix. Kept apart from action.ts so routes use it too.
import { CONNECTION_LOST, DATABASE_BUSY, ServiceUnavailableError } from "@/lib/errors";

// PostgreSQL: 57P01–57P03 (server ending or refusing connections), class 08 (connection exceptions),
// 53300 (too many connections).
const LOST_SQLSTATE = /^(57P0[123]|08\d{3}|53300)$/;
// What @prisma/adapter-pg calls a broken socket or an unreachable server.
const LOST_KINDS = new Set(["ConnectionClosed", "DatabaseNotReachable", "SocketTimeout", "TooManyConnections"]);
// What node-postgres throws for a socket that closed under it (no SQLSTATE).
const LOST_TEXT =
  /Connection terminated|connection error and is not queryable|Client was closed|ECONNRESET|ECONNREFUSED|terminating connection/i;
// Prisma: cannot reach the server (P1001, P1017), no connection from the pool in time (P2024),
// interactive transaction expired or closed under us (P2028).
const LOST_PRISMA = new Set(["P1001", "P1002", "P1017"]);
const BUSY_PRISMA = new Set(["P2024", "P2028"]);

type Inspectable = {
  code?: unknown;
  kind?: unknown;
  originalCode?: unknown;
  message?: unknown;
  cause?: unknown;
  meta?: unknown;
};

function causes(error: unknown): Inspectable[] {
  const seen: Inspectable[] = [];
  const visit = (value: unknown, depth: number) => {
    if (!value || typeof value !== "object" || depth > 5 || seen.includes(value as Inspectable)) return;
    const e = value as Inspectable;
    seen.push(e);
    visit(e.cause, depth + 1);
    if (e.meta && typeof e.meta === "object")
      visit((e.meta as { driverAdapterError?: unknown }).driverAdapterError, depth + 1);
  };
  visit(error, 0);
  return seen;
}

/** A ServiceUnavailableError when `error` is the connection failing (or the database too busy to answer in time), else null. */
export function databaseUnavailable(error: unknown): ServiceUnavailableError | null {
  const chain = causes(error);
  const lost = chain.some(
    (e) =>
      (typeof e.code === "string" && (LOST_SQLSTATE.test(e.code) || LOST_PRISMA.has(e.code))) ||
      (typeof e.originalCode === "string" && LOST_SQLSTATE.test(e.originalCode)) ||
      (typeof e.kind === "string" && LOST_KINDS.has(e.kind)) ||
      (typeof e.message === "string" && LOST_TEXT.test(e.message)),
  );
  if (lost) return new ServiceUnavailableError(CONNECTION_LOST);
  if (chain.some((e) => typeof e.code === "string" && BUSY_PRISMA.has(e.code)))
    return new ServiceUnavailableError(DATABASE_BUSY);
  return null;
}
