// What the project page shows comes from the guard its actions assert (canManage): the district's
// own officials (a street-scoped one, on their streets) see the edit controls and may use them;
// the commission reads the page without them and is refused by the actions; another district's or
// another street's official does not find the project at all and is refused too.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import ProjectPage from "@/app/(official)/district/projects/[id]/page";
import { loadActor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { noticeSheet } from "@/modules/consultation/paper/queries";
import { getBallotForOfficial } from "@/modules/consultation/queries";
import { addMilestone } from "@/modules/projects/actions";
import { createNeighborhood, createStreet, createUser } from "../helpers/fixtures";
import { elementText } from "../helpers/page-element";
import { actAs } from "../helpers/request-context";

// Pages called outside a Next.js request (tests/helpers/page-stubs.ts).
vi.mock("next/headers", async () => (await import("../helpers/page-stubs")).nextHeaders);
vi.mock("next-intl/server", async () => (await import("../helpers/page-stubs")).nextIntlServer);

const users: Record<string, string> = {};
let projectId = "";

beforeAll(async () => {
  const [streetA, streetB] = [
    await createStreet({ districtCode: "500103", name: "甲街道" }),
    await createStreet({ districtCode: "500103", name: "乙街道" }),
  ];
  const n = await createNeighborhood({ districtCode: "500103", streetId: streetA.id });
  users.district = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.streetA = (await createUser({ role: "DISTRICT", districtCode: "500103", streetIds: [streetA.id] })).id;
  users.streetB = (await createUser({ role: "DISTRICT", districtCode: "500103", streetIds: [streetB.id] })).id;
  users.otherDistrict = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  projectId = (
    await db.project.create({
      data: {
        code: "T-PERM-1",
        name: "权限测试项目",
        districtId: n.districtId,
        year: 2026,
        stage: "DESIGN",
        neighborhoods: { create: [{ neighborhoodId: n.id }] },
      },
      select: { id: true },
    })
  ).id;
});

// The edit forms are client components (their test ids are inside them): the page renders them or not.
const EDIT_CONTROLS = ["component=AdvanceStageForm", "component=AddMilestoneForm", "component=UploadEvidenceForm"];

async function page(who: string) {
  actAs(users[who]!);
  return elementText(await ProjectPage({ params: Promise.resolve({ id: projectId }) }));
}

const milestone = (who: string) => {
  actAs(users[who]!);
  return addMilestone({ projectId, name: `${who}的节点`, plannedEnd: "2026-12-31" });
};

describe("the project page's edit controls follow the guard the actions use", () => {
  it.each(["district", "streetA"])("%s: sees the edit controls and may use them", async (who) => {
    const shown = await page(who);
    expect(shown).toContain("权限测试项目");
    for (const control of EDIT_CONTROLS) expect(shown).toContain(control);
    expect(await milestone(who)).toMatchObject({ ok: true });
  });

  it("the commission: reads the page without edit controls, and the action refuses it", async () => {
    const shown = await page("commission");
    expect(shown).toContain("权限测试项目");
    for (const control of EDIT_CONTROLS) expect(shown).not.toContain(control);
    expect(await milestone("commission")).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it.each(["otherDistrict", "streetB"])("%s: the page is not found, and the action refuses", async (who) => {
    await expect(page(who)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    const refused = await milestone(who);
    expect(refused.ok).toBe(false);
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(refused.ok ? "" : refused.code);
  });

  it("nothing the refused wrote: only the two allowed milestones exist", async () => {
    expect(
      await db.milestone.findMany({ where: { projectId }, orderBy: { name: "asc" }, select: { name: true } }),
    ).toEqual([{ name: "district的节点" }, { name: "streetA的节点" }]);
  });
});

describe("the ballot's pages: the same guard decides who manages it", () => {
  it("its district's officials (of its street) manage; the commission reads only; others do not find it", async () => {
    const ballot = await db.ballot.create({
      data: { projectId, title: "权限测试表决", opensAt: new Date("2026-11-01"), closesAt: new Date("2026-11-20") },
      select: { id: true },
    });
    const as = async (who: string) => loadActor(db, users[who]!);
    for (const [who, manages] of [
      ["district", true],
      ["streetA", true],
      ["commission", false],
    ] as const) {
      expect((await getBallotForOfficial(await as(who), ballot.id)).canManage).toBe(manages);
      expect((await noticeSheet(await as(who), ballot.id)).ballot.canManage).toBe(manages);
    }
    for (const who of ["otherDistrict", "streetB"]) {
      await expect(getBallotForOfficial(await as(who), ballot.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(noticeSheet(await as(who), ballot.id)).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});
