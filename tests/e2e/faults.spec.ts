// The server is killed (SIGKILL, no chance to clean up) in the middle of a plan import, a dwelling
// import and a ballot close, each caught inside its transaction after it has written: the data is
// as before, and after a restart the same request goes through whole. A server of its own (the
// same build the browser tests use, started the way `npm start` starts it) on a database of its
// own, so killing it disturbs nothing else.
//
// How "in the middle" is reached without any hook in the app: this test locks the audit table;
// every one of these actions writes its audit row last, so its transaction stops there with all
// its other writes done. pg_locks shows that backend waiting while holding a transaction id —
// then the server is killed, and the lock released.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const BASE = `http://localhost:${PORT}`;
const ADMIN_URL = process.env.TEST_DATABASE_URL;
const DB_NAME = `renew_faults_${PORT}`;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

test.describe.configure({ mode: "serial" });
test.skip(
  !ADMIN_URL,
  "needs PostgreSQL (TEST_DATABASE_URL): the faults are injected through pg_locks and a server of its own",
);

let databaseUrl: string;
let control: pg.Client;
let server: ChildProcess | null = null;
let uploadDir: string;
const secret = randomBytes(32).toString("base64url");
let faults = 0;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function startServer(): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "-p", String(PORT)], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: secret,
      NEXTAUTH_URL: BASE,
      PUBLIC_URL: BASE,
      UPLOAD_DIR: uploadDir,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(PORT),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.resume();
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(`[faults server] ${chunk}`));
  server = child;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error("the server exited during start-up");
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not become healthy");
}

async function killServer(): Promise<void> {
  const child = server!;
  server = null;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

/**
 * Starts `request` with the audit table locked, waits until the server's transaction has written
 * and stands at its audit row, kills the server, releases the lock and waits for PostgreSQL to
 * roll the orphaned transaction back.
 */
async function killMidTransaction(request: () => Promise<unknown>): Promise<void> {
  await control.query("BEGIN");
  await control.query('LOCK TABLE "AuditLog" IN SHARE MODE');
  let pid = 0;
  const sent = request().catch(() => undefined); // the connection dies with the server
  try {
    for (let i = 0; i < 1200 && !pid; i++) {
      const { rows } = await control.query<{ pid: number }>(
        `SELECT l.pid FROM pg_locks l WHERE l.locktype = 'relation' AND l.relation = '"AuditLog"'::regclass AND NOT l.granted
           AND EXISTS (SELECT 1 FROM pg_locks x WHERE x.pid = l.pid AND x.locktype = 'transactionid' AND x.granted)`,
      );
      if (rows[0]) pid = rows[0].pid;
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(pid, "the action's transaction reached its audit row").toBeGreaterThan(0);
    await killServer();
    faults++;
  } finally {
    await control.query("ROLLBACK");
  }
  await sent;
  // The backend notices its client is gone at its next read and rolls back.
  for (let i = 0; i < 200; i++) {
    const { rows } = await control.query("SELECT 1 FROM pg_locks WHERE pid = $1", [pid]);
    if (rows.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`backend ${pid} of the killed server is still there`);
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await control.query<{ n: string }>(sql, params);
  return Number(rows[0]!.n);
}

async function signIn(page: Page) {
  await page.goto(`${BASE}/login`);
  await page.getByLabel("用户名").fill("district.yuzhong");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(`${BASE}/district`);
}

async function workbook(headers: string[], rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("导入");
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  databaseUrl = withDatabase(ADMIN_URL!, DB_NAME);
  // The project's own commands, as an operator runs them (the demo data gives the accounts and neighbourhoods).
  for (const script of ["scripts/db-migrate.ts", "scripts/db-seed.ts"]) {
    const run = spawnSync(process.execPath, ["--import", "tsx", script], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: secret, SEED_DEMO: "1" },
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`${script} failed: ${run.stderr || run.stdout}`);
  }
  uploadDir = mkdtempSync(path.join(tmpdir(), "renew-faults-"));
  control = new pg.Client({ connectionString: databaseUrl });
  await control.connect();
  await startServer();
});

test.afterAll(async () => {
  if (server) await killServer();
  await control?.end();
  if (uploadDir) rmSync(uploadDir, { recursive: true, force: true });
  console.log(`faults: ${faults} server kills inside a transaction`);
});

test("a plan import killed mid-transaction leaves the plan as it was; after a restart it imports whole", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signIn(page);
  await page.goto(`${BASE}/district/plans`);
  await page.getByRole("button", { name: "新建年度计划" }).click();
  await page.waitForURL(/\/district\/plans\/[^/]+$/);
  const planId = page.url().split("/").pop()!;
  const options = await page.locator("#field-neighborhoodId option").allTextContents();
  const names = options.slice(1, 4).map((o) => o.split(/[(\uFF08]/)[0]!.trim());
  const file = await workbook(
    [
      "小区名称",
      "小区地址",
      "改造面积(平方米)",
      "受益户数",
      "楼栋数",
      "计划投资(万元)",
      "计划开工季度",
      "改造内容类别",
      "是否已征求居民意见",
      "备注",
    ],
    names.map((name) => [name, "", 12000, 150, 1, 360, "二季度", "基础类、完善类", "是", ""]),
  );
  const post = () =>
    page.request.post(`${BASE}/district/plans/${planId}/import`, {
      multipart: { file: { name: "计划.xlsx", mimeType: XLSX, buffer: file } },
      timeout: 120_000,
    });
  const entries = () => count('SELECT count(*) AS n FROM "AnnualPlanEntry" WHERE "planId" = $1', [planId]);
  const audits = () => count(`SELECT count(*) AS n FROM "AuditLog" WHERE action = 'plan.import'`);

  await killMidTransaction(post);
  expect({ entries: await entries(), audits: await audits() }).toEqual({ entries: 0, audits: 0 });

  await startServer();
  const response = await post();
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ ok: true, data: { imported: names.length } });
  expect({ entries: await entries(), audits: await audits() }).toEqual({ entries: names.length, audits: 1 });
});

