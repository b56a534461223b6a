// `npm run bench` — the platform under load, against a filled database (npm run db:fill):
//   BENCH_DATABASE_URL=postgresql://…/renew_cq npm run bench [-- --connections 20 --seconds 10]
// Builds and starts the app through the normal start path (scripts/lib/platform.ts) on a spare
// port, signs in a bench district official (渝中) and a bench commission official (accounts made
// here, sessions minted like the sign-in form does), loads each page with autocannon from this
// process (the server is its own process), and times the same figures' database work
// sequentially in-process (the loaders the pages call), so the ratio holds on a noisy machine.
// Prints one table and writes it to docs/benchmarks/<date>.md.
import autocannon from "autocannon";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { hashPassword } from "../../src/lib/auth/password";
import { loadDistrictWork, loadProgrammeDashboard, loadPublicProgress } from "../../src/modules/dashboards/data";
import { loadNeighborhoodPage, neighborhoodWhere } from "../../src/modules/neighborhoods/list-filters";
import { loadRollup } from "../../src/modules/programme/rollup-data";
import { createScriptClient } from "../lib/client";
import { runPlatform } from "../lib/platform";
import { floorJs, pageJs } from "./client-js";
import {
  cleanupImportBench,
  setupImportBench,
  timeDwellingImport,
  timePlanImport,
  type ImportBench,
  type ImportTiming,
} from "./imports";
import { sampleMemory, type MemoryPeak } from "./memory";
import {
  bareRoute,
  barePg,
  bareVoteFunction,
  cleanupVoteBench,
  runVotes,
  setupVoteBench,
  type Ceiling,
  type VoteBench,
  type VoteRun,
} from "./votes";

const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.error(
    "请设置 BENCH_DATABASE_URL(用 npm run db:fill 填充过的数据库)/ set BENCH_DATABASE_URL to a database filled with npm run db:fill",
  );
  process.exit(2);
}
const option = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const CONNECTIONS = option("connections", 20);
const SECONDS = option("seconds", 10);
const SQL_RUNS = option("sql-runs", 7);
const PORT = option("port", 3390);
const YEAR = 2025;
const PASSWORD = "Bench-Renew-2026!";
const PAGE = 20;
// Votes: 200 residents at once (a notice-board evening), each post a new (item, dwelling) pair.
const VOTE_CONNECTIONS = option("vote-connections", 200);
const VOTES = option("votes", 6000);
// `--only reads` or `--only writes` runs half of the table (the other half's rows say "not run").
const ONLY = (() => {
  const i = process.argv.indexOf("--only");
  return i >= 0 ? process.argv[i + 1] : null;
})();
const READS = ONLY !== "writes";
const WRITES = ONLY !== "reads";

process.env.AUTH_SECRET ??= randomBytes(32).toString("base64");
const secret = process.env.AUTH_SECRET;

const pool = new pg.Pool({ connectionString: url, max: 2 });
const db = createScriptClient(url);

async function benchAccount(
  username: string,
  role: "DISTRICT" | "COMMISSION",
  districtId: string | null,
): Promise<string> {
  const id = `bench-${role.toLowerCase()}`;
  await pool.query(
    `INSERT INTO "User" (id, username, "passwordHash", "displayName", role, "districtId", "updatedAt", "passwordChangedAt") VALUES ($1, $2, $3, $4, $5::"Role", $6, now(), now())
     ON CONFLICT (id) DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", active = true, "mustChangePassword" = false`,
    [id, username, await hashPassword(PASSWORD), `压测账号 ${role}`, role, districtId],
  );
  const sid = `bench-session-${role.toLowerCase()}-${Date.now()}`;
  const maxAge = 8 * 60 * 60;
  await pool.query(
    `INSERT INTO "UserSession" (id, "userId", "expiresAt", "userAgent") VALUES ($1, $2, now() + interval '8 hours', 'npm run bench')`,
    [sid, id],
  );
  return `next-auth.session-token=${await encode({ token: { uid: id, sid, sub: id }, secret, maxAge })}`;
}

type Row = {
  what: string;
  path: string;
  seq: number;
  p50: number;
  p95: number;
  rps: number;
  errors: number;
  sql: number | null;
};

