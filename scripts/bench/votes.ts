// The write side of `npm run bench`: residents voting through the no-JavaScript form, against the
// ceilings measured in the same minute (a bare route handler of the same build, and the bare
// upsert through `pg`), then checked against the database: every vote answered "recorded" is
// there once, nothing else was written.
//
// Setup writes only rows of its own: residents `bench-resident-<n>` bound to dwellings of the
// project with the most dwellings, a fresh OPEN ballot `bench-ballot-<run>` on that project
// (deleted again afterwards, with its votes and history), sessions named `bench-vote-<run>-<n>`.
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import type { IncomingHttpHeaders } from "node:http";
import type pg from "pg";

export type VoteBench = {
  run: string;
  ballotId: string;
  itemIds: string[];
  /** The item the bare `pg` upsert writes to, apart from the items the form posts to. */
  pgItemId: string;
  residents: { id: string; dwellingId: string; cookie: string }[];
};

const ITEMS = 3;

export async function setupVoteBench(pool: pg.Pool, secret: string, residents: number): Promise<VoteBench> {
  const run = Date.now().toString(36);
  const project = (
    await pool.query<{ id: string }>(
      `SELECT pn."projectId" AS id FROM "ProjectNeighborhood" pn JOIN "Neighborhood" n ON n.id = pn."neighborhoodId"
      GROUP BY 1 ORDER BY sum(n."dwellingCount") DESC, 1 LIMIT 1`,
    )
  ).rows[0]!.id;
  const dwellings = (
    await pool.query<{ id: string }>(
      `SELECT d.id FROM "Dwelling" d JOIN "ProjectNeighborhood" pn ON pn."neighborhoodId" = d."neighborhoodId" WHERE pn."projectId" = $1 ORDER BY d.id LIMIT $2`,
      [project, residents],
    )
  ).rows.map((r) => r.id);
  const projectItem = (
    await pool.query<{ id: string }>(`SELECT id FROM "ProjectItem" WHERE "projectId" = $1 ORDER BY id LIMIT 1`, [
      project,
    ])
  ).rows[0]!.id;
  const ballotId = `bench-ballot-${run}`;
  await pool.query(
    `INSERT INTO "Ballot" (id, "projectId", title, status, "opensAt", "closesAt", "createdAt", "updatedAt")
     VALUES ($1, $2, '压测表决 / bench ballot', 'OPEN', timezone('UTC', now()) - interval '1 hour', timezone('UTC', now()) + interval '1 day', timezone('UTC', now()), timezone('UTC', now()))`,
    [ballotId, project],
  );
  const itemIds = Array.from({ length: ITEMS + 1 }, (_, i) => `${ballotId}-item-${i}`);
  await pool.query(
    `INSERT INTO "BallotItem" (id, "ballotId", "projectItemId", matter, title, "estimatedCostFen", "sortOrder")
     SELECT id, $2, $3, 'ORDINARY', '压测事项 ' || ord, 100000, ord FROM unnest($1::text[]) WITH ORDINALITY AS t(id, ord)`,
    [itemIds, ballotId, projectItem],
  );
  const ids = dwellings.map((_, i) => `bench-resident-${i}`);
  await pool.query(
    `INSERT INTO "User" (id, username, "passwordHash", "displayName", role, "updatedAt", "passwordChangedAt")
     SELECT id, replace(id, '-', '.'), 'bench: no password', '压测居民', 'RESIDENT', now(), now() FROM unnest($1::text[]) AS t(id)
     ON CONFLICT (id) DO UPDATE SET active = true, "mustChangePassword" = false`,
    [ids],
  );
  await pool.query(
    `UPDATE "ResidentDwelling" SET "revokedAt" = now() WHERE "userId" = ANY($1) AND "revokedAt" IS NULL AND NOT ("dwellingId" = ANY($2))`,
    [ids, dwellings],
  );
  await pool.query(
    `INSERT INTO "ResidentDwelling" (id, "userId", "dwellingId") SELECT 'bench-binding-' || md5(u || ' ' || d), u, d FROM unnest($1::text[], $2::text[]) AS t(u, d)
     ON CONFLICT ("userId", "dwellingId") DO UPDATE SET "revokedAt" = NULL`,
    [ids, dwellings],
  );
  const sessions = ids.map((id, i) => `bench-vote-${run}-${i}`);
  await pool.query(
    `INSERT INTO "UserSession" (id, "userId", "expiresAt", "userAgent") SELECT s, u, timezone('UTC', now()) + interval '8 hours', 'npm run bench' FROM unnest($1::text[], $2::text[]) AS t(s, u)`,
    [sessions, ids],
  );
  const maxAge = 8 * 60 * 60;
  const cookies = await Promise.all(
    ids.map((id, i) => encode({ token: { uid: id, sid: sessions[i]!, sub: id }, secret, maxAge })),
  );
  return {
    run,
    ballotId,
    itemIds: itemIds.slice(0, ITEMS),
    pgItemId: itemIds[ITEMS]!,
    residents: ids.map((id, i) => ({ id, dwellingId: dwellings[i]!, cookie: `next-auth.session-token=${cookies[i]}` })),
  };
}

