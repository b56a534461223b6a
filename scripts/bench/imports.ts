// The imports of `npm run bench`: a 5,000-row annual plan and 2,000 dwellings, each uploaded as an
// .xlsx file to its route as the import forms do, timed from the first byte sent to the report.
// No district holds 5,000 neighbourhoods, so the setup registers 5,000 of its own
// (`压测小区 <run> <n>`, built 1995) in the district with the fewest, with a draft plan for a year
// nobody plans (2099), and removes them, their plan and the imported dwellings afterwards.
import ExcelJS from "exceljs";
import { encode } from "next-auth/jwt";
import type pg from "pg";
import { IMPORT_COLUMNS } from "../../src/modules/neighborhoods/dwelling-import";
import { PLAN_COLUMNS } from "../../src/modules/plans/columns";

export type ImportBench = {
  run: string;
  districtId: string;
  planId: string;
  neighborhoodIds: string[];
  cookie: string;
};
export type ImportTiming = { what: string; rows: number; seconds: number; status: number; imported: string };

const PLAN_YEAR = 2099;

export async function setupImportBench(
  pool: pg.Pool,
  secret: string,
  rows: number,
  passwordHash: string,
): Promise<ImportBench> {
  const run = Date.now().toString(36);
  const districtId = (
    await pool.query<{ id: string }>(
      `SELECT d.id FROM "District" d LEFT JOIN "Neighborhood" n ON n."districtId" = d.id GROUP BY d.id ORDER BY count(n.*), d.id LIMIT 1`,
    )
  ).rows[0]!.id;
  await pool.query(`DELETE FROM "AnnualPlan" WHERE "districtId" = $1 AND year = $2`, [districtId, PLAN_YEAR]);
  const neighborhoodIds = (
    await pool.query<{ id: string }>(
      `INSERT INTO "Neighborhood" (id, "districtId", name, address, "completionYear", "updatedAt")
     SELECT 'bench-nb-' || $2 || '-' || n, $1, '压测小区 ' || $2 || ' ' || n, '压测路 ' || n || ' 号', 1995, now() FROM generate_series(1, $3) AS n
     RETURNING id`,
      [districtId, run, rows],
    )
  ).rows.map((r) => r.id);
  const planId = `bench-plan-${run}`;
  await pool.query(`INSERT INTO "AnnualPlan" (id, "districtId", year, "updatedAt") VALUES ($1, $2, $3, now())`, [
    planId,
    districtId,
    PLAN_YEAR,
  ]);
  const userId = "bench-importer";
  await pool.query(
    `INSERT INTO "User" (id, username, "passwordHash", "displayName", role, "districtId", "updatedAt", "passwordChangedAt") VALUES ($1, 'bench.importer', $2, '压测导入', 'DISTRICT', $3, now(), now())
     ON CONFLICT (id) DO UPDATE SET "districtId" = EXCLUDED."districtId", active = true, "mustChangePassword" = false`,
    [userId, passwordHash, districtId],
  );
  await pool.query(`DELETE FROM "UserStreet" WHERE "userId" = $1`, [userId]);
  const sid = `bench-import-${run}`;
  await pool.query(
    `INSERT INTO "UserSession" (id, "userId", "expiresAt", "userAgent") VALUES ($1, $2, now() + interval '8 hours', 'npm run bench')`,
    [sid, userId],
  );
  const token = await encode({ token: { uid: userId, sid, sub: userId }, secret, maxAge: 8 * 3600 });
  return { run, districtId, planId, neighborhoodIds, cookie: `next-auth.session-token=${token}` };
}

