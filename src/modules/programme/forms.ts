"use server";
// The programme forms' entry points (targets, their district shares, snapshots, the follow-up
// threshold): a refusal renders the form again with what was typed and each error at its field;
// they work with JavaScript off.
import { formEntry, stateOf, type FormState } from "@/lib/form-state";
import { saveShares, saveTarget, setLaggardThreshold, takeSnapshotNow } from "./actions";

export const saveTargetFormAction = formEntry(saveTarget);
export const setThresholdFormAction = formEntry(setLaggardThreshold);

/** The month snapshotted, for the form to say. */
export async function takeSnapshotFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const result = await takeSnapshotNow(form);
  return result.ok ? { status: "ok", data: { month: String(result.data.month) } } : stateOf(result, form);
}

const SHARE_FIELDS = ["neighborhoods", "floorAreaM2", "households"] as const;

/**
 * The shares table posts `districtId` once per row and `<field>.<districtId>` for its figures; an
 * error of the n-th share is told at that district's field.
 */
export async function saveSharesFormAction(_previous: FormState, form: FormData): Promise<FormState> {
  const districts = form.getAll("districtId").filter((v): v is string => typeof v === "string");
  const shares = districts.map((districtId) => ({
    districtId,
    ...Object.fromEntries(SHARE_FIELDS.map((key) => [key, String(form.get(`${key}.${districtId}`) ?? "") || "0"])),
  }));
  const state = stateOf(await saveShares({ year: form.get("year"), shares }), form);
  if (!state.fieldErrors) return state;
  const fieldErrors = Object.fromEntries(
    Object.entries(state.fieldErrors).map(([key, errors]) => {
      const share = /^shares\.(\d+)\.(\w+)$/.exec(key);
      return [share ? `${share[2]}.${districts[Number(share[1])]}` : key, errors];
    }),
  );
  return { ...state, fieldErrors };
}