export async function cleanupVoteBench(pool: pg.Pool, bench: VoteBench): Promise<void> {
  // Votes and history go with the ballot (ON DELETE CASCADE); the audit rows stay, as they would.
  await pool.query(`DELETE FROM "Ballot" WHERE id = $1`, [bench.ballotId]);
  await pool.query(`UPDATE "UserSession" SET "revokedAt" = now(), "revokedReason" = 'SIGN_OUT' WHERE id LIKE $1`, [
    `bench-vote-${bench.run}-%`,
  ]);
}

/** What the ballot page's vote form posts, read from the page as a browser would: where, how encoded, which fields. */
async function voteFormShape(
  base: string,
  bench: VoteBench,
): Promise<{ path: string; encode: (fields: Record<string, string>) => { body: string; contentType: string } }> {
  const page = `/resident/ballots/${bench.ballotId}`;
  const response = await fetch(base + page, { headers: { cookie: bench.residents[0]!.cookie }, redirect: "manual" });
  const html = await response.text();
  if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
  // The page has other forms (the language switch, signing out): the vote form is the one with the item.
  const form = html.split("<form").find((part) => part.includes('name="ballotItemId"'));
  if (!form) throw new Error("the ballot page has no vote form");
  const tag = form.slice(0, form.indexOf(">"));
  const action = /action="([^"]*)"/.exec(tag)?.[1]?.replace(/&amp;/g, "&") || page;
  // A server-action form (React's hidden $ACTION_ID_ field, multipart) or a plain one (urlencoded).
  const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(form)?.[1];
  if (actionField || /enctype="multipart\/form-data"/i.test(tag)) {
    return {
      path: action,
      encode: (fields) => ({
        body: multipart(actionField ? { [actionField]: "", ...fields } : fields),
        contentType: `multipart/form-data; boundary=${BOUNDARY}`,
      }),
    };
  }
  return {
    path: action,
    encode: (fields) => ({
      body: new URLSearchParams(fields).toString(),
      contentType: "application/x-www-form-urlencoded",
    }),
  };
}

