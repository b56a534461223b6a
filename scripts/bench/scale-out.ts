// `npm run bench:scale-out` — the platform on more than one machine, the ordinary way: two app
// processes on one PostgreSQL behind a round-robin proxy (./round-robin.ts, no stickiness).
//   BENCH_DATABASE_URL=postgresql://…/renew_cq npm run bench:scale-out [-- --votes 6000]
// Checks, through the proxy: sign-ins land on both processes and each session works on either;
// the sign-in throttle counts failures from both as one; four simultaneous first views of the
// roll-up (two per process) take this month's snapshot once; two escalation runs at once
// escalate each overdue task once. Then the vote figure through the proxy with one backend and
// with two (same proxy, same clients), each checked against the database.
// Prints a table and writes docs/benchmarks/<date>-scale-out.md.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../../src/lib/auth/password";
import { runPlatform, type RunningPlatform } from "../lib/platform";
import { startRoundRobin } from "./round-robin";
import { bareRoute, cleanupVoteBench, runVotes, setupVoteBench, type VoteRun } from "./votes";

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.error("请设置 BENCH_DATABASE_URL / set BENCH_DATABASE_URL to a database filled with npm run db:fill");
  process.exit(2);
}
const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const PORTS = [option("port", 3391), option("port", 3391) + 1];
const PROXY_PORT = option("proxy-port", 3399);
const CONNECTIONS = option("connections", 200);
const VOTES = option("votes", 6000);
const PASSWORD = "Bench-Renew-2026!";
const YEAR = 2025;

process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
const secret = process.env.AUTH_SECRET;
// Both processes: the same secret (a cookie from one opens the other), the proxy's address as the
// public one, and the proxy trusted for the client's address.
process.env.NEXTAUTH_URL = `http://localhost:${PROXY_PORT}`;
process.env.TRUST_PROXY = "1";

const pool = new pg.Pool({ connectionString: url, max: 4 });
const lines: string[] = [];
const say = (line: string) => {
  console.log(line);
  lines.push(line);
};

async function signInForm(base: string): Promise<{ fields: Record<string, string> }> {
  const html = await (await fetch(`${base}/login`)).text();
  const form = html.split("<form").find((part) => part.includes('name="username"'))!;
  const fields: Record<string, string> = {};
  for (const m of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    if (name) fields[name] = (/value="([^"]*)"/.exec(m[0])?.[1] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  }
  return { fields };
}

/** The no-JS sign-in form, posted through `base`: the session cookie, or null with the page's answer. */
async function signIn(
  base: string,
  username: string,
  password: string,
): Promise<{ cookie: string | null; status: number; text: string }> {
  const { fields } = await signInForm(base);
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  body.append("username", username);
  body.append("password", password);
  const r = await fetch(`${base}/login`, { method: "POST", body, headers: { origin: base }, redirect: "manual" });
  const cookie =
    r.headers
      .getSetCookie()
      .find((c) => c.startsWith("next-auth.session-token="))
      ?.split(";")[0] ?? null;
  return { cookie, status: r.status, text: await r.text() };
}

