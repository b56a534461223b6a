"use server";

import { defineAction } from "@/lib/action";
import { assertCanManage, assertCanManageDistrictLevel } from "@/lib/auth/guards";
import { neighborhoodPlace } from "@/lib/auth/place";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { assessEligibility } from "./eligibility";
import { validateImportRows, type RowError } from "./dwelling-import";
import { idLast4 } from "./owner-id";
import { ownerKey } from "./owner-key";
import { CHECKLIST, scoreAssessment, type Answers } from "./assessment";
import {
  CreateNeighborhoodInput,
  ImportDwellingsInput,
  SaveAssessmentInput,
  SetExtensionInput,
  UpdateNeighborhoodInput,
  UpdateNeighborhoodNotesInput,
} from "./schema";
import type { z } from "zod";
import { msg, ref } from "@/lib/i18n/message-ref";

export const updateNeighborhoodNotes = defineAction({
  name: "neighborhood.updateNotes",
  input: UpdateNeighborhoodNotesInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const current = await tx.neighborhood.findUnique({
      where: { id: input.id },
      select: { id: true, districtId: true, streetId: true, notes: true, version: true },
    });
    if (!current) throw new NotFoundError("errors.things.neighbourhood");
    assertCanManage(actor, neighborhoodPlace(current));
    return current;
  },
  run: async ({ input, tx, scope: before, audit }) => {
    // Only the version the user saw may be replaced; otherwise a colleague's edit would be lost.
    const { count } = await tx.neighborhood.updateMany({
      where: { id: input.id, version: input.version },
      data: { notes: input.notes, version: { increment: 1 } },
    });
    if (count === 0) {
      throw new ConflictError(ref("errors.neighborhoods.someoneElseChangedThisNeighbourhoodFirst"));
    }
    const after = { notes: input.notes, version: before.version + 1 };
    await audit({
      action: "neighborhood.updateNotes",
      entityType: "Neighborhood",
      entityId: input.id,
      districtId: before.districtId,
      before: { notes: before.notes, version: before.version },
      after,
    });
    return after;
  },
  revalidate: (input) => [`/district/neighborhoods/${input.id}`],
});

type Fields = z.infer<typeof CreateNeighborhoodInput>;

/**
 * The street must be in the official's own district — and one of their streets when their account
 * is narrowed to some; the community is found or filed under it.
 */
async function placeOf(tx: Tx, actor: Actor, districtId: string, fields: Fields) {
  if (!fields.streetId) {
    if (actor.streetIds.length)
      throw new InvalidInputError({ streetId: ["validation.neighborhoods.chooseOneOfYourStreets"] });
    if (fields.communityName)
      throw new InvalidInputError({ streetId: ["validation.neighborhoods.chooseTheStreetOfTheCommunity"] });
    return { streetId: null, communityId: null };
  }
  const street = await tx.street.findUnique({ where: { id: fields.streetId }, select: { id: true, districtId: true } });
  if (!street || street.districtId !== districtId) {
    throw new InvalidInputError({ streetId: ["validation.neighborhoods.chooseAStreetOfYourDistrict"] });
  }
  if (actor.streetIds.length && !actor.streetIds.includes(street.id)) {
    throw new InvalidInputError({ streetId: ["validation.neighborhoods.chooseOneOfYourStreets"] });
  }
  if (!fields.communityName) return { streetId: street.id, communityId: null };
  const community = await tx.community.upsert({
    where: { streetId_name: { streetId: street.id, name: fields.communityName } },
    create: { streetId: street.id, name: fields.communityName },
    update: {},
    select: { id: true },
  });
  return { streetId: street.id, communityId: community.id };
}

function recordOf(fields: Fields) {
  return {
    name: fields.name,
    address: fields.address,
    completionYear: fields.completionYear,
    poorCondition: fields.poorCondition,
    singleBuilding: fields.singleBuilding,
    buildingCount: fields.buildingCount,
    propertyType: fields.propertyType,
    notes: fields.notes,
  };
}

function ownDistrictOf(actor: Actor): string {
  if (!actor.districtId) throw new ForbiddenError(ref("errors.neighborhoods.yourAccountHasNoDistrict"));
  return actor.districtId;
}

export const createNeighborhood = defineAction({
  name: "neighborhood.create",
  input: CreateNeighborhoodInput,
  roles: ["DISTRICT"],
  // A new neighbourhood always belongs to the official's own district.
  authorize: async ({ actor }) => ({ districtId: ownDistrictOf(actor) }),
  run: async ({ actor, input, tx, scope, audit }) => {
    const place = await placeOf(tx, actor, scope.districtId, input);
    const created = await tx.neighborhood.create({
      data: { ...recordOf(input), ...place, districtId: scope.districtId, createdById: actor.id },
      select: { id: true },
    });
    await audit({
      action: "neighborhood.create",
      entityType: "Neighborhood",
      entityId: created.id,
      districtId: scope.districtId,
      after: { ...recordOf(input), ...place },
    });
    return { id: created.id, version: 1 };
  },
  revalidate: () => ["/district/neighborhoods"],
});