async function load(base: string, pathname: string, cookie: string | null): Promise<Omit<Row, "what" | "sql">> {
  // A first request outside the measurement (compiles nothing in production, but warms caches the same for all).
  const first = await fetch(base + pathname, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  if (first.status !== 200) throw new Error(`${pathname} answered ${first.status} (expected 200)`);
  await first.arrayBuffer();
  // One client first: the page's own time, to set beside its database work (the ≤ 2× target).
  const alone = await autocannon({
    url: base + pathname,
    connections: 1,
    duration: Math.min(3, SECONDS),
    timeout: 30,
    headers: cookie ? { cookie } : {},
  });
  const result = await autocannon({
    url: base + pathname,
    connections: CONNECTIONS,
    duration: SECONDS,
    timeout: 30,
    headers: cookie ? { cookie } : {},
  });
  // A request still unanswered at autocannon's timeout is an error, not a missing sample; a row
  // where none finished inside the window has no latency (shown as "> window").
  const errors = result.errors + result.timeouts + result.non2xx + alone.errors + alone.timeouts + alone.non2xx;
  return {
    path: pathname,
    seq: alone.latency.p50,
    p50: result.latency.p50,
    p95: result.latency.p97_5,
    rps: result.requests.average,
    errors,
  };
}

async function sequential(work: () => Promise<unknown>): Promise<number> {
  await work();
  const ms: number[] = [];
  for (let i = 0; i < SQL_RUNS; i++) {
    const t = performance.now();
    await work();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)]!;
}

const counts = (
  await pool.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM "Neighborhood") AS neighborhoods, (SELECT count(*) FROM "Dwelling") AS dwellings, (SELECT count(*) FROM "Project") AS projects, (SELECT count(*) FROM "Vote") AS votes`,
  )
).rows[0]!;
const yuzhong = (await pool.query<{ id: string }>(`SELECT id FROM "District" WHERE code = '500103'`)).rows[0]!.id;
const districtCookie = await benchAccount("bench.district", "DISTRICT", yuzhong);
const commissionCookie = await benchAccount("bench.commission", "COMMISSION", null);
const inDistrict = Number(
  (await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "Neighborhood" WHERE "districtId" = $1`, [yuzhong]))
    .rows[0]!.n,
);
const deepPage = Math.max(1, Math.ceil(inDistrict / PAGE) - 1);
const sampleName =
  (
    await pool.query<{ name: string }>(
      `SELECT name FROM "Neighborhood" WHERE "districtId" = $1 ORDER BY name LIMIT 1 OFFSET $2`,
      [yuzhong, Math.floor(inDistrict / 2)],
    )
  ).rows[0]?.name.slice(0, 2) ?? "小区";

// The page's own loader (count and rows, then the rows' street, district and stages).
const list =
  (filters: Parameters<typeof neighborhoodWhere>[0], page = 1) =>
  () =>
    loadNeighborhoodPage(db, { AND: [{ districtId: yuzhong }, neighborhoodWhere(filters)] }, page, PAGE);

const cases: { what: string; path: string; cookie: string | null; sql: (() => Promise<unknown>) | null }[] = [
  {
    what: "commission dashboard",
    path: `/commission?year=${YEAR}`,
    cookie: commissionCookie,
    sql: () => loadProgrammeDashboard(db, { year: YEAR }),
  },
  {
    what: "district dashboard (渝中)",
    path: `/district?year=${YEAR}`,
    cookie: districtCookie,
    sql: () =>
      Promise.all([
        loadProgrammeDashboard(db, { year: YEAR, districtId: yuzhong }),
        loadDistrictWork(db, yuzhong, YEAR),
      ]),
  },
  {
    what: "roll-up",
    path: `/commission/rollup?year=${YEAR}`,
    cookie: commissionCookie,
    sql: () => loadRollup(db, YEAR),
  },
  { what: "neighbourhood list, page 1", path: "/district/neighborhoods", cookie: districtCookie, sql: list({}) },
  {
    what: `neighbourhood list, page ${deepPage}`,
    path: `/district/neighborhoods?page=${deepPage}`,
    cookie: districtCookie,
    sql: list({}, deepPage),
  },
  {
    what: "neighbourhood list, eligible",
    path: "/district/neighborhoods?eligible=yes",
    cookie: districtCookie,
    sql: list({ eligible: "yes" }),
  },
  {
    what: `neighbourhood list, search “${sampleName}”`,
    path: `/district/neighborhoods?q=${encodeURIComponent(sampleName)}`,
    cookie: districtCookie,
    sql: list({ q: sampleName }),
  },
  {
    what: "public progress API",
    path: `/api/v1/public/progress?year=${YEAR}`,
    cookie: null,
    sql: () => loadPublicProgress(db, YEAR),
  },
];

const rows: Row[] = [];
const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
// The machine is shared: its load beside the figures says how far they can be compared.
const loadBefore = os.loadavg()[0]!;
console.log(
  `• 数据 / data: ${counts.neighborhoods} neighbourhoods, ${counts.dwellings} dwellings, ${counts.projects} projects, ${counts.votes} votes`,
);
console.log("• 顺序计时数据库查询 / timing the pages' database work sequentially…");
const sqlTimes = new Map<string, number | null>();
if (READS) for (const c of cases) sqlTimes.set(c.what, c.sql ? await sequential(c.sql) : null);

