import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "./actor";
import {
  assertCanManage,
  assertCanManageDistrictLevel,
  assertCanRead,
  assertDepartment,
  canManage,
  canRead,
  canReadDistrictLevel,
  coversStreets,
  districtLevelScope,
  neighborhoodScope,
  projectScope,
  requireRole,
  type Place,
} from "./guards";
import { neighborhoodPlace, projectPlace } from "./place";

const actor = (over: Partial<Actor>): Actor => ({
  id: "u",
  username: "u",
  displayName: "u",
  role: "DISTRICT",
  districtId: null,
  departmentId: null,
  streetIds: [],
  mustChangePassword: false,
  sessionId: null,
  ...over,
});
const yuzhong = actor({ role: "DISTRICT", districtId: "d-yz" });
const commission = actor({ role: "COMMISSION" });
const resident = actor({ role: "RESIDENT" });
const dept = actor({ role: "DEPARTMENT", departmentId: "dep-1" });
/** A 渝中 official narrowed to the streets s-1 and s-2. */
const streets = actor({ role: "DISTRICT", districtId: "d-yz", streetIds: ["s-1", "s-2"] });

const at = (districtId: string, ...streetIds: (string | null)[]): Place => ({ districtId, streetIds });

describe("guards", () => {
  it("districts read their own district, the commission every district", () => {
    expect(canRead(yuzhong, at("d-yz", "s-1"))).toBe(true);
    expect(canRead(yuzhong, at("d-yz", null))).toBe(true);
    expect(canRead(yuzhong, at("d-yz"))).toBe(true);
    expect(canRead(yuzhong, at("d-jb", "s-9"))).toBe(false);
    expect(canRead(commission, at("d-jb", "s-9"))).toBe(true);
    expect(canRead(resident, at("d-yz", "s-1"))).toBe(false);
    expect(() => assertCanRead(dept, at("d-yz", "s-1"))).toThrow(ForbiddenError);
  });

  it("only the district's own officials manage its records", () => {
    expect(() => assertCanManage(yuzhong, at("d-yz", "s-1"))).not.toThrow();
    expect(() => assertCanManage(yuzhong, at("d-yz"))).not.toThrow();
    expect(() => assertCanManage(yuzhong, at("d-jb", "s-9"))).toThrow(ForbiddenError);
    expect(() => assertCanManage(commission, at("d-yz", "s-1"))).toThrow(ForbiddenError);
    // A district official without a district (misconfigured account) manages nothing.
    expect(() => assertCanManage(actor({ role: "DISTRICT", districtId: null }), at("d-yz", "s-1"))).toThrow(
      ForbiddenError,
    );
  });

  it("a street-scoped official reads and manages records of their streets only", () => {
    expect(canRead(streets, at("d-yz", "s-1"))).toBe(true);
    expect(canRead(streets, at("d-yz", "s-1", "s-2"))).toBe(true);
    expect(() => assertCanManage(streets, at("d-yz", "s-2"))).not.toThrow();
    // another street of the same district
    expect(canRead(streets, at("d-yz", "s-3"))).toBe(false);
    expect(() => assertCanManage(streets, at("d-yz", "s-3"))).toThrow(/不属于您负责的街道/);
    // a neighbourhood filed under no street
    expect(canRead(streets, at("d-yz", null))).toBe(false);
    expect(() => assertCanManage(streets, at("d-yz", null))).toThrow(ForbiddenError);
    // a project with one neighbourhood outside their streets
    expect(canRead(streets, at("d-yz", "s-1", "s-3"))).toBe(false);
    expect(() => assertCanManage(streets, at("d-yz", "s-1", null))).toThrow(ForbiddenError);
    // a place given without streets (district-level, or a call site that forgot them) fails closed
    expect(canRead(streets, at("d-yz"))).toBe(false);
    expect(canRead(streets, { districtId: "d-yz" } as Place)).toBe(false);
    expect(() => assertCanManage(streets, at("d-yz"))).toThrow(ForbiddenError);
    // another district, whatever the streets
    expect(canRead(streets, at("d-jb", "s-1"))).toBe(false);
    expect(() => assertCanRead(streets, at("d-jb", "s-1"))).toThrow(/其他区县/);
  });

  it("what a page shows as editable (canManage) is exactly what the actions allow (assertCanManage)", () => {
    const places = [
      at("d-yz", "s-1"),
      at("d-yz"),
      at("d-yz", null),
      at("d-yz", "s-1", "s-3"),
      at("d-jb", "s-1"),
      at("d-yz", "s-2"),
    ];
    const allowed = (a: Actor, p: Place) => {
      try {
        assertCanManage(a, p);
        return true;
      } catch {
        return false;
      }
    };
    for (const a of [yuzhong, streets, commission, resident, dept, actor({ role: "DISTRICT", districtId: null })]) {
      for (const p of places)
        expect([a.role, a.streetIds, p, canManage(a, p)]).toEqual([a.role, a.streetIds, p, allowed(a, p)]);
    }
    expect(canManage(commission, at("d-yz", "s-1"))).toBe(false);
    expect(canManage(streets, at("d-yz", "s-2"))).toBe(true);
    expect(canManage(streets, at("d-yz", "s-1", "s-3"))).toBe(false);
    expect(canManage(yuzhong, at("d-jb", "s-1"))).toBe(false);
  });

  it("places come from the record: a neighbourhood's street, all of a project's neighbourhoods' streets", () => {
    expect(neighborhoodPlace({ districtId: "d-yz", streetId: "s-1" })).toEqual(at("d-yz", "s-1"));
    expect(neighborhoodPlace({ districtId: "d-yz", streetId: null })).toEqual(at("d-yz", null));
    const project = (...s: (string | null)[]) =>
      projectPlace({ districtId: "d-yz", neighborhoods: s.map((streetId) => ({ neighborhood: { streetId } })) });
    expect(canRead(streets, project("s-1", "s-2"))).toBe(true);
    expect(canRead(streets, project("s-1", "s-3"))).toBe(false);
    // a project without neighbourhoods has no street: whole-district officials only
    expect(canRead(streets, project())).toBe(false);
    expect(canRead(yuzhong, project())).toBe(true);
    expect(coversStreets([], at("d-yz", null))).toBe(true);
    expect(coversStreets(["s-1"], at("d-yz", "s-1"))).toBe(true);
    expect(coversStreets(["s-1"], at("d-yz"))).toBe(false);
  });

  it("district-level work: every official of the district reads it, only the whole district's officials change it", () => {
    expect(canReadDistrictLevel(streets, "d-yz")).toBe(true);
    expect(canReadDistrictLevel(yuzhong, "d-yz")).toBe(true);
    expect(canReadDistrictLevel(commission, "d-yz")).toBe(true);
    expect(canReadDistrictLevel(yuzhong, "d-jb")).toBe(false);
    expect(canReadDistrictLevel(dept, "d-yz")).toBe(false);
    expect(() => assertCanManageDistrictLevel(yuzhong, "d-yz")).not.toThrow();
    expect(() => assertCanManageDistrictLevel(streets, "d-yz")).toThrow(/仅限部分街道/);
    expect(() => assertCanManageDistrictLevel(yuzhong, "d-jb")).toThrow(ForbiddenError);
    expect(() => assertCanManageDistrictLevel(commission, "d-yz")).toThrow(ForbiddenError);
  });

  it("scopes lists by district, and by street for a street-scoped official", () => {
    expect(neighborhoodScope(yuzhong)).toEqual({ districtId: "d-yz" });
    expect(projectScope(yuzhong)).toEqual({ districtId: "d-yz" });
    expect(districtLevelScope(yuzhong)).toEqual({ districtId: "d-yz" });
    expect(neighborhoodScope(commission)).toEqual({});
    expect(projectScope(commission)).toEqual({});
    expect(districtLevelScope(commission)).toEqual({});
    expect(neighborhoodScope(streets)).toEqual({ districtId: "d-yz", streetId: { in: ["s-1", "s-2"] } });
    expect(projectScope(streets)).toEqual({
      districtId: "d-yz",
      neighborhoods: { some: {}, every: { neighborhood: { streetId: { in: ["s-1", "s-2"] } } } },
    });
    expect(districtLevelScope(streets)).toEqual({ districtId: "d-yz" });
    for (const scope of [neighborhoodScope, projectScope, districtLevelScope]) {
      expect(() => scope(resident)).toThrow(ForbiddenError);
      expect(() => scope(dept)).toThrow(ForbiddenError);
      expect(() => scope(actor({ role: "DISTRICT", districtId: null }))).toThrow(ForbiddenError);
    }
  });

  it("departments act on their own department only", () => {
    expect(() => assertDepartment(dept, "dep-1")).not.toThrow();
    expect(() => assertDepartment(dept, "dep-2")).toThrow(ForbiddenError);
    expect(() => assertDepartment(commission, "dep-1")).toThrow(ForbiddenError);
  });

  it("role checks name the roles allowed, in Chinese", () => {
    expect(() => requireRole(resident, "COMMISSION")).toThrow(/市住房城乡建委/);
    expect(() => requireRole(commission, "COMMISSION", "ADMIN")).not.toThrow();
  });
});
