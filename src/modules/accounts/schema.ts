// What an administrator may type for an official's account. Pure: shared by the forms, the
// actions and the Excel import, and unit-tested without a database.
import { z } from "zod";

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,64}$/;
/** A mainland mobile number, or a landline written with digits and hyphens (023-63851234). */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|\d{3,4}-\d{7,8}(-\d{1,6})?)$/;

/** The roles the administrator creates here; residents register with their letter. */
const OFFICIAL_ROLES = ["DISTRICT", "DEPARTMENT", "COMMISSION", "ADMIN"] as const;
export type OfficialRole = (typeof OFFICIAL_ROLES)[number];

const USERNAME_MESSAGE = "validation.accounts.usernameFormat";
const PHONE_MESSAGE = "validation.accounts.aMobileNumberOrALandline";
const RESIDENT_REFUSED = "validation.accounts.residentsRegisterWithTheCodeOn";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalId = z.preprocess(blankToUndefined, z.string().max(60).optional());

const usernameField = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z.string({ error: "validation.accounts.usernameIsRequired" }).regex(USERNAME_PATTERN, USERNAME_MESSAGE),
);
const displayNameField = z
  .string({ error: "validation.accounts.nameIsRequired" })
  .trim()
  .min(1, "validation.accounts.nameIsRequired")
  .max(60, "validation.accounts.atMost60Characters");
const phoneField = z.preprocess(blankToUndefined, z.string().trim().regex(PHONE_PATTERN, PHONE_MESSAGE).optional());

/** The role select: a resident is refused with a message of its own rather than "invalid option". */
const officialRoleField = z
  .string({ error: "validation.accounts.chooseARole" })
  .refine((v) => v !== "RESIDENT", RESIDENT_REFUSED)
  .pipe(z.enum(OFFICIAL_ROLES, { error: "validation.accounts.chooseARole" }));

/** Checkboxes: one value, several, or none. */
const idList = z.preprocess(
  (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v.filter((x) => x !== "") : [v]),
  z.array(z.string().min(1).max(60)).max(200),
);

const scopeFields = {
  role: officialRoleField,
  districtId: optionalId,
  departmentId: optionalId,
  streetIds: idList,
};

export const CreateAccountInput = z.object({
  username: usernameField,
  displayName: displayNameField,
  phone: phoneField,
  ...scopeFields,
});
export type CreateAccountInput = z.infer<typeof CreateAccountInput>;

export const UpdateAccountInput = z.object({
  id: z.string().min(1).max(60),
  displayName: displayNameField,
  phone: phoneField,
  /** Absent for a resident's account, whose role and scope never change here. */
  role: z.preprocess(blankToUndefined, officialRoleField.optional()),
  districtId: optionalId,
  departmentId: optionalId,
  streetIds: idList,
});
export type UpdateAccountInput = z.infer<typeof UpdateAccountInput>;

export const AccountIdInput = z.object({ id: z.string().min(1).max(60) });

export const SetActiveInput = z.object({
  id: z.string().min(1).max(60),
  active: z.preprocess((v) => v === true || v === "true" || v === "1", z.boolean()),
});

const ACCOUNT_STATUS_FILTERS = ["active", "disabled"] as const;
export const ROLE_FILTERS = ["ADMIN", "COMMISSION", "DISTRICT", "DEPARTMENT", "RESIDENT"] as const;

export const AccountListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  q: z.preprocess(blankToUndefined, z.string().trim().max(64).optional()).catch(undefined),
  role: z.preprocess(blankToUndefined, z.enum(ROLE_FILTERS).optional()).catch(undefined),
  district: optionalId.catch(undefined),
  department: optionalId.catch(undefined),
  status: z.preprocess(blankToUndefined, z.enum(ACCOUNT_STATUS_FILTERS).optional()).catch(undefined),
});
export type AccountListFilters = z.infer<typeof AccountListQuery>;

/** The role names the Excel sheet accepts (the template's Chinese names, or the codes). */
export const ROLE_BY_SHEET_NAME: Record<string, OfficialRole> = {
  区县: "DISTRICT",
  区县住房城乡建委: "DISTRICT",
  市级部门: "DEPARTMENT",
  市住房城乡建委: "COMMISSION",
  系统管理员: "ADMIN",
  DISTRICT: "DISTRICT",
  DEPARTMENT: "DEPARTMENT",
  COMMISSION: "COMMISSION",
  ADMIN: "ADMIN",
};
