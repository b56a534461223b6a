// Reference data every installation needs: divisions, departments and duties, the content
// catalogue, routing rules, programme targets. Idempotent: existing rows are left as the admin
// may have edited them; only what is missing is added.
import type { PrismaClient } from "../../src/generated/prisma/client";
import { CATALOGUE } from "./catalogue";
import { DEPARTMENTS } from "./departments";
import { DISTRICTS } from "./districts";
import { ROUTING_RULES } from "./routing";

export async function seedReference(db: PrismaClient): Promise<void> {
  await db.$transaction(
    async (tx) => {
      for (const [index, d] of DISTRICTS.entries()) {
        await tx.district.upsert({
          where: { code: d.code },
          create: { code: d.code, name: d.name, kind: d.kind, sortOrder: index + 1 },
          update: {},
          select: { id: true },
        });
      }

      for (const [index, d] of DEPARTMENTS.entries()) {
        const existing = await tx.department.findUnique({ where: { code: d.code }, select: { id: true } });
        if (existing) continue;
        await tx.department.create({
          data: {
            code: d.code,
            name: d.name,
            nameEn: d.nameEn,
            sortOrder: index + 1,
            duties: { create: [{ text: d.duty, category: d.category ?? null, stage: d.stage ?? null }] },
          },
          select: { id: true },
        });
      }

      for (const [index, item] of CATALOGUE.entries()) {
        await tx.catalogueItem.upsert({
          where: { code: item.code },
          create: { ...item, sortOrder: index + 1 },
          update: {},
          select: { id: true },
        });
      }

      const departments = await tx.department.findMany({ select: { id: true, code: true } });
      const departmentId = new Map(departments.map((d) => [d.code, d.id]));
      for (const rule of ROUTING_RULES) {
        const id = departmentId.get(rule.department);
        if (!id) throw new Error(`routing rule names unknown department ${rule.department}`);
        const { department: _code, ...fields } = rule;
        await tx.routingRule.upsert({
          where: {
            departmentId_matchTag_stage_kind: {
              departmentId: id,
              matchTag: rule.matchTag,
              stage: rule.stage,
              kind: rule.kind,
            },
          },
          create: { ...fields, departmentId: id },
          update: {},
          select: { id: true },
        });
      }

      // 渝府办发〔2021〕82号 一(三): 2021年新开工改造城镇老旧小区831个、2662万平方米; 29.2万户.
      await tx.programmeTarget.upsert({
        where: { year: 2021 },
        create: {
          year: 2021,
          neighborhoods: 831,
          floorAreaM2: "26620000",
          households: 292000,
          note: "渝府办发〔2021〕82号",
        },
        update: {},
        select: { id: true },
      });

      await tx.setting.upsert({
        where: { key: "bulletin.laggardThresholdPercent" },
        create: { key: "bulletin.laggardThresholdPercent", value: 60 },
        update: {},
        select: { key: true },
      });
    },
    { timeout: 60_000, maxWait: 30_000 },
  ); // generous: the suite resets many times on a busy 2-core machine
}
