// Who may import the database client: the feature modules and src/lib, not the pages and route
// handlers under src/app — they load through their module, which scopes and audits. Lint refuses
// the import (eslint.config.mjs); this test fails if the rule is dropped or a file slips past it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname, "../app");
const CLIENT_IMPORT =
  /from\s+["'](@\/lib\/db|@\/generated\/prisma\/client|@prisma\/[^"']+|pg)["']|import\(\s*["'](@\/lib\/db|@\/generated\/prisma\/client)["']\s*\)/;

const sources = (readdirSync(APP, { recursive: true }) as string[]).filter(
  (f) => /\.(ts|tsx)$/.test(f) && !f.endsWith(".test.ts"),
);

describe("pages and routes do not import the database client", () => {
  it("no file under src/app imports it", () => {
    expect(sources.length).toBeGreaterThan(50);
    const offenders = sources.filter((f) => CLIENT_IMPORT.test(readFileSync(path.join(APP, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("lint refuses the import in a page, and allows it in a module", async () => {
    const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });
    const code = 'import { db } from "@/lib/db";\nexport const n = db;\n';
    const [page] = await eslint.lintText(code, { filePath: path.join(APP, "(official)/district/example/page.tsx") });
    expect(page!.messages.map((m) => m.ruleId)).toContain("no-restricted-imports");
    const [route] = await eslint.lintText(
      'import type { Prisma } from "@/generated/prisma/client";\nexport type T = Prisma.UserWhereInput;\n',
      { filePath: path.join(APP, "api/example/route.ts") },
    );
    expect(route!.messages.map((m) => m.ruleId)).toContain("no-restricted-imports");
    const [module] = await eslint.lintText(code, {
      filePath: path.resolve(import.meta.dirname, "../modules/example/queries.ts"),
    });
    expect(module!.messages.map((m) => m.ruleId)).not.toContain("no-restricted-imports");
  }, 60_000);
});