export const updateNeighborhood = defineAction({
  name: "neighborhood.update",
  input: UpdateNeighborhoodInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const current = await tx.neighborhood.findUnique({
      where: { id: input.id },
      select: {
        id: true,
        districtId: true,
        version: true,
        name: true,
        address: true,
        completionYear: true,
        poorCondition: true,
        singleBuilding: true,
        buildingCount: true,
        propertyType: true,
        notes: true,
        streetId: true,
        communityId: true,
      },
    });
    if (!current) throw new NotFoundError("errors.things.neighbourhood");
    assertCanManage(actor, neighborhoodPlace(current));
    return current;
  },
  run: async ({ actor, input, tx, scope: before, audit }) => {
    const place = await placeOf(tx, actor, before.districtId, input);
    const data = { ...recordOf(input), ...place };
    const { count } = await tx.neighborhood.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) {
      throw new ConflictError(ref("errors.neighborhoods.someoneElseChangedThisNeighbourhoodFirst2"));
    }
    const { id: _id, districtId: _d, ...old } = before;
    await audit({
      action: "neighborhood.update",
      entityType: "Neighborhood",
      entityId: input.id,
      districtId: before.districtId,
      before: old,
      after: { ...data, version: before.version + 1 },
    });
    return { id: input.id, version: before.version + 1 };
  },
  revalidate: (input) => [`/district/neighborhoods/${input.id}`, "/district/neighborhoods"],
});

/** The district's switch for the 2005 extension (渝府办发〔2021〕82号 二(一)). */
export const setDistrictExtension = defineAction({
  name: "district.setExtension2005",
  input: SetExtensionInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, tx }) => {
    assertCanManageDistrictLevel(actor, ownDistrictOf(actor));
    const district = await tx.district.findUnique({
      where: { id: ownDistrictOf(actor) },
      select: { id: true, allows2005Extension: true },
    });
    if (!district) throw new NotFoundError("errors.things.district");
    return district;
  },
  run: async ({ input, tx, scope: before, audit }) => {
    await tx.district.update({ where: { id: before.id }, data: { allows2005Extension: input.enabled } });
    await audit({
      action: "district.setExtension2005",
      entityType: "District",
      entityId: before.id,
      districtId: before.id,
      before: { allows2005Extension: before.allows2005Extension },
      after: { allows2005Extension: input.enabled },
    });
    return {
      enabled: input.enabled,
      example: assessEligibility({ completionYear: 2003, poorCondition: true, districtAllows2005: input.enabled })
        .reason,
    };
  },
  revalidate: () => ["/district/neighborhoods", "/district"],
});

/**
 * Adds the buildings, units and dwellings of an Excel import to a neighbourhood: all rows are
 * checked (the file's own rules, then clashes with rooms already registered) and either every
 * row is written or none.
 */