// Made before the server starts so the setup's own writes are not in the figures.
const voteBench: VoteBench | null = WRITES ? await setupVoteBench(pool, secret!, Math.ceil(VOTES / 3)) : null;
const importBench: ImportBench | null = WRITES
  ? await setupImportBench(pool, secret!, option("plan-rows", 5000), await hashPassword(PASSWORD))
  : null;
const imports: ImportTiming[] = [];
let votes: VoteRun | null = null;
const ceilings: Ceiling[] = [];
let js: { ballot: number; floor: number; login: number; ballotScripts: number; legacy: number } | null = null;
let memory: MemoryPeak | null = null;

const platform = await runPlatform({ port: PORT, databaseUrl: url, seedDemo: false, log: (line) => console.log(line) });
const sampler = sampleMemory(platform.pid);
try {
  const base = `http://127.0.0.1:${PORT}`;
  if (READS) sampler.phase("reads");
  for (const c of READS ? cases : []) {
    process.stdout.write(`• ${c.what} …`);
    const r = await load(base, c.path, c.cookie);
    rows.push({ what: c.what, ...r, sql: sqlTimes.get(c.what) ?? null });
    process.stdout.write(` p95 ${r.p95} ms\n`);
  }
  if (voteBench) {
    sampler.phase("votes");
    process.stdout.write(`• ${VOTES} 张无脚本表单投票,${VOTE_CONNECTIONS} 并发 / no-JS form votes …`);
    votes = await runVotes(pool, base, voteBench, VOTE_CONNECTIONS, VOTES);
    process.stdout.write(
      ` ${fmt(votes.perSecond)} votes/s, lost ${votes.check.lost}, doubled ${votes.check.doubled}\n`,
    );
    sampler.phase("bare route and pages' JavaScript");
    ceilings.push(await bareRoute(base, VOTE_CONNECTIONS, VOTES));
    // The app's pool size (DB_POOL_MAX, 10 by default), so the bare rows have what the server has.
    const barePool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_MAX) || 10 });
    ceilings.push(await barePg(barePool, voteBench, VOTE_CONNECTIONS, VOTES));
    ceilings.push(await bareVoteFunction(barePool, voteBench, VOTE_CONNECTIONS, VOTES));
    await barePool.end();
    const ballot = await pageJs(base, `/resident/ballots/${voteBench.ballotId}`, voteBench.residents[0]!.cookie);
    const floor = await floorJs(base, path.resolve(import.meta.dirname, "../..", process.env.NEXT_DIST_DIR ?? ".next"));
    const login = await pageJs(base, "/login", null);
    if (importBench) {
      sampler.phase("imports");
      for (const time of [
        () => timePlanImport(base, importBench),
        () => timeDwellingImport(base, importBench, option("dwelling-rows", 2000)),
      ]) {
        const t = await time();
        imports.push(t);
        console.log(`• ${t.what}: ${t.seconds.toFixed(2)} s, ${t.imported}`);
      }
    }
    js = {
      ballot: ballot.gzipBytes,
      floor: floor.gzipBytes,
      login: login.gzipBytes,
      ballotScripts: ballot.scripts,
      legacy: ballot.legacyGzipBytes ?? 0,
    };
  }
} finally {
  memory = sampler.stop();
  await platform.stop();
  try {
    if (voteBench) await cleanupVoteBench(pool, voteBench);
    if (importBench) await cleanupImportBench(pool, importBench);
  } catch (error) {
    console.error("清理压测数据失败 / cleaning up the bench's rows failed:", error);
  }
  await db.$disconnect();
  await pool.end();
}

