// Paper beside phones, on the real database: the letters' QR code points at PUBLIC_URL whatever
// host the request named; a whole dwelling's paper form is written all or nothing (scan too);
// the follow-up list is exactly the dwellings without an effective vote.
import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as lettersPdfRoute } from "@/app/(official)/district/consultations/codes/[neighborhoodId]/pdf/route";
import { GET as followUpExportRoute } from "@/app/(official)/district/consultations/[id]/follow-up/export/route";
import type { ActionResult } from "@/lib/action";
import { loadSessionActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { readSheetRows } from "@/lib/xlsx";
import {
  castVote,
  closeBallot,
  issueBindingCodes,
  openBallot,
  publishBallot,
  voidPaperBallot,
} from "@/modules/consultation/actions";
import { enterDwellingPaperBallot, setContactPhone } from "@/modules/consultation/paper/actions";
import { followUpList, noticeSheet } from "@/modules/consultation/paper/queries";
import { addWorkingDays } from "@/modules/consultation/working-days";
import { bindResident, createConsultationProject, createNeighborhood, createUser } from "../helpers/fixtures";
import { decodePdfQr, pdfPageCount } from "../helpers/pdf-qr";
import { actAs, currentSessionId } from "../helpers/request-context";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const scan = () => new File([PNG], "form.png", { type: "image/png" });
const codeOf = (r: ActionResult<unknown>) => (r.ok ? "OK" : r.code);
const isoIn = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

const users: Record<string, string> = {};
let hood: Awaited<ReturnType<typeof createNeighborhood>>;
let project: Awaited<ReturnType<typeof createConsultationProject>>;
let ballotId: string;
let items: { greening: string; lift: string };
const d = (i: number) => hood.dwellings[i]!.id;
const savedPublicUrl = process.env.PUBLIC_URL;

/** Every file under UPLOAD_DIR (scans), to see that a refused form left none behind. */
function storedFiles(): string[] {
  const root = path.resolve(process.env.UPLOAD_DIR ?? ".data/uploads");
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

async function officialActor() {
  actAs(users.yuzhong!);
  await db.user.findUniqueOrThrow({ where: { id: users.yuzhong! }, select: { id: true } });
  // One action call opens the session row the guards check.
  await setContactPhone({ neighborhoodId: hood.id, contactPhone: "023-63881234" });
  return loadSessionActor(db, { userId: users.yuzhong!, sessionId: currentSessionId()! });
}

beforeAll(async () => {
  // Six dwellings in one unit: the lift item is theirs; 1栋1单元 rooms 1-1 … 3-2.
  hood = await createNeighborhood({
    districtCode: "500103",
    areas: ["60.00", "60.00", "60.00", "60.00", "60.00", "60.00"],
  });
  users.yuzhong = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  users.jiangbei = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  users.r0 = (await createUser({ role: "RESIDENT" })).id;
  users.r5 = (await createUser({ role: "RESIDENT" })).id;
  await db.user.update({ where: { id: users.r5 }, data: { phone: "13812345678" } });
  await bindResident(users.r0, d(0));
  await bindResident(users.r5, d(5));
  project = await createConsultationProject({
    districtCode: "500103",
    neighborhoodIds: [hood.id],
    liftUnitId: hood.unitId,
  });
  actAs(users.yuzhong);
  const opened = await openBallot({
    projectId: project.id,
    title: "改造内容表决",
    opensAt: isoIn(-1),
    closesAt: isoIn(120),
  });
  if (!opened.ok) throw new Error(opened.error);
  ballotId = opened.data.id;
  const rows = await db.ballotItem.findMany({ where: { ballotId }, select: { id: true, unitId: true } });
  items = { greening: rows.find((r) => !r.unitId)!.id, lift: rows.find((r) => r.unitId)!.id };
});

afterAll(() => {
  if (savedPublicUrl === undefined) delete process.env.PUBLIC_URL;
  else process.env.PUBLIC_URL = savedPublicUrl;
});

describe("binding letters", () => {
  it("encode PUBLIC_URL/b in the PDF's QR code, not the host the request named", async () => {
    actAs(users.yuzhong!);
    expect((await issueBindingCodes({ neighborhoodId: hood.id })).ok).toBe(true);
    process.env.PUBLIC_URL = "https://renew.cq-test.example/";
    const request = new Request("http://evil.example/district/consultations/codes/x/pdf", {
      headers: { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" },
    });
    const response = await lettersPdfRoute(request, { params: Promise.resolve({ neighborhoodId: hood.id }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await response.arrayBuffer());
    // Six letters, four to a sheet.
    expect(pdfPageCount(pdf)).toBe(2);
    expect(decodePdfQr(pdf, 1)).toBe("https://renew.cq-test.example/b");
    expect(decodePdfQr(pdf, 2)).toBe("https://renew.cq-test.example/b");
  });

  it("are refused to another district's officials", async () => {
    actAs(users.jiangbei!);
    const response = await lettersPdfRoute(new Request("http://localhost/x"), {
      params: Promise.resolve({ neighborhoodId: hood.id }),
    });
    expect(response.status).toBe(404);
  });
});

describe("a whole dwelling's paper form", () => {
  it("is refused whole when an item is missing or the scan is not a scan, and leaves no file behind", async () => {
    actAs(users.yuzhong!);
    const before = storedFiles();
    const missing = await enterDwellingPaperBallot({
      ballotId,
      dwellingId: d(1),
      choice_greening: "AGREE",
      [`choice_${items.greening}`]: "AGREE",
      scan: scan(),
    });
    expect(codeOf(missing)).toBe("INVALID_INPUT");
    expect(missing.ok ? {} : missing.fieldErrors).toHaveProperty(`choice_${items.lift}`);
    const badScan = await enterDwellingPaperBallot({
      ballotId,
      dwellingId: d(1),
      [`choice_${items.greening}`]: "AGREE",
      [`choice_${items.lift}`]: "DISAGREE",
      scan: new File(["not an image"], "a.txt"),
    });
    expect(codeOf(badScan)).toBe("INVALID_INPUT");
    expect(badScan.ok ? {} : badScan.fieldErrors).toHaveProperty("scan");
    // Another district may not enter it at all.
    actAs(users.jiangbei!);
    expect(
      codeOf(
        await enterDwellingPaperBallot({
          ballotId,
          dwellingId: d(1),
          [`choice_${items.greening}`]: "AGREE",
          [`choice_${items.lift}`]: "AGREE",
          scan: scan(),
        }),
      ),
    ).toBe("FORBIDDEN");
    expect(await db.paperBallot.count({ where: { dwellingId: d(1) } })).toBe(0);
    expect(await db.voteHistory.count({ where: { dwellingId: d(1) } })).toBe(0);
    expect(storedFiles()).toEqual(before);
  });

  it("removes the stored scan when the transaction fails after saving it", async () => {
    actAs(users.yuzhong!);
    const before = storedFiles();
    // The write itself fails after the scan was saved: a trigger refuses this dwelling's history row.
    const ghostDwelling = await db.dwelling.create({
      data: { unitId: hood.unitId, neighborhoodId: hood.id, room: "9-9", floor: 9, areaM2: "50.00" },
      select: { id: true },
    });
    await db.$executeRawUnsafe(
      `CREATE OR REPLACE FUNCTION paper_test_refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$ LANGUAGE plpgsql`,
    );
    // The id is a cuid we just made (letters and digits only): safe to inline in DDL, which takes no parameters.
    await db.$executeRawUnsafe(
      `CREATE TRIGGER paper_test_refuse BEFORE INSERT ON "VoteHistory" FOR EACH ROW WHEN (NEW."dwellingId" = '${ghostDwelling.id}') EXECUTE FUNCTION paper_test_refuse()`,
    );
    try {
      const failed = await enterDwellingPaperBallot({
        ballotId,
        dwellingId: ghostDwelling.id,
        [`choice_${items.greening}`]: "AGREE",
        [`choice_${items.lift}`]: "AGREE",
        scan: scan(),
      });
      expect(codeOf(failed)).toBe("INTERNAL");
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS paper_test_refuse ON "VoteHistory"`);
      await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS paper_test_refuse()`);
    }
    expect(await db.paperBallot.count({ where: { dwellingId: ghostDwelling.id } })).toBe(0);
    expect(storedFiles()).toEqual(before);
    await db.dwelling.delete({ where: { id: ghostDwelling.id } });
  });

  it("writes every item with one scan, wins over the online vote and records the conflict", async () => {
    actAs(users.r0!);
    expect((await castVote({ ballotItemId: items.greening, dwellingId: d(0), choice: "AGREE" })).ok).toBe(true);
    actAs(users.yuzhong!);
    const entered = await enterDwellingPaperBallot({
      ballotId,
      dwellingId: d(0),
      [`choice_${items.greening}`]: "DISAGREE",
      [`choice_${items.lift}`]: "AGREE",
      scan: scan(),
    });
    expect(entered.ok ? { ...entered.data, scanKey: "" } : entered).toEqual({
      entered: 2,
      skipped: 0,
      overridesOnline: 1,
      scanKey: "",
      proxyName: null,
    });
    const papers = await db.paperBallot.findMany({
      where: { dwellingId: d(0) },
      select: { ballotItemId: true, choice: true, scanKey: true },
    });
    expect(papers.map((p) => [p.ballotItemId, p.choice]).sort()).toEqual(
      [
        [items.greening, "DISAGREE"],
        [items.lift, "AGREE"],
      ].sort(),
    );
    expect(new Set(papers.map((p) => p.scanKey)).size).toBe(1);
    expect(storedFiles().some((f) => f.endsWith(papers[0]!.scanKey.split("/").pop()!))).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "paperBallot.enterDwelling", entityId: d(0) },
      select: { after: true },
    });
    expect((audit.after as { conflicts: Record<string, string> }).conflicts).toEqual({ [items.greening]: "AGREE" });
  });

  it("takes a blank item as not voted, but refuses a form with no mark at all", async () => {
    actAs(users.yuzhong!);
    const blank = await enterDwellingPaperBallot({
      ballotId,
      dwellingId: d(2),
      [`choice_${items.greening}`]: "NONE",
      [`choice_${items.lift}`]: "NONE",
      scan: scan(),
    });
    expect(codeOf(blank)).toBe("INVALID_INPUT");
    const one = await enterDwellingPaperBallot({
      ballotId,
      dwellingId: d(2),
      [`choice_${items.greening}`]: "ABSTAIN",
      [`choice_${items.lift}`]: "NONE",
      scan: scan(),
    });
    expect(one.ok ? one.data.entered : one.error).toBe(1);
    expect(await db.paperBallot.count({ where: { dwellingId: d(2) } })).toBe(1);
  });
});

describe("the follow-up list", () => {
  it("is exactly the dwellings without an effective vote: online and paper count, a voided form does not", async () => {
    // d0: paper (and online); d2: paper on one item; d3: online on the lift only; d4: a paper form,
    // then voided; d1 nothing; d5 nothing (its resident r5 is bound but does not vote).
    const r3 = (await createUser({ role: "RESIDENT" })).id;
    await bindResident(r3, d(3));
    actAs(r3);
    expect((await castVote({ ballotItemId: items.lift, dwellingId: d(3), choice: "DISAGREE" })).ok).toBe(true);
    actAs(users.yuzhong!);
    expect(
      (
        await enterDwellingPaperBallot({
          ballotId,
          dwellingId: d(4),
          [`choice_${items.greening}`]: "AGREE",
          [`choice_${items.lift}`]: "AGREE",
          scan: scan(),
        })
      ).ok,
    ).toBe(true);
    const forms = await db.paperBallot.findMany({ where: { dwellingId: d(4) }, select: { id: true } });
    for (const f of forms)
      expect((await voidPaperBallot({ paperBallotId: f.id, reason: "签字与业主不符" })).ok).toBe(true);

    const actor = await officialActor();
    const list = await followUpList(actor, ballotId);
    expect(list.rows.map((r) => r.dwellingId)).toEqual([d(1), d(4), d(5)]);
    expect(list.inScope).toBe(6);
    expect(list.missingTotal).toBe(3);
    // The bound resident's phone, masked; the other two have nobody bound.
    expect(list.rows.map((r) => r.phones)).toEqual([[], [], ["138****5678"]]);
    expect(JSON.stringify(list.rows)).not.toContain("13812345678");

    // Filters: a unit that is not there gives nobody; the right building and unit give the same rows.
    expect((await followUpList(actor, ballotId, { building: "1栋", unit: "1单元" })).rows).toHaveLength(3);
    expect((await followUpList(actor, ballotId, { building: "2栋" })).rows).toHaveLength(0);

    // The Excel export says the same.
    const response = await followUpExportRoute(new Request(`http://localhost/x?building=1栋`), {
      params: Promise.resolve({ id: ballotId }),
    });
    expect(response.status).toBe(200);
    const sheet = await readSheetRows(Buffer.from(await response.arrayBuffer()));
    expect(sheet.rows.map((r) => r.values["房号"])).toEqual(["1-2", "3-1", "3-2"]);
    expect(sheet.rows.map((r) => r.values["已绑定住户电话(脱敏)"] ?? "")).toEqual(["", "", "138****5678"]);

    // Another district's official sees nothing of it.
    const other = await (async () => {
      actAs(users.jiangbei!);
      await setContactPhone({ neighborhoodId: hood.id, contactPhone: "1" });
      return loadSessionActor(db, { userId: users.jiangbei!, sessionId: currentSessionId()! });
    })();
    await expect(followUpList(other, ballotId)).rejects.toThrow();
  });
});

describe("the 公示 notice", () => {
  it("is not printed before the count, then states both counts against both thresholds from the stored result", async () => {
    const actor = await officialActor();
    expect((await noticeSheet(actor, ballotId)).items).toBeNull();
    await db.ballot.update({ where: { id: ballotId }, data: { closesAt: new Date(Date.now() - 1000) } });
    actAs(users.yuzhong!);
    expect((await closeBallot({ ballotId })).ok).toBe(true);
    expect((await publishBallot({ ballotId })).ok).toBe(true);
    const { ballot, items } = await noticeSheet(actor, ballotId);
    expect(ballot.contactPhones).toEqual(["023-63881234"]);
    // The end of the notice period in working days from publication (5 by default).
    expect(ballot.noticeEndsAt).toEqual(addWorkingDays(ballot.publishedAt!, 5));
    const greening = items!.find((i) => !i.unitId)!;
    // On greening only d0 (paper, disagree) and d2 (paper, abstain) took part: 2 of 6, 4 needed.
    expect(greening.figures!.participation.owners).toEqual({ actual: "2", of: "6", required: "4", met: false });
    expect(greening.figures!.participation.area).toEqual({
      actual: "120.00",
      of: "360.00",
      required: "240.00",
      met: false,
    });
    expect(greening.outcome).toBe("NOT_QUORATE");
  });
});