test("a dwelling import killed mid-transaction adds no building, unit, dwelling or owner; after a restart it imports whole", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const { rows } = await control.query<{ id: string }>(
    `SELECT n.id FROM "Neighborhood" n JOIN "District" d ON d.id = n."districtId" WHERE d.code = '500103' ORDER BY n.name LIMIT 1`,
  );
  const neighborhoodId = rows[0]!.id;
  // 600 dwellings in three new buildings, each with an owner.
  const lines = Array.from({ length: 600 }, (_, i) => {
    const building = `故障演练${Math.floor(i / 200) + 1}栋`;
    const n = i % 200;
    return [
      building,
      20,
      "1单元",
      "无",
      `${Math.floor(n / 10) + 1}-${(n % 10) + 1}`,
      Math.floor(n / 10) + 1,
      62.5,
      `业主${i}`,
      idNumber(i),
      "",
    ];
  });
  const file = await workbook(
    [
      "楼栋",
      "楼栋层数",
      "单元",
      "有无电梯",
      "房号",
      "所在楼层",
      "专有部分面积(平方米)",
      "业主姓名",
      "业主身份证号",
      "业主电话",
    ],
    lines,
  );
  const snapshot = async () => ({
    buildings: await count('SELECT count(*) AS n FROM "Building" WHERE "neighborhoodId" = $1', [neighborhoodId]),
    dwellings: await count('SELECT count(*) AS n FROM "Dwelling" WHERE "neighborhoodId" = $1', [neighborhoodId]),
    owners: await count(
      'SELECT count(*) AS n FROM "DwellingOwner" o JOIN "Dwelling" d ON d.id = o."dwellingId" WHERE d."neighborhoodId" = $1',
      [neighborhoodId],
    ),
    version: await count('SELECT version AS n FROM "Neighborhood" WHERE id = $1', [neighborhoodId]),
  });
  const before = await snapshot();

  await signIn(page);
  const post = () =>
    page.request.post(`${BASE}/district/neighborhoods/${neighborhoodId}/import`, {
      multipart: { file: { name: "房屋.xlsx", mimeType: XLSX, buffer: file } },
      timeout: 120_000,
    });
  await killMidTransaction(post);
  expect(await snapshot()).toEqual(before);

  await startServer();
  const response = await post();
  expect(response.status(), await response.text()).toBe(200);
  expect(await snapshot()).toEqual({
    buildings: before.buildings + 3,
    dwellings: before.dwellings + 600,
    owners: before.owners + 600,
    version: before.version + 1,
  });
});

