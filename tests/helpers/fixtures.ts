// Small, explicit fixtures for integration tests, written straight to the test database.
import type { Role } from "@/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";

let serial = 0;
const next = () => ++serial;

export async function districtByCode(code: string) {
  return db.district.findUniqueOrThrow({ where: { code }, select: { id: true, name: true } });
}

export async function departmentByCode(code: string) {
  return db.department.findUniqueOrThrow({ where: { code }, select: { id: true, name: true } });
}

export async function createUser(options: {
  role: Role;
  username?: string;
  password?: string;
  districtCode?: string;
  departmentCode?: string;
  active?: boolean;
  /** A DISTRICT official narrowed to these streets of their district (none = the whole district). */
  streetIds?: string[];
}) {
  const username = options.username ?? `${options.role.toLowerCase()}.${next()}`;
  return db.user.create({
    data: {
      ...(options.streetIds?.length
        ? { streets: { create: options.streetIds.map((streetId) => ({ streetId })) } }
        : {}),
      username,
      displayName: username,
      role: options.role,
      active: options.active ?? true,
      passwordHash: await hashPassword(options.password ?? "Test-Pass-1"),
      districtId: options.districtCode ? (await districtByCode(options.districtCode)).id : null,
      departmentId: options.departmentCode ? (await departmentByCode(options.departmentCode)).id : null,
    },
    select: { id: true, username: true, role: true, districtId: true, departmentId: true },
  });
}

/** A street (街道) of a district. */
export async function createStreet(options: { districtCode: string; name?: string }) {
  const district = await districtByCode(options.districtCode);
  return db.street.create({
    data: { districtId: district.id, name: options.name ?? `测试街道${next()}` },
    select: { id: true, districtId: true, name: true },
  });
}

/** A neighbourhood with one building, one unit and `dwellings` dwellings of the given areas (under `streetId` if given). */
export async function createNeighborhood(options: {
  districtCode: string;
  name?: string;
  completionYear?: number;
  areas?: string[];
  streetId?: string;
}) {
  const district = await districtByCode(options.districtCode);
  const n = next();
  const neighborhood = await db.neighborhood.create({
    data: {
      districtId: district.id,
      streetId: options.streetId ?? null,
      name: options.name ?? `测试小区${n}`,
      address: `测试路${n}号`,
      completionYear: options.completionYear ?? 1995,
      buildingCount: 1,
    },
    select: { id: true, districtId: true, name: true, version: true },
  });
  const building = await db.building.create({
    data: { neighborhoodId: neighborhood.id, name: "1栋", floors: 6 },
    select: { id: true },
  });
  const unit = await db.stairUnit.create({
    data: { buildingId: building.id, name: "1单元", floors: 6 },
    select: { id: true },
  });
  const areas = options.areas ?? ["60.50", "72.25", "88.00"];
  const dwellings = [];
  for (const [i, area] of areas.entries()) {
    dwellings.push(
      await db.dwelling.create({
        data: {
          unitId: unit.id,
          neighborhoodId: neighborhood.id,
          room: `${Math.floor(i / 2) + 1}-${(i % 2) + 1}`,
          floor: Math.floor(i / 2) + 1,
          areaM2: area,
        },
        select: { id: true },
      }),
    );
  }
  return { ...neighborhood, unitId: unit.id, dwellings };
}

export async function bindResident(userId: string, dwellingId: string) {
  return db.residentDwelling.create({ data: { userId, dwellingId }, select: { id: true } });
}

/**
 * A project in consultation over the given neighbourhoods: a basic item (included), an ordinary
 * item proposed to all, and a lift item proposed to `liftUnitId` (special matter).
 */
export async function createConsultationProject(options: {
  districtCode: string;
  neighborhoodIds: string[];
  liftUnitId?: string;
}) {
  const district = await districtByCode(options.districtCode);
  const catalogue = async (code: string) =>
    db.catalogueItem.findUniqueOrThrow({ where: { code }, select: { id: true } });
  const n = next();
  const project = await db.project.create({
    data: {
      code: `T-${options.districtCode}-${n}`,
      name: `测试改造项目${n}`,
      districtId: district.id,
      year: 2026,
      stage: "CONSULTATION",
      neighborhoods: { create: options.neighborhoodIds.map((neighborhoodId) => ({ neighborhoodId })) },
    },
    select: { id: true, districtId: true },
  });
  const item = async (
    code: string,
    matter: "SPECIAL" | "ORDINARY",
    status: "INCLUDED" | "PROPOSED",
    unitId: string | null = null,
  ) =>
    db.projectItem.create({
      data: {
        projectId: project.id,
        catalogueItemId: (await catalogue(code)).id,
        unitId,
        quantity: "1",
        estimatedCostFen: 1_000_000n,
        matter,
        status,
      },
      select: { id: true },
    });
  const basic = await item("B01", "SPECIAL", "INCLUDED");
  const greening = await item("I02", "ORDINARY", "PROPOSED");
  const lift = options.liftUnitId ? await item("I07", "SPECIAL", "PROPOSED", options.liftUnitId) : null;
  return { ...project, basicItemId: basic.id, greeningItemId: greening.id, liftItemId: lift?.id ?? null };
}

/**
 * `count` resident accounts without the cost of hashing a password each (they never sign in), each
 * with an open session, so a test can act as hundreds of them at once (`actAsSession`).
 */
export async function createResidents(count: number, prefix = `bulk${next()}`) {
  await db.user.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      username: `${prefix}.${i}`,
      displayName: `${prefix}.${i}`,
      role: "RESIDENT" as const,
      passwordHash: "not-a-hash",
    })),
  });
  const users = await db.user.findMany({
    where: { username: { startsWith: `${prefix}.` } },
    orderBy: { username: "asc" },
    select: { id: true, username: true },
  });
  const expiresAt = new Date(Date.now() + 8 * 3600_000);
  await db.userSession.createMany({ data: users.map((u) => ({ id: `s-${u.id}`, userId: u.id, expiresAt })) });
  return users.map((u) => ({ ...u, sessionId: `s-${u.id}` }));
}
