// The audit row stands or falls with the change it records: written in the change's transaction,
// it is gone when that transaction fails — whether the failure comes after the audit row (a rule
// refusing late, a constraint the next write breaks) or the audit row is written first.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { RuleViolationError } from "@/lib/errors";
import { createUser, districtByCode } from "../../tests/helpers/fixtures";
import { actAs } from "../../tests/helpers/request-context";

let districtId = "";
let official = "";

beforeAll(async () => {
  districtId = (await districtByCode("500103")).id;
  official = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
});

const streets = (name: string) => db.street.count({ where: { districtId, name } });
const audits = (name: string) =>
  db.auditLog.count({ where: { entityType: "Street", after: { path: ["name"], equals: name } } });

/** An action of the usual shape that adds a street, audits it, and then fails as `failure` says. */
const addStreet = defineAction({
  name: "test.addStreet",
  input: z.object({ name: z.string(), failure: z.enum(["none", "rule", "duplicate"]) }),
  roles: ["DISTRICT"],
  authorize: async () => ({ districtId }),
  run: async ({ input, tx, scope, audit }) => {
    const street = await tx.street.create({
      data: { districtId: scope.districtId, name: input.name },
      select: { id: true, name: true },
    });
    await audit({
      action: "test.addStreet",
      entityType: "Street",
      entityId: street.id,
      districtId: scope.districtId,
      after: street,
    });
    if (input.failure === "rule")
      throw new RuleViolationError({ zh: "测试:审计之后被拒绝。", en: "Test: refused after the audit." });
    // The same name again breaks the unique index: PostgreSQL fails the transaction after the audit row.
    if (input.failure === "duplicate")
      await tx.street.create({ data: { districtId: scope.districtId, name: input.name } });
    return street;
  },
});

describe("an audit row and its change", () => {
  it("are both kept when the action succeeds", async () => {
    actAs(official);
    expect(await addStreet({ name: "审计成功街道", failure: "none" })).toMatchObject({
      ok: true,
      data: { name: "审计成功街道" },
    });
    expect({ streets: await streets("审计成功街道"), audits: await audits("审计成功街道") }).toEqual({
      streets: 1,
      audits: 1,
    });
  });

  it("are both gone when the action is refused after auditing", async () => {
    actAs(official);
    expect(await addStreet({ name: "审计拒绝街道", failure: "rule" })).toEqual({
      ok: false,
      code: "RULE_VIOLATION",
      error: "测试:审计之后被拒绝。",
      fieldErrors: undefined,
    });
    expect({ streets: await streets("审计拒绝街道"), audits: await audits("审计拒绝街道") }).toEqual({
      streets: 0,
      audits: 0,
    });
  });

  it("are both gone when a later write of the action breaks a constraint", async () => {
    actAs(official);
    expect(await addStreet({ name: "审计冲突街道", failure: "duplicate" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect({ streets: await streets("审计冲突街道"), audits: await audits("审计冲突街道") }).toEqual({
      streets: 0,
      audits: 0,
    });
  });

  it("is rolled back by writeAudit's caller's transaction, audit first or last", async () => {
    const fail = new Error("the transaction fails");
    await expect(
      db.$transaction(async (tx) => {
        await writeAudit(tx, null, {
          action: "test.auditFirst",
          entityType: "Street",
          entityId: "s-first",
          districtId,
          after: { name: "先审计街道" },
        });
        await tx.street.create({ data: { districtId, name: "先审计街道" } });
        throw fail;
      }),
    ).rejects.toBe(fail);
    await expect(
      db.$transaction(async (tx) => {
        await tx.street.create({ data: { districtId, name: "后审计街道" } });
        await writeAudit(tx, null, {
          action: "test.auditLast",
          entityType: "Street",
          entityId: "s-last",
          districtId,
          after: { name: "后审计街道" },
        });
        throw fail;
      }),
    ).rejects.toBe(fail);
    expect(await db.auditLog.count({ where: { action: { in: ["test.auditFirst", "test.auditLast"] } } })).toBe(0);
    expect(await db.street.count({ where: { name: { in: ["先审计街道", "后审计街道"] } } })).toBe(0);
  });
});
