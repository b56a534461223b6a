// Another district's ballot is "not found" to an official, through every door that reads it: the
// ballot page and its sub-pages (printed forms, 公示 notice, paper entry, follow-up list), the
// follow-up export, the scans of paper forms and proxy authorisations and the ballot list; the
// actions an official takes on it are refused. Each door is first opened by the owning district's official, so
// a refusal here is the scope check and not a broken fixture.
import { isValidElement } from "react";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.UPLOAD_DIR = `${process.env.TMPDIR ?? "/tmp"}/renew-test-uploads-ballot-access-${process.pid}`;
});
// Pages called outside a Next.js request (tests/helpers/page-stubs.ts).
vi.mock("next/headers", async () => (await import("../../../tests/helpers/page-stubs")).nextHeaders);
vi.mock("next-intl/server", async () => (await import("../../../tests/helpers/page-stubs")).nextIntlServer);

import BallotPage from "@/app/(official)/district/consultations/[id]/page";
import BallotFormsPage from "@/app/(official)/district/consultations/[id]/forms/page";
import NoticePage from "@/app/(official)/district/consultations/[id]/notice/page";
import PaperEntryPage from "@/app/(official)/district/consultations/[id]/paper/page";
import FollowUpPage from "@/app/(official)/district/consultations/[id]/follow-up/page";
import { GET as followUpExport } from "@/app/(official)/district/consultations/[id]/follow-up/export/route";
import { GET as paperScan } from "@/app/api/consultation/scans/[id]/route";
import { GET as proxyScan } from "@/app/api/consultation/proxies/[id]/scan/route";
import { loadActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { saveUpload } from "@/lib/storage";
import { answerObjection, closeBallot, enterPaperBallot, voidPaperBallot } from "@/modules/consultation/actions";
import { ballotFormSheet, followUpList, noticeSheet, paperEntrySheet } from "@/modules/consultation/paper/queries";
import {
  ballotDwellings,
  getBallotForOfficial,
  listConsultations,
  paperBallotScanFile,
  proxyScanFile,
} from "@/modules/consultation/queries";
import { createConsultationProject, createNeighborhood, createUser } from "../../../tests/helpers/fixtures";
import { actAs } from "../../../tests/helpers/request-context";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const png = () => new File([PNG], "scan.png", { type: "image/png" });
const DAY = 24 * 3600_000;

let own = ""; // 渝中区 official: the ballot's district
let other = ""; // 江北区 official
let commission = "";
let ballotId = "";
let itemId = "";
let dwellingId = "";
let paperId = "";
let proxyId = "";
let objectionId = "";
let projectName = "";

beforeAll(async () => {
  own = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  other = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  commission = (await createUser({ role: "COMMISSION" })).id;
  const hood = await createNeighborhood({ districtCode: "500103", name: "渝中表决小区" });
  // The other district has a ballot of its own, so its lists are not empty by accident.
  const away = await createNeighborhood({ districtCode: "500105", name: "江北表决小区" });
  const project = await createConsultationProject({ districtCode: "500103", neighborhoodIds: [hood.id] });
  const awayProject = await createConsultationProject({ districtCode: "500105", neighborhoodIds: [away.id] });
  projectName = (await db.project.findUniqueOrThrow({ where: { id: project.id }, select: { name: true } })).name;
  dwellingId = hood.dwellings[0]!.id;
  const ballot = (projectId: string, projectItemId: string) =>
    db.ballot.create({
      data: {
        projectId,
        title: "改造内容表决",
        status: "OPEN",
        opensAt: new Date(Date.now() - DAY),
        closesAt: new Date(Date.now() + 7 * DAY),
        items: {
          create: [{ projectItemId, matter: "ORDINARY", title: "绿化", estimatedCostFen: 1_000_000n, sortOrder: 1 }],
        },
      },
      select: { id: true, items: { select: { id: true } } },
    });
  const b = await ballot(project.id, project.greeningItemId);
  await ballot(awayProject.id, awayProject.greeningItemId);
  ballotId = b.id;
  itemId = b.items[0]!.id;
  proxyId = (
    await db.proxyAuthorisation.create({
      data: {
        ballotId,
        dwellingId,
        ownerName: "张三英",
        proxyName: "李四",
        scanKey: (await saveUpload(png(), "image")).storageKey,
        recordedById: own,
      },
      select: { id: true },
    })
  ).id;
  paperId = (
    await db.paperBallot.create({
      data: {
        ballotItemId: itemId,
        dwellingId,
        choice: "AGREE",
        scanKey: (await saveUpload(png(), "image")).storageKey,
        enteredById: own,
      },
      select: { id: true },
    })
  ).id;
  const resident = (await createUser({ role: "RESIDENT" })).id;
  objectionId = (
    await db.ballotObjection.create({
      data: { ballotId, ballotItemId: itemId, userId: resident, body: "请核实计票。" },
      select: { id: true },
    })
  ).id;
});

const actor = (id: string) => loadActor(db, id);
const params = () => ({ params: Promise.resolve({ id: ballotId }) });
const notFound = { digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) };

