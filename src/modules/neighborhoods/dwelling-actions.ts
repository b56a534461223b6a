"use server";
// Editing and removing a dwelling, registering its owners, and opening the owners' full details.
// Every one is the district's own officials' (street-scoped ones: their streets), audited; the
// audit rows never hold an ID number, only its last four characters and the owner key.
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { getRequestContext } from "@/lib/auth/session";
import { assertCanManage } from "@/lib/auth/guards";
import { neighborhoodPlace, NEIGHBORHOOD_PLACE_SELECT } from "@/lib/auth/place";
import type { Tx } from "@/lib/db";
import { InvalidInputError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { stateOf, type FormState } from "@/lib/form-state";
import { pick } from "@/lib/i18n/messages";
import { areaField, wholeNumber } from "@/lib/schema-fields";
import { ownersOfRow } from "./dwelling-import";
import { idLast4, maskName } from "./owner-id";
import { ownerKey } from "./owner-key";
import { openBallotReason } from "./open-ballots";
import { msg, ref } from "@/lib/i18n/message-ref";

const DwellingId = z.object({ dwellingId: z.string().min(1).max(64) });

async function managedDwelling(tx: Tx, actor: Parameters<typeof assertCanManage>[0], dwellingId: string) {
  const d = await tx.dwelling.findUnique({
    where: { id: dwellingId },
    select: {
      id: true,
      room: true,
      floor: true,
      areaM2: true,
      unitId: true,
      neighborhoodId: true,
      ownerRef: true,
      unit: { select: { floors: true } },
      neighborhood: { select: { id: true, ...NEIGHBORHOOD_PLACE_SELECT } },
      owners: {
        select: { id: true, name: true, idLast4: true, ownerRef: true, phone: true, sortOrder: true },
        orderBy: { sortOrder: "asc" },
      },
      _count: { select: { votes: true, paperBallots: true, liftShares: true, residents: true, proxies: true } },
    },
  });
  if (!d) throw new NotFoundError("errors.things.dwelling");
  assertCanManage(actor, neighborhoodPlace(d.neighborhood));
  return d;
}

/** Why a dwelling's facts cannot change or it cannot go: it already carries votes or costs. */
function usedBy(counts: { votes: number; paperBallots: number; liftShares: number }): string[] {
  const out: string[] = [];
  if (counts.votes) out.push(`${counts.votes} 次网上表决`);
  if (counts.paperBallots) out.push(`${counts.paperBallots} 张纸质表决票`);
  if (counts.liftShares) out.push(`${counts.liftShares} 条加装电梯费用分摊`);
  return out;
}

const auditOwners = (owners: { name: string; idLast4: string; ownerRef: string }[]) =>
  owners.map((o) => ({ name: maskName(o.name), idLast4: o.idLast4, ownerRef: o.ownerRef }));

/** Opens an official's view of the owners' full names and phones; who opened which, and when, is audited. */
export const revealOwners = defineAction({
  name: "dwelling.revealOwners",
  input: DwellingId,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => managedDwelling(tx, actor, input.dwellingId),
  run: async ({ scope: d, audit }) => {
    await audit({
      action: "dwelling.revealOwners",
      entityType: "Dwelling",
      entityId: d.id,
      districtId: d.neighborhood.districtId,
      after: { owners: d.owners.map((o) => o.id) },
    });
    return { owners: d.owners.map((o) => ({ id: o.id, name: o.name, phone: o.phone ?? "", idLast4: o.idLast4 })) };
  },
});

export async function revealOwnersForm(_previous: RevealState, form: FormData): Promise<RevealState> {
  const result = await revealOwners(form);
  if (!result.ok) return { status: "error", message: result.error };
  return { status: "ok", owners: result.data.owners };
}
export type RevealState = {
  status: "idle" | "ok" | "error";
  message?: string;
  owners?: { id: string; name: string; phone: string; idLast4: string }[];
};

/** Decimal text, "72.30"; below a million m². */
const area = areaField({ label: "validation.fields.area", min: 1n, max: 999_999_99n });

const UpdateDwellingInput = DwellingId.extend({
  room: z
    .string()
    .trim()
    .min(1, "validation.neighborhoods.roomIsRequired")
    .max(20, "validation.neighborhoods.atMost20Characters"),
  floor: wholeNumber({ min: -5, max: 200, label: "validation.fields.floor" }),
  area,
});

/** Room, floor and area; refused once the dwelling's votes or lift shares were counted on them. */
export const updateDwelling = defineAction({
  name: "dwelling.update",
  input: UpdateDwellingInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => managedDwelling(tx, actor, input.dwellingId),
  run: async ({ input, tx, scope: d, audit }) => {
    const used = usedBy(d._count);
    if (used.length && (input.floor !== d.floor || Number(input.area) !== Number(d.areaM2.toString()))) {
      throw new InvalidInputError(
        { area: [`该房屋已有${used.join("、")},面积和楼层已用于计票或分摊,不能修改。`] },
        ref("errors.neighborhoods.theDwellingAlreadyHasVotesOr"),
      );
    }
    if (input.area !== d.areaM2.toString() && Number(input.area) !== Number(d.areaM2.toString())) {
      const open = await openBallotReason(tx, d);
      if (open) {
        throw new InvalidInputError(
          { area: [`${open.zh},面积在表决结束前不能修改。`] },
          ref("errors.neighborhoods.areaLockedByBallot", { open }),
        );
      }
    }
    if (input.floor === 0 || input.floor < -5 || input.floor > d.unit.floors) {
      throw new InvalidInputError({
        floor: [msg("validation.neighborhoods.floorRange", { floors: String(d.unit.floors) })],
      });
    }
    const clash = await tx.dwelling.findFirst({
      where: { unitId: d.unitId, room: input.room, id: { not: d.id } },
      select: { id: true },
    });
    if (clash) throw new InvalidInputError({ room: [msg("validation.neighborhoods.roomTaken", { room: input.room })] });
    await tx.dwelling.update({
      where: { id: d.id },
      data: { room: input.room, floor: input.floor, areaM2: input.area },
    });
    await audit({
      action: "dwelling.update",
      entityType: "Dwelling",
      entityId: d.id,
      districtId: d.neighborhood.districtId,
      before: { room: d.room, floor: d.floor, areaM2: d.areaM2.toString() },
      after: { room: input.room, floor: input.floor, areaM2: input.area },
    });
    return { id: d.id };
  },
  revalidate: (input) => [`/district/dwellings/${input.dwellingId}`],
});

const OwnersInput = DwellingId.extend({
  ownerName: z.string().max(60).default(""),
  ownerId: z.string().max(40).default(""),
  ownerPhone: z.string().max(30).default(""),
  coOwnerNames: z.string().max(400).default(""),
  coOwnerIds: z.string().max(400).default(""),
  coOwnerPhones: z.string().max(400).default(""),
});

/**
 * Registers the dwelling's owners anew (the ID numbers are typed again: they are never kept);
 * an empty form clears them. The first owner's key becomes the dwelling's `ownerRef`.
 */
export const setDwellingOwners = defineAction({
  name: "dwelling.setOwners",
  input: OwnersInput,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => managedDwelling(tx, actor, input.dwellingId),
  run: async ({ input, tx, scope: d, audit }) => {
    const { owners, problems } = ownersOfRow({
      业主姓名: input.ownerName,
      业主身份证号: input.ownerId,
      业主电话: input.ownerPhone,
      共有人姓名: input.coOwnerNames,
      共有人身份证号: input.coOwnerIds,
      共有人电话: input.coOwnerPhones,
    });
    if (problems.length) {
      const fieldErrors: Record<string, string[]> = {};
      for (const p of problems) (fieldErrors[p.field] ??= []).push(p.message);
      throw new InvalidInputError(fieldErrors);
    }
    const rows = owners.map((o, sortOrder) => ({
      dwellingId: d.id,
      name: o.name,
      phone: o.phone,
      idLast4: idLast4(o.id),
      ownerRef: ownerKey(o.id),
      sortOrder,
    }));
    // Who the owners are decides the headcount of an open ballot: the same people in the same
    // order (names and phones corrected) may be registered again, anyone else waits for its close.
    const sameOwner = (rows[0]?.ownerRef ?? null) === d.ownerRef;
    const sameCoOwners =
      rows
        .slice(1)
        .map((r) => r.ownerRef)
        .join() ===
      d.owners
        .slice(1)
        .map((o) => o.ownerRef)
        .join();
    if (!sameOwner || !sameCoOwners) {
      const open = await openBallotReason(tx, d);
      if (open) {
        const message = `${open.zh},业主和共有人在表决结束前不能更换(姓名、电话可以更正)。`;
        throw new InvalidInputError(
          { [sameOwner ? "coOwnerIds" : "ownerId"]: [message] },
          { zh: message, en: `The owners cannot change while ${open.en}; names and phones may be corrected.` },
        );
      }
    }
    await tx.dwellingOwner.deleteMany({ where: { dwellingId: d.id } });
    if (rows.length) await tx.dwellingOwner.createMany({ data: rows });
    await tx.dwelling.update({ where: { id: d.id }, data: { ownerRef: rows[0]?.ownerRef ?? null } });
    await audit({
      action: "dwelling.setOwners",
      entityType: "Dwelling",
      entityId: d.id,
      districtId: d.neighborhood.districtId,
      before: { owners: auditOwners(d.owners) },
      after: { owners: auditOwners(rows) },
    });
    return { owners: rows.length };
  },
  revalidate: (input) => [`/district/dwellings/${input.dwellingId}`],
});

/** Removes a dwelling that nothing has been counted on yet. */
export const removeDwelling = defineAction({
  name: "dwelling.remove",
  input: DwellingId,
  roles: ["DISTRICT"],
  authorize: async ({ actor, input, tx }) => managedDwelling(tx, actor, input.dwellingId),
  run: async ({ tx, scope: d, audit }) => {
    const used = usedBy(d._count);
    if (d._count.residents) used.push(`${d._count.residents} 位已绑定的居民`);
    // A recorded proxy authorisation is part of a ballot's record, like a paper form.
    if (d._count.proxies) used.push(`${d._count.proxies} 份委托书`);
    const open = await openBallotReason(tx, d);
    if (open) {
      throw new InvalidInputError(
        { confirm: [`${open.zh},表决结束前不能删除本户。`] },
        ref("errors.neighborhoods.removalLockedByBallot", { open }),
      );
    }
    if (used.length) {
      throw new RuleViolationError(ref("errors.neighborhoods.dwellingInUse", { used: used.join("、") }));
    }
    await tx.dwelling.delete({ where: { id: d.id } });
    await audit({
      action: "dwelling.remove",
      entityType: "Dwelling",
      entityId: d.id,
      districtId: d.neighborhood.districtId,
      before: {
        neighborhoodId: d.neighborhoodId,
        unitId: d.unitId,
        room: d.room,
        floor: d.floor,
        areaM2: d.areaM2.toString(),
        owners: auditOwners(d.owners),
      },
    });
    return { neighborhoodId: d.neighborhoodId };
  },
  revalidate: (_input, result) => [
    `/district/neighborhoods/${result.neighborhoodId}`,
    `/district/neighborhoods/${result.neighborhoodId}/dwellings`,
  ],
});

async function say(zh: string, en: string) {
  return pick((await getRequestContext()).locale, { zh, en });
}

export async function updateDwellingForm(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await updateDwelling(form);
  return result.ok
    ? { status: "ok", message: await say("房屋信息已保存。", "Dwelling saved.") }
    : stateOf(result, form);
}

export async function setDwellingOwnersForm(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await setDwellingOwners(form);
  if (!result.ok) return stateOf(result, form);
  return {
    status: "ok",
    message: result.data.owners
      ? await say(`已登记 ${result.data.owners} 位业主。`, `${result.data.owners} owner(s) registered.`)
      : await say("已清除业主信息。", "Owners cleared."),
  };
}

export async function removeDwellingForm(_previous: FormState, form: FormData): Promise<FormState> {
  // A removal is not undone: the official ticks that they mean it.
  if (form.get("confirm") !== "on") {
    const message = await say("请先勾选“确认删除该房屋”。", "Tick “confirm removal” first.");
    return { status: "error", message, fieldErrors: { confirm: [message] } };
  }
  const result = await removeDwelling(form);
  if (!result.ok) return stateOf(result, form);
  // The dwelling's page is gone with it: back to the list, which says what happened.
  redirect(`/district/neighborhoods/${result.data.neighborhoodId}/dwellings?removed=1`);
}
