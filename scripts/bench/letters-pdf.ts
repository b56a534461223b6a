// Times the binding-letters PDF for N households (default 1,000) and prints letters per page,
// pages, size and time. No database: the letters are made up.
//   npx tsx scripts/bench/letters-pdf.ts [households] [out.pdf]
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { LETTERS_PER_PAGE, pageCount } from "../../src/modules/consultation/paper/layout";
import { lettersPdf } from "../../src/modules/consultation/paper/letters-pdf";

const households = Number(process.argv[2] ?? 1000);
const out = process.argv[3];
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const letters = Array.from({ length: households }, (_, i) => ({
  building: `${Math.floor(i / 48) + 1}栋`,
  unit: `${(Math.floor(i / 24) % 2) + 1}单元`,
  room: `${(Math.floor(i / 4) % 6) + 1}-${(i % 4) + 1}`,
  code: Array.from({ length: 12 }, (_, j) => ALPHABET[(i * 7 + j * 13) % ALPHABET.length]).join(""),
}));
const ctx = {
  district: "渝中区",
  neighborhood: "枇杷山正街小区",
  project: "枇杷山片区老旧小区改造",
  ballot: { opensAt: new Date("2026-12-01T01:00:00Z"), closesAt: new Date("2026-12-15T10:00:00Z") },
  contactPhone: "023-63881234",
  address: "https://renew.example.gov.cn/b",
};

async function main() {
  await lettersPdf(ctx, letters.slice(0, 4), "warm-up"); // font files read once per process
  const start = performance.now();
  const pdf = await lettersPdf(ctx, letters, "bench");
  const ms = performance.now() - start;
  if (out) writeFileSync(out, pdf);
  console.log(
    JSON.stringify({
      households,
      lettersPerPage: LETTERS_PER_PAGE,
      pages: pageCount(households),
      bytes: pdf.length,
      ms: Math.round(ms),
    }),
  );
}

void main();
