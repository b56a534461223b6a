// The import routes decide who may import before reading the workbook, and bound it before parsing.
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as importDwellingsRoute } from "@/app/(official)/district/neighborhoods/[id]/import/route";
import { POST as importPlanRoute } from "@/app/(official)/district/plans/[id]/import/route";
import { db } from "@/lib/db";
import { createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";

let bomb: Buffer;
const users: Record<string, string> = {};
let neighborhoodId = "";

function upload(bytes: Buffer, name = "房屋.xlsx") {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name));
  return new Request("http://localhost/import", { method: "POST", body: form });
}

beforeAll(async () => {
  const zip = new JSZip();
  zip.file("xl/worksheets/sheet1.xml", Buffer.alloc(80 * 1024 * 1024, 0x20));
  bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 1 } });
  users.resident = (await createUser({ role: "RESIDENT" })).id;
  users.district = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  neighborhoodId = (await createNeighborhood({ districtCode: "500103" })).id;
});

describe("import routes", () => {
  it("refuse anonymous callers and other roles before reading the workbook", async () => {
    actAs(null);
    expect((await importDwellingsRoute(upload(bomb), { params: Promise.resolve({ id: neighborhoodId }) })).status).toBe(
      401,
    );
    actAs(users.resident!);
    const dwellings = await importDwellingsRoute(upload(bomb), { params: Promise.resolve({ id: neighborhoodId }) });
    expect(dwellings.status).toBe(403);
    const plan = await importPlanRoute(upload(bomb, "计划.xlsx"), { params: Promise.resolve({ id: "any" }) });
    expect(plan.status).toBe(403);
    expect((await plan.json()).error).toContain("只有区县");
  });

  it("bound a district official's zip bomb before parsing, with a plain message, writing nothing", async () => {
    actAs(users.district!);
    const before = await db.dwelling.count();
    const response = await importDwellingsRoute(upload(bomb), { params: Promise.resolve({ id: neighborhoodId }) });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toContain("解压后超过 60 MB");
    expect(await db.dwelling.count()).toBe(before);
  });
});