/** Every page that shows the ballot, as its route calls it. */
const pages: [string, () => Promise<unknown>][] = [
  ["ballot page", () => BallotPage({ ...params(), searchParams: Promise.resolve({}) })],
  ["printed forms", () => BallotFormsPage(params())],
  ["公示 notice", () => NoticePage(params())],
  ["paper entry", () => PaperEntryPage({ ...params(), searchParams: Promise.resolve({ dwelling: dwellingId }) })],
  ["follow-up list", () => FollowUpPage({ ...params(), searchParams: Promise.resolve({}) })],
];

describe("another district's ballot, to an official", () => {
  it.each(pages)("%s: the owning district's official sees it, another district's gets a 404", async (_name, render) => {
    actAs(own);
    expect(isValidElement(await render())).toBe(true);
    actAs(other);
    await expect(render()).rejects.toMatchObject(notFound);
  });

  it("the loaders behind the pages refuse it as not found", async () => {
    const mine = await actor(own);
    const theirs = await actor(other);
    expect((await getBallotForOfficial(mine, ballotId)).id).toBe(ballotId);
    expect((await ballotDwellings(mine, ballotId)).length).toBe(3);
    expect((await ballotFormSheet(mine, ballotId)).forms).toHaveLength(3);
    expect((await noticeSheet(mine, ballotId)).ballot.id).toBe(ballotId);
    expect((await paperEntrySheet(mine, ballotId, dwellingId)).dwelling).toMatchObject({
      id: dwellingId,
      area: "60.5",
      proxyInForce: { id: proxyId },
    });
    expect((await followUpList(mine, ballotId)).inScope).toBe(3);
    const loaders = [
      () => getBallotForOfficial(theirs, ballotId),
      () => ballotDwellings(theirs, ballotId),
      () => ballotFormSheet(theirs, ballotId),
      () => noticeSheet(theirs, ballotId),
      () => paperEntrySheet(theirs, ballotId, dwellingId),
      () => followUpList(theirs, ballotId),
    ];
    for (const load of loaders) await expect(load()).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the ballot list leaves it out", async () => {
    const names = async (id: string) => (await listConsultations(await actor(id))).map((p) => p.name);
    expect(await names(own)).toContain(projectName);
    expect(await names(commission)).toContain(projectName);
    const theirs = await names(other);
    expect(theirs).toHaveLength(1);
    expect(theirs).not.toContain(projectName);
  });

  it("the follow-up export and the scans answer 404, with nothing of the ballot in the body", async () => {
    const request = () => new Request(`http://localhost/district/consultations/${ballotId}/follow-up/export`);
    actAs(own);
    expect((await followUpExport(request(), params())).status).toBe(200);
    expect(
      (await paperScan(new Request("http://localhost/"), { params: Promise.resolve({ id: paperId }) })).status,
    ).toBe(200);
    expect(
      (await proxyScan(new Request("http://localhost/"), { params: Promise.resolve({ id: proxyId }) })).status,
    ).toBe(200);
    actAs(other);
    const exported = await followUpExport(request(), params());
    expect(exported.status).toBe(404);
    expect(await exported.text()).not.toContain(projectName);
    expect(
      (await paperScan(new Request("http://localhost/"), { params: Promise.resolve({ id: paperId }) })).status,
    ).toBe(404);
    expect(
      (await proxyScan(new Request("http://localhost/"), { params: Promise.resolve({ id: proxyId }) })).status,
    ).toBe(404);
    await expect(paperBallotScanFile(await actor(other), paperId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(proxyScanFile(await actor(other), proxyId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("its actions are refused and change nothing", async () => {
    const before = {
      ballot: await db.ballot.findUniqueOrThrow({ where: { id: ballotId } }),
      papers: await db.paperBallot.findMany({ where: { ballotItemId: itemId }, orderBy: { id: "asc" } }),
      objection: await db.ballotObjection.findUniqueOrThrow({ where: { id: objectionId } }),
    };
    actAs(other);
    const results = [
      await closeBallot({ ballotId }),
      await voidPaperBallot({ paperBallotId: paperId, reason: "签字不符" }),
      await answerObjection({ objectionId, response: "已核实。" }),
      await enterPaperBallot({ ballotItemId: itemId, dwellingId, choice: "DISAGREE", scan: png() }),
    ];
    // Actions say why (the record is another district's); reads stay "not found".
    for (const result of results)
      expect(result).toEqual({ ok: false, code: "FORBIDDEN", error: "该记录属于其他区县,您无权查看或修改。" });
    expect({
      ballot: await db.ballot.findUniqueOrThrow({ where: { id: ballotId } }),
      papers: await db.paperBallot.findMany({ where: { ballotItemId: itemId }, orderBy: { id: "asc" } }),
      objection: await db.ballotObjection.findUniqueOrThrow({ where: { id: objectionId } }),
    }).toEqual(before);
    expect(await db.auditLog.count({ where: { actorId: other } })).toBe(0);
  });
});
