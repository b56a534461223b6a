// Demo data for the funding ledger, added once (a marker setting) on top of the demo projects:
// the default lift coefficient table in 渝中区 and 江北区 (南坪's 南岸区 is left without one, so
// the "use the default table" offer shows), funding planned for the 枇杷山正街 project in
// consultation (a shortfall against its estimate, a lift subsidy), and the lift split of that
// project and of 华新街 (in acceptance, some owners paid directly or from the provident fund).
import type { PrismaClient } from "../../src/generated/prisma/client";
import { defaultLiftCoefficients } from "../../src/modules/funding/default-coefficients";
import { splitLiftCost } from "../../src/modules/funding/lift-cost";
import { liftSubsidyOf } from "../../src/modules/funding/rules";
import { oneByOne } from "../../src/lib/one-by-one";

const MARKER = "demo.fundingSeededAt";

export async function ensureFundingDemo(db: PrismaClient): Promise<void> {
  if (await db.setting.findUnique({ where: { key: MARKER }, select: { key: true } })) return;
  const projects = await db.project.findMany({
    where: { name: { in: ["枇杷山正街片区老旧小区改造", "华新街片区老旧小区改造"] } },
    select: {
      id: true,
      name: true,
      districtId: true,
      startedAt: true,
      items: {
        where: { unitId: { not: null }, catalogueItem: { tags: { has: "lift" } } },
        select: { id: true, unitId: true, estimatedCostFen: true },
      },
    },
  });
  if (projects.length === 0) return; // no demo projects: nothing to add to
  await db.$transaction(async (tx) => {
    for (const districtId of new Set(projects.map((p) => p.districtId))) {
      if (await tx.liftCoefficient.count({ where: { districtId } })) continue;
      await tx.liftCoefficient.createMany({ data: defaultLiftCoefficients().map((c) => ({ districtId, ...c })) });
    }
    const recordedOn = new Date(Date.UTC(new Date().getUTCFullYear(), 0, 20));
    for (const project of projects) {
      const lift = project.items[0];
      if (
        project.name.startsWith("枇杷山正街") &&
        (await tx.fundingRecord.count({ where: { projectId: project.id } })) === 0
      ) {
        const items = await tx.projectItem.aggregate({
          where: { projectId: project.id },
          _sum: { estimatedCostFen: true },
        });
        const total = items._sum.estimatedCostFen ?? 0n;
        const liftCost = lift?.estimatedCostFen ?? 0n;
        const rest = total - liftCost;
        await tx.fundingRecord.createMany({
          data: [
            {
              projectId: project.id,
              source: "CENTRAL_SUBSIDY",
              status: "COMMITTED",
              plannedFen: (rest * 45n) / 100n,
              committedFen: (rest * 45n) / 100n,
              recordedOn,
              documentRef: "渝财建〔2026〕示例号",
            },
            {
              projectId: project.id,
              source: "DISTRICT_FINANCE",
              status: "PLANNED",
              plannedFen: (rest * 30n) / 100n,
              recordedOn,
              documentRef: "区政府常务会议纪要",
            },
            {
              projectId: project.id,
              source: "UTILITY_COMPANY",
              status: "PLANNED",
              plannedFen: (rest * 8n) / 100n,
              recordedOn,
              documentRef: "燃气公司改造承诺函",
              note: "燃气管网改造由专营单位出资",
            },
            ...(lift
              ? [
                  {
                    projectId: project.id,
                    projectItemId: lift.id,
                    source: "MUNICIPAL_FINANCE" as const,
                    status: "PLANNED" as const,
                    plannedFen: liftCost / 3n,
                    recordedOn,
                    documentRef: "既有住宅加装电梯市级补助",
                    note: "加装电梯补助,从分摊总额中先行扣除",
                  },
                  {
                    projectId: project.id,
                    projectItemId: lift.id,
                    source: "PROVIDENT_FUND" as const,
                    status: "PLANNED" as const,
                    plannedFen: liftCost / 5n,
                    recordedOn,
                    documentRef: "",
                    note: "业主申请提取住房公积金",
                  },
                ]
              : []),
          ],
        });
      }
      if (!lift?.unitId || (await tx.liftCostShare.count({ where: { projectItemId: lift.id } }))) continue;
      const unitId = lift.unitId;
      const [table, dwellings, linked] = await oneByOne(
        () =>
          tx.liftCoefficient.findMany({
            where: { districtId: project.districtId },
            select: { floor: true, coefficient: true },
          }),
        () =>
          tx.dwelling.findMany({
            where: { unitId },
            orderBy: [{ floor: "asc" }, { room: "asc" }],
            select: { id: true, floor: true, areaM2: true },
          }),
        () =>
          tx.fundingRecord.findMany({ where: { projectItemId: lift.id }, select: { source: true, plannedFen: true } }),
      );
      const { shares } = splitLiftCost({
        totalFen: Number(lift.estimatedCostFen),
        subsidyFen: Number(liftSubsidyOf(linked)),
        coefficients: Object.fromEntries(table.map((c) => [c.floor, c.coefficient.toString()])),
        dwellings: dwellings.map((d) => ({ id: d.id, floor: d.floor, area: d.areaM2.toString() })),
      });
      // In the project under acceptance most owners have paid, some from their provident fund.
      const paying = project.name.startsWith("华新街");
      await tx.liftCostShare.createMany({
        data: shares.map((s, i) => ({
          projectItemId: lift.id,
          dwellingId: s.id,
          fen: BigInt(s.fen),
          ...(paying && s.fen > 0 && i % 4 !== 3
            ? {
                payment: i % 3 === 0 ? ("PROVIDENT_FUND" as const) : ("DIRECT" as const),
                paidAt: project.startedAt ?? recordedOn,
              }
            : {}),
        })),
      });
    }
    await tx.setting.create({ data: { key: MARKER, value: new Date().toISOString() } });
  });
}
