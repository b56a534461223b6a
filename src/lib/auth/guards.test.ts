import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import type { Actor } from "./actor";
import { assertCanManageDistrict, assertCanReadDistrict, assertDepartment, canReadDistrict, districtScope, requireRole } from "./guards";

const actor = (over: Partial<Actor>): Actor => ({
  id: "u", username: "u", displayName: "u", role: "DISTRICT", districtId: null, departmentId: null, streetIds: [], mustChangePassword: false, sessionId: null, ...over,
});
const yuzhong = actor({ role: "DISTRICT", districtId: "d-yz" });
const commission = actor({ role: "COMMISSION" });
const resident = actor({ role: "RESIDENT" });
const dept = actor({ role: "DEPARTMENT", departmentId: "dep-1" });

describe("guards", () => {
  it("districts read their own district, the commission every district", () => {
    expect(canReadDistrict(yuzhong, "d-yz")).toBe(true);
    expect(canReadDistrict(yuzhong, "d-jb")).toBe(false);
    expect(canReadDistrict(commission, "d-jb")).toBe(true);
    expect(canReadDistrict(resident, "d-yz")).toBe(false);
    expect(() => assertCanReadDistrict(dept, "d-yz")).toThrow(ForbiddenError);
  });

  it("only the district's own officials manage its records", () => {
    expect(() => assertCanManageDistrict(yuzhong, "d-yz")).not.toThrow();
    expect(() => assertCanManageDistrict(yuzhong, "d-jb")).toThrow(ForbiddenError);
    expect(() => assertCanManageDistrict(commission, "d-yz")).toThrow(ForbiddenError);
    // A district official without a district (misconfigured account) manages nothing.
    expect(() => assertCanManageDistrict(actor({ role: "DISTRICT", districtId: null }), "d-yz")).toThrow(ForbiddenError);
  });

  it("scopes lists by district", () => {
    expect(districtScope(yuzhong)).toEqual({ districtId: "d-yz" });
    expect(districtScope(commission)).toEqual({});
    expect(() => districtScope(resident)).toThrow(ForbiddenError);
    expect(() => districtScope(actor({ role: "DISTRICT", districtId: null }))).toThrow(ForbiddenError);
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
