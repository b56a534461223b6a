// Input the outside review found slipping through or breaking things: days that do not exist,
// years far outside the programme, numbers in hex or past 32 bits. Each is refused at its field
// and nothing is written.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateNeighborhood } from "@/modules/neighborhoods/actions";
import { addMilestone } from "@/modules/projects/actions";
import { createConsultationProject, createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

let projectId = "";
let neighborhood: Awaited<ReturnType<typeof createNeighborhood>>;

beforeAll(async () => {
  const official = await createUser({ role: "DISTRICT", districtCode: "500103" });
  neighborhood = await createNeighborhood({ districtCode: "500103" });
  projectId = (await createConsultationProject({ districtCode: "500103", neighborhoodIds: [neighborhood.id] })).id;
  actAs(official.id);
});

describe("bad input is refused at the field", () => {
  it("milestone days that do not exist or lie outside plausible years", async () => {
    for (const plannedEnd of ["2026-02-30", "0001-06-01", "9999-12-31", "2026-13-01", "明天"]) {
      const result = await addMilestone({ projectId, name: "主体施工", plannedEnd });
      expect(result.ok, plannedEnd).toBe(false);
      expect(result.ok === false && result.fieldErrors?.plannedEnd?.[0], plannedEnd).toContain("真实存在的日期");
    }
    expect(await db.milestone.count({ where: { projectId } })).toBe(0);
    expect((await addMilestone({ projectId, name: "主体施工", plannedEnd: "2026-10-08" })).ok).toBe(true);
  });

  it("numbers in hex, with exponents or past 32 bits", async () => {
    const fields = {
      name: "改名小区",
      address: "测试路1号",
      propertyType: "OTHER",
      buildingCount: "1",
      completionYear: "1995",
      notes: "",
    };
    const cases: [string, Record<string, string>][] = [
      ["version", { version: "0x1" }],
      ["version", { version: "4294967297" }],
      ["completionYear", { version: String(neighborhood.version), completionYear: "0x7CB" }],
      ["completionYear", { version: String(neighborhood.version), completionYear: "1.995e3" }],
      ["buildingCount", { version: String(neighborhood.version), buildingCount: "99999999999" }],
    ];
    for (const [field, patch] of cases) {
      const result = await updateNeighborhood({ id: neighborhood.id, ...fields, ...patch });
      expect(result.ok, JSON.stringify(patch)).toBe(false);
      expect(result.ok === false && result.fieldErrors?.[field]?.[0], JSON.stringify(patch)).toMatch(/整数/);
    }
    expect(
      await db.neighborhood.findUniqueOrThrow({
        where: { id: neighborhood.id },
        select: { name: true, version: true },
      }),
    ).toEqual({ name: neighborhood.name, version: neighborhood.version });
  });
});

describe("an action that fails after storing an upload", () => {
  it("leaves no file behind", async () => {
    const { existsSync } = await import("node:fs");
    const path = await import("node:path");
    const { z } = await import("zod");
    const { defineAction } = await import("@/lib/action");
    const { saveUpload } = await import("@/lib/storage");
    const { RuleViolationError } = await import("@/lib/errors");
    const { env } = await import("@/lib/env");
    let storedKey = "";
    const failing = defineAction({
      name: "test.failAfterUpload",
      input: z.object({ file: z.instanceof(File) }),
      roles: ["DISTRICT"],
      authorize: async () => null,
      run: async () => {
        storedKey = (
          await saveUpload(new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])], "scan.pdf"), "document")
        ).storageKey;
        throw new RuleViolationError({ zh: "后续检查未通过", en: "a later check failed" });
      },
    });
    const result = await failing({ file: new File(["x"], "x.pdf") });
    expect(result).toMatchObject({ ok: false, code: "RULE_VIOLATION" });
    expect(storedKey).toMatch(/\.pdf$/);
    expect(existsSync(path.join(path.resolve(env().UPLOAD_DIR), storedKey))).toBe(false);
  });
});
