// Demo owner register for the demo resident's neighbourhood and its neighbour in the same project:
// every dwelling gets a named owner (masked on screen), about one in six a co-owner, and the
// owners the housing seed gave two dwellings keep one name. One of them is also co-owner of a
// third flat, so the owners view shows a person on three dwellings who still counts once.
//
// The dwellings' `ownerRef` stays what the housing seed wrote (the demo's tallies and tests rely on
// it); the register rows reuse it. Demo ID numbers never existed, so they are not keyed hashes:
// an ID number typed in later gets the real key (`o1_…`) and is simply another owner.
import { createHash } from "node:crypto";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { DEMO_RESIDENT_NEIGHBORHOOD } from "./demo";

const SURNAMES = [
  "王",
  "李",
  "张",
  "刘",
  "陈",
  "杨",
  "黄",
  "何",
  "罗",
  "谢",
  "唐",
  "冉",
  "邓",
  "曾",
  "彭",
  "蒋",
  "谭",
  "向",
];
const GIVEN = [
  "德明",
  "秀兰",
  "建华",
  "桂芳",
  "国强",
  "玉梅",
  "志刚",
  "淑珍",
  "红",
  "勇",
  "永福",
  "慧琴",
  "光荣",
  "素芬",
  "大军",
  "学文",
  "春燕",
  "家福",
];
const PROJECT = "枇杷山正街片区老旧小区改造";

/** Numbers from a name, the same on every run. */
const digest = (text: string) => createHash("sha256").update(text).digest();

function personOf(ref: string) {
  const h = digest(ref);
  const last4 = `${h.readUInt16BE(2) % 1000}`.padStart(3, "0") + (h[4]! % 11 === 10 ? "X" : String(h[4]! % 10));
  return {
    name: `${SURNAMES[h[0]! % SURNAMES.length]}${GIVEN[h[1]! % GIVEN.length]}`,
    idLast4: last4,
    phone: h[5]! % 3 === 0 ? null : `139${String(h.readUInt32BE(6) % 100_000_000).padStart(8, "0")}`,
  };
}

export async function ensureDemoOwners(db: PrismaClient): Promise<void> {
  const project = await db.project.findFirst({
    where: { name: PROJECT },
    select: { neighborhoods: { select: { neighborhoodId: true } } },
  });
  const resident = await db.neighborhood.findFirst({
    where: { name: DEMO_RESIDENT_NEIGHBORHOOD, district: { code: "500103" } },
    select: { id: true },
  });
  const ids = [
    ...new Set([...(project?.neighborhoods.map((n) => n.neighborhoodId) ?? []), ...(resident ? [resident.id] : [])]),
  ];
  if (!ids.length) return;
  if (await db.dwellingOwner.count({ where: { dwelling: { neighborhoodId: { in: ids } } } })) return;
  const dwellings = await db.dwelling.findMany({
    where: { neighborhoodId: { in: ids }, ownerRef: { not: null } },
    orderBy: [
      { neighborhoodId: "asc" },
      { unit: { building: { name: "asc" } } },
      { unit: { name: "asc" } },
      { floor: "asc" },
      { room: "asc" },
    ],
    select: { id: true, ownerRef: true },
  });
  const heldBy = new Map<string, number>();
  for (const d of dwellings) heldBy.set(d.ownerRef!, (heldBy.get(d.ownerRef!) ?? 0) + 1);
  // The first owner of two dwellings also co-owns a third one (not one of theirs).
  const twice = [...heldBy.entries()].find(([, n]) => n >= 2)?.[0];
  const coOwnedByTwice = twice
    ? dwellings.find((d) => d.ownerRef !== twice && heldBy.get(d.ownerRef!) === 1)?.id
    : undefined;
  const rows: {
    dwellingId: string;
    name: string;
    idLast4: string;
    ownerRef: string;
    phone: string | null;
    sortOrder: number;
  }[] = [];
  for (const [i, d] of dwellings.entries()) {
    rows.push({ dwellingId: d.id, ...personOf(d.ownerRef!), ownerRef: d.ownerRef!, sortOrder: 0 });
    if (d.id === coOwnedByTwice) rows.push({ dwellingId: d.id, ...personOf(twice!), ownerRef: twice!, sortOrder: 1 });
    else if (i % 6 === 3)
      rows.push({ dwellingId: d.id, ...personOf(`${d.ownerRef}/co`), ownerRef: `${d.ownerRef}/co`, sortOrder: 1 });
  }
  for (let i = 0; i < rows.length; i += 5000) await db.dwellingOwner.createMany({ data: rows.slice(i, i + 5000) });
}
