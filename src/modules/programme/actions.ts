"use server";
// The commission's programme settings: yearly targets, district shares, snapshots of the
// roll-up, and the bulletin's laggard threshold.
import type { Prisma } from "@/generated/prisma/client";
import { defineAction } from "@/lib/action";
import { NotFoundError } from "@/lib/errors";
import { hasMonthlyBaseline, lockSnapshotYear, takeSnapshot } from "./rollup-data";
import { LAGGARD_SETTING, SharesInput, SnapshotInput, TargetInput, ThresholdInput } from "./schema";

const noScope = async () => null;

export const saveTarget = defineAction({
  name: "programme.saveTarget",
  input: TargetInput,
  roles: ["COMMISSION"],
  authorize: noScope,
  run: async ({ input, tx, audit }) => {
    const before = await tx.programmeTarget.findUnique({ where: { year: input.year } });
    const data = {
      neighborhoods: input.neighborhoods,
      floorAreaM2: input.floorAreaM2,
      households: input.households,
      investmentFen: input.investmentFen,
      note: input.note,
    };
    const saved = await tx.programmeTarget.upsert({
      where: { year: input.year },
      create: { year: input.year, ...data },
      update: data,
      select: { id: true, year: true },
    });
    await audit({
      action: "programme.saveTarget",
      entityType: "ProgrammeTarget",
      entityId: saved.id,
      before,
      after: data,
    });
    return saved;
  },
  revalidate: () => ["/commission/targets", "/commission/rollup", "/commission"],
});

export const saveShares = defineAction({
  name: "programme.saveShares",
  input: SharesInput,
  roles: ["COMMISSION"],
  authorize: async ({ input, tx }) => {
    const ids = new Set(
      (
        await tx.district.findMany({
          where: { id: { in: input.shares.map((s) => s.districtId) } },
          select: { id: true },
        })
      ).map((d) => d.id),
    );
    if (input.shares.some((s) => !ids.has(s.districtId))) throw new NotFoundError("errors.things.district");
    return null;
  },
  run: async ({ input, tx, audit }) => {
    for (const s of input.shares) {
      const data = { neighborhoods: s.neighborhoods, floorAreaM2: s.floorAreaM2, households: s.households };
      // A row of zeros clears the district's share rather than recording a target of nothing.
      if (s.neighborhoods === 0 && s.floorAreaM2 === "0.00" && s.households === 0) {
        await tx.districtTargetShare.deleteMany({ where: { year: input.year, districtId: s.districtId } });
        continue;
      }
      await tx.districtTargetShare.upsert({
        where: { year_districtId: { year: input.year, districtId: s.districtId } },
        create: { year: input.year, districtId: s.districtId, ...data },
        update: data,
        select: { id: true },
      });
    }
    await audit({
      action: "programme.saveShares",
      entityType: "DistrictTargetShare",
      entityId: String(input.year),
      after: input.shares,
    });
    return { saved: input.shares.length };
  },
  revalidate: () => ["/commission/targets", "/commission/rollup"],
});

export const takeSnapshotNow = defineAction({
  name: "programme.snapshot",
  input: SnapshotInput,
  roles: ["COMMISSION"],
  authorize: noScope,
  run: async ({ actor, input, tx, audit }) => {
    // The month's baseline is the scheduled job's; if it has not run, this takes it (the page
    // says so), and every later press is an extra, manual one.
    await lockSnapshotYear(tx, input.year);
    const kind = (await hasMonthlyBaseline(tx, input.year)) ? "MANUAL" : "MONTHLY";
    const snapshot = await takeSnapshot(tx, input.year, kind, actor.id);
    await audit({
      action: "programme.snapshot",
      entityType: "RollupSnapshot",
      entityId: snapshot.id,
      after: { year: input.year, month: snapshot.month, kind: snapshot.kind },
    });
    return { id: snapshot.id, month: snapshot.month };
  },
  revalidate: () => ["/commission/rollup"],
});

export const setLaggardThreshold = defineAction({
  name: "programme.setLaggardThreshold",
  input: ThresholdInput,
  roles: ["COMMISSION"],
  authorize: noScope,
  run: async ({ input, tx, audit }) => {
    const before = await tx.setting.findUnique({ where: { key: LAGGARD_SETTING }, select: { value: true } });
    await tx.setting.upsert({
      where: { key: LAGGARD_SETTING },
      create: { key: LAGGARD_SETTING, value: input.percent },
      update: { value: input.percent as Prisma.InputJsonValue },
    });
    await audit({
      action: "programme.setLaggardThreshold",
      entityType: "Setting",
      entityId: LAGGARD_SETTING,
      before: before?.value,
      after: input.percent,
    });
    return { percent: input.percent };
  },
  revalidate: () => ["/commission/rollup"],
});