const platforms: RunningPlatform[] = [];
const proxies: { close: () => Promise<void> }[] = [];
try {
  const userId = "bench-scale-resident";
  const username = "bench.scale";
  await pool.query(
    `INSERT INTO "User" (id, username, "passwordHash", "displayName", role, "updatedAt", "passwordChangedAt") VALUES ($1, $2, $3, '压测居民(两进程)', 'RESIDENT', now(), now())
     ON CONFLICT (id) DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", active = true, "mustChangePassword" = false`,
    [userId, username, await hashPassword(PASSWORD)],
  );
  await pool.query(`DELETE FROM "AuthThrottle" WHERE key LIKE $1`, [`login:%${username}%`]);
  const voteBench = await setupVoteBench(pool, secret, Math.ceil(VOTES / 3));

  for (const port of PORTS)
    platforms.push(await runPlatform({ port, databaseUrl: url, seedDemo: false, log: (line) => console.log(line) }));
  const both = await startRoundRobin(PROXY_PORT, PORTS);
  proxies.push(both);
  const base = `http://127.0.0.1:${PROXY_PORT}`;
  const machine = () => `load average ${os.loadavg()[0]!.toFixed(1)}`;
  say(`# Two app processes behind a round-robin proxy, ${new Date().toISOString().slice(0, 16)}Z`);
  say("");
  say(
    `Machine: ${os.cpus().length} CPUs, ${machine()} at the start. Processes on ports ${PORTS.join(" and ")}, the proxy on ${PROXY_PORT}.`,
  );
  say("");

  // Sign-ins spread over both; each session valid on either process.
  const before = [...both.counts];
  const cookies: string[] = [];
  for (let i = 0; i < 4; i++) {
    const r = await signIn(base, username, PASSWORD);
    if (!r.cookie) throw new Error(`sign-in ${i} gave no session (status ${r.status})`);
    cookies.push(r.cookie);
  }
  const spread = both.counts.map((c, i) => c - before[i]!);
  let validOnBoth = 0;
  for (const cookie of cookies) {
    const answers = await Promise.all(
      PORTS.map((port) =>
        fetch(`http://127.0.0.1:${port}/resident`, { headers: { cookie }, redirect: "manual" }).then((r) => r.status),
      ),
    );
    if (answers.every((s) => s === 200)) validOnBoth++;
  }
  say(
    `- Sign-ins: 4 through the proxy (requests per process ${spread.join(" / ")}); sessions that open \`/resident\` on **both** processes directly: ${validOnBoth} of 4.`,
  );

  // The throttle: failures through both processes count as one series.
  const wrong: string[] = [];
  for (let i = 0; i < 7; i++) {
    const r = await signIn(base, username, "wrong-password-123");
    wrong.push(r.cookie ? "signed in?!" : /失败次数过多|too many failed/i.test(r.text) ? "throttled" : "refused");
  }
  const attempts = (
    await pool.query<{ reason: string; n: string }>(
      `SELECT coalesce(reason, 'OK') AS reason, count(*) AS n FROM "LoginAttempt" WHERE username = $1 AND NOT success AND at > timezone('UTC', now()) - interval '2 minutes' GROUP BY 1 ORDER BY 1`,
      [username],
    )
  ).rows
    .map((r) => `${r.n} ${r.reason}`)
    .join(", ");
  const after = await signIn(base, username, PASSWORD);
  say(
    `- Throttle: 7 wrong passwords through the proxy, alternating processes: ${wrong.join(", ")}; recorded in the database: ${attempts}; the right password right after: ${after.cookie ? "signed in (not throttled!)" : "still refused (throttled for both processes)"}.`,
  );
  await pool.query(`DELETE FROM "AuthThrottle" WHERE key LIKE $1`, [`login:%${username}%`]);

  // Two runs of a job at once (two machines' cron).
  const job = (script: string) =>
    new Promise<string>((resolve) => {
      const child = spawn(path.resolve(import.meta.dirname, "../../node_modules/.bin/tsx"), [script], {
        cwd: path.resolve(import.meta.dirname, "../.."),
        env: { ...process.env, DATABASE_URL: url },
      });
      let out = "";
      child.stdout.on("data", (c: Buffer) => (out += c.toString()));
      child.on("exit", () => resolve(out.trim().split("\n").pop() ?? ""));
    });
  // The month's roll-up snapshot: four views at once, two per process, write nothing; two runs of the
  // monthly job at once (two machines' cron) take it once.
  const commissionId = "bench-commission";
  await pool.query(
    `INSERT INTO "User" (id, username, "passwordHash", "displayName", role, "updatedAt", "passwordChangedAt") VALUES ($1, 'bench.commission', $2, '压测账号 COMMISSION', 'COMMISSION', now(), now())
     ON CONFLICT (id) DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", active = true, "mustChangePassword" = false`,
    [commissionId, await hashPassword(PASSWORD)],
  );
  const commission = (await signIn(base, "bench.commission", PASSWORD)).cookie!;
  const month = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
  await pool.query(`DELETE FROM "RollupSnapshot" WHERE year = $1 AND month = $2 AND kind = 'MONTHLY'`, [YEAR, month]);
  const views = await Promise.all(
    [0, 1, 0, 1].map((i) =>
      fetch(`http://127.0.0.1:${PORTS[i]}/commission/rollup?year=${YEAR}`, { headers: { cookie: commission } }).then(
        (r) => r.status,
      ),
    ),
  );
  const monthly = async () =>
    Number(
      (
        await pool.query<{ n: string }>(
          `SELECT count(*) AS n FROM "RollupSnapshot" WHERE year = $1 AND month = $2 AND kind = 'MONTHLY'`,
          [YEAR, month],
        )
      ).rows[0]!.n,
    );
  const afterViews = await monthly();
  const snapshotRuns = await Promise.all([job("scripts/jobs-snapshot.ts"), job("scripts/jobs-snapshot.ts")]);
  say(
    `- Roll-up snapshot: four simultaneous views of ${YEAR} (answers ${views.join(", ")}), two on each process: **${afterViews}** snapshots written by them; then two runs of \`jobs:snapshot\` at once (their last lines: “${snapshotRuns.join("” and “")}”): **${await monthly()}** monthly snapshot for ${month}.`,
  );

  // Escalation: two runs at once.
  const runs = await Promise.all([job("scripts/jobs-escalate.ts"), job("scripts/jobs-escalate.ts")]);
  const twice = Number(
    (
      await pool.query<{ n: string }>(
        `SELECT count(*) AS n FROM (SELECT "entityId" FROM "AuditLog" WHERE action = 'departmentTask.escalate' GROUP BY 1 HAVING count(*) > 1) t`,
      )
    ).rows[0]!.n,
  );
  say(`- Escalation: two runs at once: “${runs.join("” and “")}”; tasks ever escalated more than once: **${twice}**.`);
  say("");

  // Votes: the same proxy in front of one process, then of two.
  const one = await startRoundRobin(PROXY_PORT + 1, [PORTS[0]!]);
  proxies.push(one);
  const rows: { what: string; v: VoteRun; bare: number }[] = [];
  const half = Math.floor(VOTES / 2);
  const first = { ...voteBench, itemIds: voteBench.itemIds.slice(0, 1) };
  const second = { ...voteBench, itemIds: voteBench.itemIds.slice(1, 2) };
  for (const [what, port, bench] of [
    ["one process", PROXY_PORT + 1, first],
    ["two processes", PROXY_PORT, second],
  ] as const) {
    const target = `http://127.0.0.1:${port}`;
    const loadBefore = os.loadavg()[0]!;
    const v = await runVotes(pool, target, bench, CONNECTIONS, Math.min(half, voteBench.residents.length));
    const bare = await bareRoute(target, CONNECTIONS, Math.min(half, voteBench.residents.length));
    rows.push({
      what: `${what} (load average ${loadBefore.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)})`,
      v,
      bare: bare.perSecond,
    });
    console.log(`• ${what}: ${v.perSecond.toFixed(0)} votes/s`);
  }
  say(
    `| behind the proxy | votes sent | votes/s | p50 ms | p95 ms | lost | doubled | bare route req/s | votes ÷ bare |`,
  );
  say(`| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
  for (const r of rows) {
    say(
      `| ${r.what} | ${r.v.sent} | ${r.v.perSecond.toFixed(0)} | ${r.v.p50.toFixed(0)} | ${r.v.p95.toFixed(0)} | ${r.v.check.lost} | ${r.v.check.doubled} | ${r.bare.toFixed(0)} | ${((r.v.perSecond / r.bare) * 100).toFixed(0)} % |`,
    );
  }
  say("");
  say(
    `${CONNECTIONS} concurrent clients, each vote a new (item, dwelling) pair of its own resident's session; requests per process through the two-backend proxy: ${both.counts.join(" / ")}.`,
  );
  await cleanupVoteBench(pool, voteBench);
} finally {
  for (const p of proxies) await p.close();
  for (const p of platforms) await p.stop();
  await pool.end();
}

const date = new Date().toISOString().slice(0, 10);
mkdirSync(path.resolve(import.meta.dirname, "../../docs/benchmarks"), { recursive: true });
const file = path.resolve(import.meta.dirname, `../../docs/benchmarks/${date}-scale-out.md`);
writeFileSync(file, lines.join("\n") + "\n");
console.log(`\n• 已写入 / written to ${path.relative(process.cwd(), file)}`);
