// Every server action, called as every kind of user with generated input (fast-check): the
// answer is a refusal in words or a success — never an internal error. Real records exist, and
// real ids are among the generated values, so inputs reach the rules and the database, not only
// the schemas. The actions come from the registry `defineAction` keeps, so a new action is
// covered the moment it is written.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { registeredActions } from "@/lib/action";
import { db } from "@/lib/db";
import { bindResident, createConsultationProject, createNeighborhood, createUser } from "../helpers/fixtures";
import { actAs } from "../helpers/request-context";
import { arbitraryFor } from "../helpers/schema-arbitrary";
// Loading the modules registers their actions.
import "../helpers/all-modules";

// The owning district's official gets the most runs: their calls pass the guards and reach the rules.
const runsFor = (who: string) => (who === "district" || who === "resident" ? 40 : 10);
let generatedInputs = 0;
const outcomes: Record<string, number> = {};

const ids: string[] = [];
const identities: Record<string, string> = {};

beforeAll(async () => {
  identities.district = (await createUser({ role: "DISTRICT", districtCode: "500103" })).id;
  identities.otherDistrict = (await createUser({ role: "DISTRICT", districtCode: "500105" })).id;
  identities.commission = (await createUser({ role: "COMMISSION" })).id;
  identities.admin = (await createUser({ role: "ADMIN" })).id;
  identities.department = (await createUser({ role: "DEPARTMENT", departmentCode: "scjgj" })).id;
  const resident = await createUser({ role: "RESIDENT" });
  identities.resident = resident.id;
  const n = await createNeighborhood({ districtCode: "500103" });
  await bindResident(resident.id, n.dwellings[0]!.id);
  const project = await createConsultationProject({
    districtCode: "500103",
    neighborhoodIds: [n.id],
    liftUnitId: n.unitId,
  });
  // Accounts the actions may act on (disable, reset, change role) — not the ones doing the acting.
  const bystanders = [
    await createUser({ role: "DISTRICT", districtCode: "500103" }),
    await createUser({ role: "RESIDENT" }),
  ];
  ids.push(
    n.id,
    n.unitId,
    project.id,
    project.greeningItemId,
    project.basicItemId,
    ...n.dwellings.map((d) => d.id),
    ...bystanders.map((u) => u.id),
  );
});

describe("every action with generated input", () => {
  it("never answers with an internal error", { timeout: 600_000 }, async () => {
    const actions = registeredActions().filter((a) => !a.name.startsWith("test."));
    expect(actions.length).toBeGreaterThan(50);
    const internal: string[] = [];
    for (const action of actions) {
      const input = arbitraryFor(action.input, ids);
      for (const [who, userId] of Object.entries(identities)) {
        actAs(userId);
        await fc.assert(
          fc.asyncProperty(input, async (generated) => {
            generatedInputs += 1;
            let result = await action.call(generated);
            if (!result.ok && result.code === "UNAUTHENTICATED") {
              // An earlier input signed this user out everywhere: sign in again and retry.
              actAs(userId);
              result = await action.call(generated);
            }
            const outcome = result.ok ? "OK" : result.code;
            outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
            if (!result.ok && result.code === "INTERNAL") {
              internal.push(`${action.name} as ${who}: ${JSON.stringify(generated).slice(0, 300)}`);
            }
          }),
          { numRuns: runsFor(who), seed: 2026 },
        );
      }
    }
    console.log(
      `actions fuzzed: ${actions.length}, identities: ${Object.keys(identities).length}, generated inputs: ${generatedInputs}, outcomes: ${JSON.stringify(outcomes)}`,
    );
    expect(internal).toEqual([]);
    // The database still answers after all of it.
    expect(await db.district.count()).toBe(38);
  });
});