export async function cleanupImportBench(pool: pg.Pool, bench: ImportBench): Promise<void> {
  await pool.query(`DELETE FROM "AnnualPlan" WHERE id = $1`, [bench.planId]);
  // Nothing refers to the bench's own dwellings, but the foreign-key checks would look for votes
  // of each deleted dwelling, and no index on Vote leads with "dwellingId": 2,000 scans of ~5 M
  // rows. So the checks (and the totals trigger, for neighbourhoods being deleted) are off for
  // this transaction only; the guard below makes sure nothing did refer to them.
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM "ResidentDwelling" r JOIN "Dwelling" d ON d.id = r."dwellingId" WHERE d."neighborhoodId" = ANY($1))::int
            + (SELECT count(*) FROM "ProjectNeighborhood" WHERE "neighborhoodId" = ANY($1))::int AS n`,
      [bench.neighborhoodIds],
    );
    if (rows[0]!.n === 0) await client.query("SET LOCAL session_replication_role = replica");
    await client.query(
      `DELETE FROM "DwellingOwner" WHERE "dwellingId" IN (SELECT id FROM "Dwelling" WHERE "neighborhoodId" = ANY($1))`,
      [bench.neighborhoodIds],
    );
    await client.query(`DELETE FROM "Dwelling" WHERE "neighborhoodId" = ANY($1)`, [bench.neighborhoodIds]);
    await client.query(
      `DELETE FROM "StairUnit" WHERE "buildingId" IN (SELECT id FROM "Building" WHERE "neighborhoodId" = ANY($1))`,
      [bench.neighborhoodIds],
    );
    await client.query(`DELETE FROM "Building" WHERE "neighborhoodId" = ANY($1)`, [bench.neighborhoodIds]);
    await client.query(`DELETE FROM "Neighborhood" WHERE id = ANY($1)`, [bench.neighborhoodIds]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
  await pool.query(`UPDATE "UserSession" SET "revokedAt" = now(), "revokedReason" = 'SIGN_OUT' WHERE id = $1`, [
    `bench-import-${bench.run}`,
  ]);
}

async function workbook(headers: string[], rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("导入");
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function upload(
  base: string,
  path: string,
  cookie: string,
  file: Buffer,
  name: string,
): Promise<{ seconds: number; status: number; body: string }> {
  const form = new FormData();
  form.append(
    "file",
    new File([new Uint8Array(file)], name, {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }),
  );
  const started = performance.now();
  const response = await fetch(base + path, { method: "POST", body: form, headers: { cookie, origin: base } });
  const body = await response.text();
  return { seconds: (performance.now() - started) / 1000, status: response.status, body };
}

export async function timePlanImport(base: string, bench: ImportBench): Promise<ImportTiming> {
  const rows = bench.neighborhoodIds.map((_, i) => {
    const n = i + 1;
    const values: Record<string, string | number> = {
      neighborhood: `压测小区 ${bench.run} ${n}`,
      address: `压测路 ${n} 号`,
      floorArea: 5000,
      households: 60,
      buildings: 2,
      investment: 100,
      quarter: "二季度",
      categories: "基础类、完善类",
      consulted: "是",
      note: "",
    };
    return PLAN_COLUMNS.map((c) => values[c.key] ?? "");
  });
  const file = await workbook(
    PLAN_COLUMNS.map((c) => c.header),
    rows,
  );
  const r = await upload(base, `/district/plans/${bench.planId}/import`, bench.cookie, file, "plan.xlsx");
  const parsed = JSON.parse(r.body) as { ok: boolean; data?: { imported: number; errors: unknown[] }; error?: string };
  const imported = parsed.ok
    ? `${parsed.data!.imported} imported, ${parsed.data!.errors.length} rows refused`
    : `refused: ${parsed.error}`;
  return {
    what: `plan import (\`/district/plans/…/import\`, ${rows.length} rows)`,
    rows: rows.length,
    seconds: r.seconds,
    status: r.status,
    imported,
  };
}

export async function timeDwellingImport(base: string, bench: ImportBench, count: number): Promise<ImportTiming> {
  // 20 buildings of 7 floors, 2 units each, rooms 1-1 … 7-n: `count` dwellings in all.
  const perUnit = Math.ceil(count / 40);
  const rows: (string | number)[][] = [];
  for (let b = 1; b <= 20 && rows.length < count; b++) {
    for (let u = 1; u <= 2 && rows.length < count; u++) {
      for (let k = 0; k < perUnit && rows.length < count; k++) {
        const floor = (k % 7) + 1;
        const values: Record<string, string | number> = {
          building: `${b}栋`,
          buildingFloors: 7,
          unit: `${u}单元`,
          hasLift: "无",
          room: `${floor}-${Math.floor(k / 7) + 1}`,
          floor,
          area: 60 + (k % 30) + 0.25,
        };
        rows.push(IMPORT_COLUMNS.map((c) => values[c.key] ?? ""));
      }
    }
  }
  const file = await workbook(
    IMPORT_COLUMNS.map((c) => c.header),
    rows,
  );
  const r = await upload(
    base,
    `/district/neighborhoods/${bench.neighborhoodIds[0]}/import`,
    bench.cookie,
    file,
    "dwellings.xlsx",
  );
  let imported: string;
  try {
    const parsed = JSON.parse(r.body) as { ok: boolean; data?: { dwellings: number }; error?: string };
    imported = parsed.ok ? `${parsed.data!.dwellings} dwellings imported` : `refused: ${parsed.error}`;
  } catch {
    imported = `answered ${r.status}`;
  }
  return {
    what: `dwelling import (\`/district/neighborhoods/…/import\`, ${rows.length} rows, no owner columns)`,
    rows: rows.length,
    seconds: r.seconds,
    status: r.status,
    imported,
  };
}