test("a ballot close killed mid-transaction leaves the ballot open and uncounted; after a restart it closes and counts", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const ballotId = await openBallotPastItsClose();
  const state = async () => {
    const { rows } = await control.query<{ status: string; counted: string }>(
      `SELECT b.status, (SELECT count(*) FROM "BallotItem" i WHERE i."ballotId" = b.id AND i.result IS NOT NULL)::text AS counted FROM "Ballot" b WHERE b.id = $1`,
      [ballotId],
    );
    return { status: rows[0]!.status, counted: Number(rows[0]!.counted) };
  };
  expect(await state()).toEqual({ status: "OPEN", counted: 0 });

  await signIn(page);
  await page.goto(`${BASE}/district/consultations/${ballotId}`);
  await killMidTransaction(() => page.getByRole("button", { name: "截止并计票" }).click());
  expect(await state()).toEqual({ status: "OPEN", counted: 0 });

  await startServer();
  await page.goto(`${BASE}/district/consultations/${ballotId}`);
  await page.getByRole("button", { name: "截止并计票" }).click();
  await expect(page.getByText("已截止并计票。")).toBeVisible();
  expect(await state()).toEqual({ status: "CLOSED", counted: 2 });
});

/** A valid 18-digit ID number (GB 11643 check digit), different for each `i`. */
function idNumber(i: number): string {
  const body = `500103198001${String(10000 + i).slice(-5)}`.slice(0, 17);
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, c, k) => s + Number(c) * weights[k]!, 0);
  return body + "10X98765432"[sum % 11]!;
}

/** A project in consultation over a 渝中 neighbourhood with dwellings, its ballot of two items open and past its closing time. */
async function openBallotPastItsClose(): Promise<string> {
  const q = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
    (await control.query<T>(sql, params)).rows;
  const [hood] = await q<{ id: string; districtId: string }>(
    `SELECT n.id, n."districtId" FROM "Neighborhood" n JOIN "District" d ON d.id = n."districtId"
      WHERE d.code = '500103' AND EXISTS (SELECT 1 FROM "Dwelling" w WHERE w."neighborhoodId" = n.id) ORDER BY n.name DESC LIMIT 1`,
  );
  const [user] = await q<{ id: string }>(`SELECT id FROM "User" WHERE username = 'district.yuzhong'`);
  const projectId = `faults-project-${PORT}`;
  await q(
    `INSERT INTO "Project" (id, code, name, "districtId", year, stage, "updatedAt") VALUES ($1, $1, '故障演练项目', $2, 2026, 'CONSULTATION', now())`,
    [projectId, hood!.districtId],
  );
  await q(`INSERT INTO "ProjectNeighborhood" ("projectId", "neighborhoodId") VALUES ($1, $2)`, [projectId, hood!.id]);
  const ballotId = `faults-ballot-${PORT}`;
  await q(
    `INSERT INTO "Ballot" (id, "projectId", title, status, "opensAt", "closesAt", "createdById", "updatedAt") VALUES ($1, $2, '故障演练表决', 'OPEN', now() - interval '2 days', now() - interval '1 minute', $3, now())`,
    [ballotId, projectId, user!.id],
  );
  for (const [i, code] of ["I02", "I03"].entries()) {
    const [item] = await q<{ id: string }>(
      `INSERT INTO "ProjectItem" (id, "projectId", "catalogueItemId", quantity, "estimatedCostFen", matter, status, "updatedAt")
       SELECT $1, $2, c.id, 1, 1000000, 'ORDINARY', 'PROPOSED', now() FROM "CatalogueItem" c WHERE c.code = $3 RETURNING id`,
      [`${projectId}-item-${i}`, projectId, code],
    );
    await q(
      `INSERT INTO "BallotItem" (id, "ballotId", "projectItemId", matter, title, "estimatedCostFen", "sortOrder") VALUES ($1, $2, $3, 'ORDINARY', $4, 1000000, $5)`,
      [`${ballotId}-item-${i}`, ballotId, item!.id, `事项${i + 1}`, i + 1],
    );
  }
  return ballotId;
}