export const importDwellings = defineAction({
  name: "neighborhood.importDwellings",
  input: ImportDwellingsInput,
  roles: ["DISTRICT"],
  transaction: { timeout: 60_000, maxWait: 10_000 },
  authorize: async ({ actor, input, tx }) => {
    const current = await tx.neighborhood.findUnique({
      where: { id: input.neighborhoodId },
      select: { id: true, districtId: true, streetId: true },
    });
    if (!current) throw new NotFoundError("errors.things.neighbourhood");
    assertCanManage(actor, neighborhoodPlace(current));
    return current;
  },
  run: async ({ input, tx, scope, audit }) => {
    const { dwellings, errors } = validateImportRows(input.rows);
    if (errors.length) throw importRefused(errors);
    const existing = await tx.building.findMany({
      where: { neighborhoodId: scope.id },
      select: {
        id: true,
        name: true,
        units: { select: { id: true, name: true, dwellings: { select: { room: true } } } },
      },
    });
    const buildingIds = new Map(existing.map((b) => [b.name, b.id]));
    const unitIds = new Map<string, string>(
      existing.flatMap((b) => b.units.map((u) => [`${b.name}\u0000${u.name}`, u.id] as const)),
    );
    const takenRooms = new Set(
      existing.flatMap((b) =>
        b.units.flatMap((u) => u.dwellings.map((d) => `${b.name}\u0000${u.name}\u0000${d.room}`)),
      ),
    );
    const clashes = dwellings
      .map((d, i) => ({ d, row: input.rows[i]!.rowNumber }))
      .filter(({ d }) => takenRooms.has(`${d.building}\u0000${d.unit}\u0000${d.room}`))
      .map(({ d, row }) => ({ row, message: `${d.building}${d.unit}${d.room}已登记,不能重复导入。` }));
    if (clashes.length) throw importRefused(clashes);

    let newBuildings = 0;
    let newUnits = 0;
    for (const d of dwellings) {
      if (!buildingIds.has(d.building)) {
        const b = await tx.building.create({
          data: { neighborhoodId: scope.id, name: d.building, floors: d.buildingFloors },
          select: { id: true },
        });
        buildingIds.set(d.building, b.id);
        newBuildings++;
      }
      const unitKey = `${d.building}\u0000${d.unit}`;
      if (!unitIds.has(unitKey)) {
        const u = await tx.stairUnit.create({
          data: {
            buildingId: buildingIds.get(d.building)!,
            name: d.unit,
            floors: d.buildingFloors,
            hasLift: d.hasLift,
          },
          select: { id: true },
        });
        unitIds.set(unitKey, u.id);
        newUnits++;
      }
    }
    // Only the keyed hash and the last four characters of an ID number are written.
    const keyed = dwellings.map((d) =>
      d.owners.map((o, sortOrder) => ({
        name: o.name,
        phone: o.phone,
        idLast4: idLast4(o.id),
        ownerRef: ownerKey(o.id),
        sortOrder,
      })),
    );
    const data = dwellings.map((d, i) => ({
      neighborhoodId: scope.id,
      unitId: unitIds.get(`${d.building}\u0000${d.unit}`)!,
      room: d.room,
      floor: d.floor,
      areaM2: d.areaM2,
      ownerRef: keyed[i]![0]?.ownerRef ?? null,
    }));
    const created: { id: string; unitId: string; room: string }[] = [];
    const anyOwners = keyed.some((k) => k.length > 0);
    for (let i = 0; i < data.length; i += 5000) {
      // The new ids are needed only to hang owners on them.
      if (anyOwners)
        created.push(
          ...(await tx.dwelling.createManyAndReturn({
            data: data.slice(i, i + 5000),
            select: { id: true, unitId: true, room: true },
          })),
        );
      else await tx.dwelling.createMany({ data: data.slice(i, i + 5000) });
    }
    const idOf = new Map(created.map((c) => [`${c.unitId}\u0000${c.room}`, c.id]));
    const owners = data.flatMap((d, i) =>
      keyed[i]!.map((o) => ({ ...o, dwellingId: idOf.get(`${d.unitId}\u0000${d.room}`)! })),
    );
    for (let i = 0; i < owners.length; i += 5000)
      await tx.dwellingOwner.createMany({ data: owners.slice(i, i + 5000) });
    await tx.neighborhood.update({
      where: { id: scope.id },
      data: { buildingCount: buildingIds.size, version: { increment: 1 } },
    });
    const result = { buildings: newBuildings, units: newUnits, dwellings: data.length, owners: owners.length };
    await audit({
      action: "neighborhood.importDwellings",
      entityType: "Neighborhood",
      entityId: scope.id,
      districtId: scope.districtId,
      after: result,
    });
    return result;
  },
  revalidate: (input) => [`/district/neighborhoods/${input.neighborhoodId}`],
});

function importRefused(errors: RowError[]): InvalidInputError {
  return new InvalidInputError(
    { rows: errors.map((e) => (e.row ? `第${e.row}行:${e.message}` : e.message)) },
    ref("errors.neighborhoods.importRefused", { count: String(errors.length) }),
  );
}

/** Records a condition assessment (基础设施与公共服务评价); the scores and suggestions are computed. */
export const saveAssessment = defineAction({
  name: "neighborhood.assess",
  input: SaveAssessmentInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => {
    const current = await tx.neighborhood.findUnique({
      where: { id: input.neighborhoodId },
      select: { id: true, districtId: true, streetId: true },
    });
    if (!current) throw new NotFoundError("errors.things.neighbourhood");
    assertCanManage(actor, neighborhoodPlace(current));
    const missing = CHECKLIST.filter((q) => input.answers[q.key] === undefined);
    if (missing.length)
      throw new InvalidInputError(
        Object.fromEntries(
          missing.map((q) => [
            `answers.${q.key}`,
            [msg("validation.neighborhoods.pleaseAnswer", { question: { zh: q.zh, en: q.en } })],
          ]),
        ),
      );
    return current;
  },
  run: async ({ actor, input, tx, scope, audit }) => {
    const answers = Object.fromEntries(CHECKLIST.map((q) => [q.key, input.answers[q.key]])) as Answers;
    const result = scoreAssessment(answers);
    const row = await tx.conditionAssessment.create({
      data: {
        neighborhoodId: scope.id,
        answers,
        scoreBasic: result.scores.BASIC,
        scoreImprovement: result.scores.IMPROVEMENT,
        scoreUpgrade: result.scores.UPGRADE,
        assessedById: actor.id,
      },
      select: { id: true },
    });
    await audit({
      action: "neighborhood.assess",
      entityType: "Neighborhood",
      entityId: scope.id,
      districtId: scope.districtId,
      after: { assessmentId: row.id, answers, ...result },
    });
    return { id: row.id, ...result };
  },
  revalidate: (input) => [
    `/district/neighborhoods/${input.neighborhoodId}/assessment`,
    `/district/neighborhoods/${input.neighborhoodId}`,
  ],
});
