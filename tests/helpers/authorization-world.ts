// The people and places of the authorization matrix: one owning district with two streets, a
// neighbourhood on street A with a resident, another district with its own resident, and one
// account per kind of official. Plus the means to tell "nothing changed": a checksum of every
// table and a count of the stored files.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { actAs, actAsSession } from "./request-context";
import { bindResident, createNeighborhood, createStreet, createUser, districtByCode } from "./fixtures";

export const IDENTITIES = [
  "anonymous",
  "resident",
  "otherResident",
  "district",
  "otherDistrict",
  "street",
  "otherStreet",
  "department",
  "otherDepartment",
  "commission",
  "admin",
] as const;
export type Who = (typeof IDENTITIES)[number];

const OWNING_DISTRICT = "500103"; // 渝中区
const OTHER_DISTRICT = "500105"; // 江北区
const RIGHT_DEPARTMENT = "scjgj"; // 市市场监管局 (lifts)
const OTHER_DEPARTMENT = "xfjyzd"; // 市消防救援总队

export type World = Awaited<ReturnType<typeof buildWorld>>;

export async function buildWorld() {
  const districtId = (await districtByCode(OWNING_DISTRICT)).id;
  const otherDistrictId = (await districtByCode(OTHER_DISTRICT)).id;
  const streetA = await createStreet({ districtCode: OWNING_DISTRICT, name: "矩阵甲街道" });
  const streetB = await createStreet({ districtCode: OWNING_DISTRICT, name: "矩阵乙街道" });
  const home = await createNeighborhood({ districtCode: OWNING_DISTRICT, streetId: streetA.id, name: "矩阵小区" });
  const away = await createNeighborhood({ districtCode: OTHER_DISTRICT, name: "矩阵江北小区" });
  const users: Record<Exclude<Who, "anonymous">, string> = {
    resident: (await createUser({ role: "RESIDENT" })).id,
    otherResident: (await createUser({ role: "RESIDENT" })).id,
    district: (await createUser({ role: "DISTRICT", districtCode: OWNING_DISTRICT })).id,
    otherDistrict: (await createUser({ role: "DISTRICT", districtCode: OTHER_DISTRICT })).id,
    street: (await createUser({ role: "DISTRICT", districtCode: OWNING_DISTRICT, streetIds: [streetA.id] })).id,
    otherStreet: (await createUser({ role: "DISTRICT", districtCode: OWNING_DISTRICT, streetIds: [streetB.id] })).id,
    department: (await createUser({ role: "DEPARTMENT", departmentCode: RIGHT_DEPARTMENT })).id,
    otherDepartment: (await createUser({ role: "DEPARTMENT", departmentCode: OTHER_DEPARTMENT })).id,
    commission: (await createUser({ role: "COMMISSION" })).id,
    admin: (await createUser({ role: "ADMIN" })).id,
  };
  await bindResident(users.resident, home.dwellings[0]!.id);
  await bindResident(users.otherResident, away.dwellings[0]!.id);
  const department = await db.department.findUniqueOrThrow({ where: { code: RIGHT_DEPARTMENT }, select: { id: true } });
  return { districtId, otherDistrictId, streetA, streetB, home, away, users, departmentId: department.id };
}

const sessions = new Map<string, string>();

/**
 * Signs `who` in for the next call, on a session that is still open: some allowed calls end
 * the caller's sessions (signing out everywhere, a password change), the next cell starts anew.
 */
export async function signIn(world: World, who: Who): Promise<void> {
  if (who === "anonymous") {
    actAs(null);
    return;
  }
  const userId = world.users[who];
  const known = sessions.get(userId);
  const open = known
    ? await db.userSession.findFirst({ where: { id: known, revokedAt: null }, select: { id: true } })
    : null;
  const sessionId =
    open?.id ??
    (
      await db.userSession.create({
        data: { userId, expiresAt: new Date(Date.now() + 8 * 3600_000) },
        select: { id: true },
      })
    ).id;
  sessions.set(userId, sessionId);
  actAsSession(userId, sessionId);
}

/** Row count and a digest of every row, per table: any insert, update or delete shows. */
export async function databaseChecksum(): Promise<Map<string, string>> {
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
  const sql = tables
    .map(
      (t) =>
        `SELECT '${t.tablename}' AS t, count(*)::int AS n, coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') AS h FROM "public"."${t.tablename}" x`,
    )
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; n: number; h: string }[]>(sql);
  return new Map(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}

export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((t) => before.get(t) !== after.get(t));
}

/** How many files are stored under the upload directory. */
export async function storedFileCount(): Promise<number> {
  const root = path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads");
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}