const BOUNDARY = "----renewBenchBoundary7MA4YWxkTrZu0gW";
function multipart(fields: Record<string, string>): string {
  return (
    Object.entries(fields)
      .map(([k, v]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
      .join("") + `--${BOUNDARY}--\r\n`
  );
}

export type VoteRun = {
  sent: number;
  recorded: number;
  refused: number;
  otherAnswers: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  firstRefusal: string | null;
  check: { votes: number; history: number; lost: number; doubled: number; unanswered: number; mismatched: number };
};

/**
 * `amount` no-JS form posts from `connections` clients, each a different (item, dwelling) pair of a
 * different resident's session, so every recorded vote is a new row; then the database check.
 */
export async function runVotes(
  pool: pg.Pool,
  base: string,
  bench: VoteBench,
  connections: number,
  amount: number,
): Promise<VoteRun> {
  const { path, encode: encodeForm } = await voteFormShape(base, bench);
  const pairs = bench.itemIds.flatMap((itemId) => bench.residents.map((r) => ({ itemId, r })));
  if (amount > pairs.length) amount = pairs.length;
  const choices = ["AGREE", "DISAGREE", "ABSTAIN"];
  let next = 0;
  const recorded = new Set<number>();
  let refused = 0;
  let otherAnswers = 0;
  let firstRefusal: string | null = null;
  const started = performance.now();
  const result = await autocannon({
    url: base + path,
    connections,
    amount,
    timeout: 60,
    requests: [
      {
        method: "POST",
        setupRequest: (request: autocannon.Request, ctx: object) => {
          const context = ctx as { pair?: number };
          const k = next++;
          const { itemId, r } = pairs[k % pairs.length]!;
          context.pair = k;
          const { body, contentType } = encodeForm({
            ballotId: bench.ballotId,
            ballotItemId: itemId,
            dwellingId: r.dwellingId,
            choice: choices[k % 3]!,
          });
          return {
            ...request,
            method: "POST",
            path,
            headers: { cookie: r.cookie, origin: base, "content-type": contentType, accept: "text/html" },
            body,
          };
        },
        onResponse: (status: number, _body: string, ctx: object, headers?: IncomingHttpHeaders) => {
          const context = ctx as { pair?: number };
          // autocannon hands the raw header names over as sent (Next.js sends "Location").
          const location = String(
            Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === "location")?.[1] ?? "",
          );
          if (status === 303 && location.includes("ok=voted")) recorded.add(context.pair!);
          else if (status === 303 && location.includes("error=")) {
            refused++;
            firstRefusal ??= decodeURIComponent(location.split("error=")[1]!.split("#")[0]!.replace(/\+/g, " "));
          } else otherAnswers++;
        },
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  const check = await checkVotes(pool, bench, pairs, recorded);
  return {
    sent: amount,
    recorded: recorded.size,
    refused,
    otherAnswers,
    errors: result.errors + result.timeouts,
    seconds,
    perSecond: recorded.size / seconds,
    p50: result.latency.p50,
    p95: result.latency.p97_5,
    firstRefusal,
    check,
  };
}

/** Lost: answered "recorded" but absent. Doubled: more history than votes, or a vote nobody was told of. */
async function checkVotes(
  pool: pg.Pool,
  bench: VoteBench,
  pairs: { itemId: string; r: { dwellingId: string } }[],
  recorded: Set<number>,
): Promise<VoteRun["check"]> {
  const stored = (
    await pool.query<{ key: string; choice: string; history: number; last: string }>(
      `SELECT v."ballotItemId" || ' ' || v."dwellingId" AS key, v.choice::text AS choice,
            (SELECT count(*)::int FROM "VoteHistory" h WHERE h."ballotItemId" = v."ballotItemId" AND h."dwellingId" = v."dwellingId") AS history,
            (SELECT h.choice::text FROM "VoteHistory" h WHERE h."ballotItemId" = v."ballotItemId" AND h."dwellingId" = v."dwellingId" ORDER BY h.id DESC LIMIT 1) AS last
       FROM "Vote" v WHERE v."ballotItemId" = ANY($1)`,
      [bench.itemIds],
    )
  ).rows;
  const history = Number(
    (
      await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "VoteHistory" WHERE "ballotItemId" = ANY($1)`, [
        bench.itemIds,
      ])
    ).rows[0]!.n,
  );
  const byKey = new Map(stored.map((s) => [s.key, s]));
  const told = new Set([...recorded].map((k) => `${pairs[k]!.itemId} ${pairs[k]!.r.dwellingId}`));
  let lost = 0;
  for (const key of told) if (!byKey.has(key)) lost++;
  const unanswered = stored.filter((s) => !told.has(s.key)).length;
  return {
    votes: stored.length,
    history,
    lost,
    doubled: stored.filter((s) => s.history !== 1).length + Math.max(0, history - stored.length),
    unanswered,
    mismatched: stored.filter((s) => s.last !== s.choice).length,
  };
}

export type Ceiling = { what: string; sent: number; perSecond: number; p50: number; p95: number; errors: number };

/** A bare route handler of the same build at the same concurrency: `/api/health` (one `SELECT 1`). */
export async function bareRoute(base: string, connections: number, amount: number): Promise<Ceiling> {
  const started = performance.now();
  const result = await autocannon({ url: `${base}/api/health`, connections, amount, timeout: 60 });
  const seconds = (performance.now() - started) / 1000;
  return {
    what: "bare route handler `GET /api/health`",
    sent: amount,
    perSecond: (result.requests.total - result.non2xx) / seconds,
    p50: result.latency.p50,
    p95: result.latency.p97_5,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** The same upsert the vote makes, bare through `pg` with the app's pool size, `connections` at a time. */
export async function barePg(pool: pg.Pool, bench: VoteBench, connections: number, amount: number): Promise<Ceiling> {
  return bareStatement(pool, bench, connections, amount, "bare `INSERT … ON CONFLICT` through `pg`", (r) => [
    `INSERT INTO "Vote" (id, "ballotItemId", "dwellingId", choice, "castById", "castAt", "updatedAt") VALUES (gen_random_uuid()::text, $1, $2, 'AGREE', $3, now(), now())
     ON CONFLICT ("ballotItemId", "dwellingId") DO UPDATE SET choice = EXCLUDED.choice, "updatedAt" = now()`,
    [bench.pgItemId, r.dwellingId, r.id],
  ]);
}

/** The vote's whole statement (`cast_vote`: checks, upsert, history, audit) bare through `pg`: the database's own ceiling for votes. */
export async function bareVoteFunction(
  pool: pg.Pool,
  bench: VoteBench,
  connections: number,
  amount: number,
): Promise<Ceiling> {
  return bareStatement(pool, bench, connections, amount, "bare `SELECT cast_vote(…)` through `pg`", (r, k) => [
    `SELECT r_outcome FROM "cast_vote"($1, $2, $3, $4, 'AGREE', '127.0.0.1')`,
    [`bench-vote-${bench.run}-${k % bench.residents.length}`, r.id, bench.pgItemId, r.dwellingId],
  ]);
}

async function bareStatement(
  pool: pg.Pool,
  bench: VoteBench,
  connections: number,
  amount: number,
  what: string,
  statement: (r: VoteBench["residents"][number], k: number) => [string, unknown[]],
): Promise<Ceiling> {
  let next = 0;
  let errors = 0;
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      for (let k = next++; k < amount; k = next++) {
        const r = bench.residents[k % bench.residents.length]!;
        const t = performance.now();
        try {
          const [sql, values] = statement(r, k);
          const result = await pool.query<{ r_outcome?: string }>(sql, values);
          if (result.rows[0]?.r_outcome && result.rows[0].r_outcome !== "OK") errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { what, sent: amount, perSecond: (amount - errors) / seconds, p50: at(0.5), p95: at(0.975), errors };
}
