// Residents' problem reports during construction and ratings after completion.
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/action";
import { db } from "@/lib/db";
import { answerFeedback, rateProject, reportProblem } from "@/modules/feedback/actions";
import { feedbackPhotoFile, listProblemReports, projectRatings } from "@/modules/feedback/queries";
import { NotFoundError } from "@/lib/errors";
import { loadActor } from "@/lib/auth/actor";
import { bindResident, createConsultationProject, createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const codeOf = (r: ActionResult<unknown>) => (r.ok ? "OK" : r.code);
const users: Record<string, string> = {};
let projectId: string;

beforeAll(async () => {
  const hood = await createNeighborhood({ districtCode: "500103" });
  projectId = (await createConsultationProject({ districtCode: "500103", neighborhoodIds: [hood.id] })).id;
  await db.project.update({ where: { id: projectId }, data: { stage: "CONSTRUCTION" } });
  users.resident = (await createUser({ role: "RESIDENT" })).id;
  users.outsider = (await createUser({ role: "RESIDENT" })).id;
  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.jiangbei = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  users.commission = (await createUser({ role: "COMMISSION" })).id;
  await bindResident(users.resident, hood.dwellings[0]!.id);
});

describe("problem reports", () => {
  it("a resident of the project reports with a photo; outsiders and officials cannot", async () => {
    actAs(users.outsider!);
    expect(codeOf(await reportProblem({ projectId, body: "工地夜间施工噪音太大" }))).toBe("FORBIDDEN");
    actAs(users.yuzhong!);
    expect(codeOf(await reportProblem({ projectId, body: "工地夜间施工噪音太大" }))).toBe("FORBIDDEN");
    actAs(users.resident!);
    expect(codeOf(await reportProblem({ projectId, body: "短" }))).toBe("INVALID_INPUT");
    const r = await reportProblem({ projectId, body: "工地夜间施工噪音太大", photo: new File([PNG], "p.png") });
    expect(r.ok).toBe(true);
    expect(await db.feedback.count()).toBe(1);
    expect((await db.feedback.findFirstOrThrow({ select: { photoKey: true } })).photoKey).toMatch(/\.png$/);
    // No photo is fine too (an empty file field is ignored).
    expect((await reportProblem({ projectId, body: "楼道堆放建材影响通行", photo: new File([], "") })).ok).toBe(true);
  });

  it("only the project's district answers; the commission reads", async () => {
    const report = await db.feedback.findFirstOrThrow({ where: { kind: "PROBLEM" }, select: { id: true } });
    actAs(users.jiangbei!);
    expect(codeOf(await answerFeedback({ feedbackId: report.id, answer: "越权答复" }))).toBe("FORBIDDEN");
    actAs(users.commission!);
    expect(codeOf(await answerFeedback({ feedbackId: report.id, answer: "越权答复" }))).toBe("FORBIDDEN");
    expect((await db.feedback.findUniqueOrThrow({ where: { id: report.id }, select: { status: true } })).status).toBe(
      "OPEN",
    );
    actAs(users.yuzhong!);
    expect((await answerFeedback({ feedbackId: report.id, answer: "已要求施工单位22点后停工。" })).ok).toBe(true);
    expect((await db.feedback.findUniqueOrThrow({ where: { id: report.id }, select: { status: true } })).status).toBe(
      "ANSWERED",
    );
    expect(await listProblemReports(await loadActor(db, users.jiangbei!))).toHaveLength(0);
    expect(await listProblemReports(await loadActor(db, users.commission!))).toHaveLength(2);
  });

  it("the photo goes to its author and the officials who may read the project, to nobody else", async () => {
    const report = await db.feedback.findFirstOrThrow({ where: { photoKey: { not: null } }, select: { id: true } });
    const as = (key: string) => loadActor(db, users[key]!);
    for (const key of ["resident", "yuzhong", "commission"]) {
      expect(await feedbackPhotoFile(await as(key), report.id)).toMatchObject({
        mimeType: "image/png",
        fileName: `feedback-${report.id}.png`,
      });
    }
    for (const key of ["outsider", "jiangbei"])
      await expect(feedbackPhotoFile(await as(key), report.id)).rejects.toThrow(NotFoundError);
  });
});

describe("ratings", () => {
  it("only after completion, 1–5, one per resident (rating again replaces it)", async () => {
    actAs(users.resident!);
    expect(codeOf(await rateProject({ projectId, score: "5" }))).toBe("RULE_VIOLATION");
    await db.project.update({ where: { id: projectId }, data: { stage: "COMPLETED" } });
    expect(codeOf(await rateProject({ projectId, score: "6" }))).toBe("INVALID_INPUT");
    expect(codeOf(await reportProblem({ projectId, body: "完工后还能反映吗" }))).toBe("RULE_VIOLATION");
    expect((await rateProject({ projectId, score: "4", body: "整体满意" })).ok).toBe(true);
    expect((await rateProject({ projectId, score: "5", body: "电梯装好了" })).ok).toBe(true);
    actAs(users.outsider!);
    expect(codeOf(await rateProject({ projectId, score: "1" }))).toBe("FORBIDDEN");
    expect(await db.feedback.count({ where: { kind: "RATING" } })).toBe(1);
    const ratings = await projectRatings(await loadActor(db, users.yuzhong!));
    expect(ratings).toEqual([expect.objectContaining({ projectId, count: 1, average: "5.0" })]);
    expect(await projectRatings(await loadActor(db, users.jiangbei!))).toEqual([]);
  });
});