const date = new Date().toISOString().slice(0, 10);
const latency = (n: number, r: Row) => (n === 0 && r.rps === 0 ? `> ${SECONDS * 1000}` : fmt(n));
const readTable = [
  `| what | path | 1 client p50 ms | ${CONNECTIONS} clients p50 ms | p95 ms | req/s | errors | its database work, sequential ms | 1 client ÷ database | p50 ÷ database |`,
  `| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
  ...rows.map(
    (r) =>
      `| ${r.what} | \`${r.path}\` | ${fmt(r.seq)} | ${latency(r.p50, r)} | ${latency(r.p95, r)} | ${fmt(r.rps)} | ${r.errors} | ${r.sql === null ? "—" : fmt(r.sql)} | ${r.sql ? (r.seq / r.sql).toFixed(2) + "×" : "—"} | ${r.sql && r.p50 ? (r.p50 / r.sql).toFixed(1) + "×" : "—"} |`,
  ),
].join("\n");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const writeTable = votes
  ? [
      `| what | sent | per second | p50 ms | p95 ms | errors | checked against the database |`,
      `| --- | ---: | ---: | ---: | ---: | ---: | --- |`,
      `| vote, the no-JS form POST (\`/resident/ballots/…\`, ${VOTE_CONNECTIONS} concurrent) | ${votes.sent} | ${fmt(votes.perSecond)} | ${fmt(votes.p50)} | ${fmt(votes.p95)} | ${votes.errors + votes.otherAnswers + votes.refused} | ${votes.recorded} recorded, ${votes.check.votes} votes and ${votes.check.history} history rows stored: lost ${votes.check.lost}, doubled ${votes.check.doubled}, stored without an answer ${votes.check.unanswered}, vote ≠ its last history ${votes.check.mismatched}${votes.firstRefusal ? `; refused: ${votes.firstRefusal}` : ""} |`,
      ...ceilings.map(
        (c) =>
          `| ${c.what} (${VOTE_CONNECTIONS} concurrent) | ${c.sent} | ${fmt(c.perSecond)} | ${fmt(c.p50)} | ${fmt(c.p95)} | ${c.errors} | — |`,
      ),
      "",
      `Votes reach **${((votes.perSecond / ceilings[0]!.perSecond) * 100).toFixed(0)} %** of the bare route handler's throughput (target ≥ 70 %) and ${((votes.perSecond / ceilings[1]!.perSecond) * 100).toFixed(0)} % of the bare upsert's; the database alone runs the vote's statement at ${fmt(ceilings[2]!.perSecond)}/s.`,
    ].join("\n")
  : "(writes not run)";
const importTable = imports.length
  ? [
      `| import | rows | seconds | answer |`,
      `| --- | ---: | ---: | --- |`,
      ...imports.map((t) => `| ${t.what} | ${t.rows} | ${t.seconds.toFixed(2)} | ${t.status}: ${t.imported} |`),
      "",
      "Target: the 5,000-row plan import ≤ 5 s.",
    ].join("\n")
  : "";
const jsTable = js
  ? [
      `| page | first-load JavaScript, gzip | beyond the floor |`,
      `| --- | ---: | ---: |`,
      `| the framework's floor (what an empty page of this build loads) | ${kb(js.floor)} | — |`,
      `| resident ballot page (${js.ballotScripts} scripts) | ${kb(js.ballot)} | ${kb(js.ballot - js.floor)} (target ≤ 30 kB) |`,
      `| login page, for comparison | ${kb(js.login)} | ${kb(js.login - js.floor)} |`,
      "",
      `Browsers with ES modules (every phone browser since ~2018) skip the \`nomodule\` polyfills; older ones also fetch ${kb(js.legacy)} of them, on every page alike.`,
    ].join("\n")
  : "";
const memoryLine = memory
  ? `Server memory under this load: peak ${memory.treeMb.toFixed(0)} MB resident for the server's process tree (sampled every 250 ms), ${memory.largestProcessHwmMb.toFixed(0)} MB the largest process's own peak (VmHWM); target ≤ 512 MB. By phase: ${memory.phases
      .filter((p) => p.treeMb > 0)
      .map((p) => `${p.phase} ${p.treeMb.toFixed(0)} MB`)
      .join(", ")}.`
  : "";
const table = [READS ? readTable : "(reads not run)", writeTable, importTable, jsTable, memoryLine]
  .filter(Boolean)
  .join("\n\n");
const machine = `${os.cpus().length} CPUs; 1-minute load average ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end`;
const report = `# Benchmark ${date}

Machine: ${machine}.
Data: ${counts.neighborhoods} neighbourhoods, ${counts.dwellings} dwellings, ${counts.projects} projects, ${counts.votes} votes.
Load: autocannon, ${CONNECTIONS} concurrent connections for ${SECONDS} s per row, from a second process on loopback;
p95 is autocannon's 97.5th percentile (its nearest to 95). "Its database work" is the median of ${SQL_RUNS} sequential runs
of the loader the page calls (the same Prisma queries, uncached: what a view costs right after a write), in the
benchmark process. "1 client" is the page alone (one connection for ${Math.min(3, SECONDS)} s before the ${CONNECTIONS}-client run), the
figure the "≤ 2× its SQL sequentially" target is about; "> ${SECONDS * 1000}" means no request finished inside the window.
The dashboards, roll-up and API serve their figures from memory while the database's figures stamp stands
(src/lib/figures-cache.ts); the first request of each row (outside the measurement) loads them.

${table}
`;
mkdirSync(path.resolve(import.meta.dirname, "../../docs/benchmarks"), { recursive: true });
const file = path.resolve(import.meta.dirname, `../../docs/benchmarks/${date}${ONLY ? `-${ONLY}` : ""}.md`);
writeFileSync(file, report);
console.log("\n" + table + `\n\n• 已写入 / written to ${path.relative(process.cwd(), file)}`);
