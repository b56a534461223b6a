"use client";
// A new project: a name and year, one or more eligible neighbourhoods, catalogue items with
// quantity and estimated cost. A real POST form (StateForm), so it works with JavaScript off:
// finding neighbourhoods and listing the chosen ones' stairwell units are GET submissions of the
// same form (the page reads what was typed back from the address). A lift is decided and paid per
// stairwell unit: its line lists the units of the chosen neighbourhoods, and each ticked unit
// becomes its own item, as on the project page.
import { StateForm, SubmitButton } from "@/components/forms/state-form";
import { controlProps, FieldError, FormMessage } from "@/components/forms/field";
import type { Locale } from "@/lib/i18n/locale";
import { unitLabel } from "@/lib/labels";
import { createProjectFormAction } from "../forms";
import type { BuildingOption } from "./add-item-form";
import { useTranslations } from "next-intl";

type Neighborhood = { id: string; name: string; address: string; completionYear: number };
type CatalogueItem = {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  category: "BASIC" | "IMPROVEMENT" | "UPGRADE";
  unit: string;
  description: string;
  tags: string[];
};

const CATEGORY = {
  BASIC: { zh: "基础类(直接纳入)", en: "Basic (included)" },
  IMPROVEMENT: { zh: "完善类(提交居民表决)", en: "Improvement (residents' vote)" },
  UPGRADE: { zh: "提升类(提交居民表决)", en: "Upgrade (residents' vote)" },
} as const;

const PAGE = "/district/projects/new";

export function ProjectForm({
  neighborhoods,
  catalogue,
  buildings,
  locale,
  initial,
}: {
  neighborhoods: Neighborhood[];
  catalogue: CatalogueItem[];
  /** The stairwell units of the neighbourhoods chosen so far (from the address). */
  buildings: BuildingOption[];
  locale: Locale;
  /** What the address carries: a GET round trip, or the link from a neighbourhood or its assessment. */
  initial: Record<string, string>;
}) {
  const t = useTranslations();
  return (
    <StateForm action={createProjectFormAction} className="space-y-5 text-sm" testId="new-project">
      {(state) => {
        const v = state.status === "idle" ? initial : { ...initial, ...state.values };
        const e = state.fieldErrors ?? {};
        const many = (key: string) => new Set((v[key] ?? "").split(",").filter(Boolean));
        const chosen = many("neighborhoodIds");
        const items = many("item");
        const field = "mt-1 w-full rounded border border-slate-300 px-3 py-2";
        const small = (name: string) =>
          `rounded border px-2 py-1 ${e[name]?.length ? "border-red-600" : "border-slate-300"}`;
        // StateForm remounts this after each answer, so the inputs show what was sent.
        return (
          <>
            <div className="grid gap-4 md:grid-cols-3">
              <div className="md:col-span-2">
                <label htmlFor="field-name">{t("projects.projectForm.projectName")} *</label>
                <input {...controlProps(state, "name")} defaultValue={v.name} className={field} />
                <FieldError state={state} name="name" />
              </div>
              <div>
                <label htmlFor="field-year">{t("projects.projectForm.planYear")} *</label>
                <input
                  {...controlProps(state, "year")}
                  type="number"
                  defaultValue={v.year ?? String(new Date().getFullYear() + 1)}
                  className={field}
                />
                <FieldError state={state} name="year" />
              </div>
              <label className="md:col-span-3">
                {t("projects.projectForm.description")}
                <textarea name="description" rows={2} defaultValue={v.description} className={field} />
              </label>
            </div>
            <fieldset
              className="rounded border border-slate-200 p-3"
              aria-describedby={e.neighborhoodIds?.length ? "field-neighborhoodIds-error" : undefined}
            >
              <legend className="px-1 font-semibold">
                {t("projects.projectForm.neighbourhoodsChosenOnlyThoseInScope", { chosenCount: String(chosen.size) })}
              </legend>
              <div className="mb-2 flex gap-2">
                <input
                  name="q"
                  defaultValue={v.q}
                  placeholder={t("projects.projectForm.findByNameOrAddress")}
                  aria-label={t("projects.projectForm.findNeighbourhoods")}
                  className="flex-1 rounded border border-slate-300 px-3 py-1.5"
                />
                <button
                  type="submit"
                  formAction={PAGE}
                  formMethod="get"
                  formNoValidate
                  className="rounded border border-slate-400 px-3 py-1.5"
                >
                  {t("projects.projectForm.find")}
                </button>
              </div>
              <ul className="max-h-56 space-y-1 overflow-y-auto">
                {neighborhoods.map((n) => (
                  <li key={n.id}>
                    <label className="flex items-center gap-2">
                      <input type="checkbox" name="neighborhoodIds" value={n.id} defaultChecked={chosen.has(n.id)} />
                      {n.name}{" "}
                      <span className="text-slate-500">
                        {n.address} · {n.completionYear}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
              {neighborhoods.length === 0 ? (
                <p className="text-slate-600">{t("projects.projectForm.noNeighbourhoodMatches")}</p>
              ) : null}
              <FieldError state={state} name="neighborhoodIds" />
            </fieldset>
            <fieldset
              className="rounded border border-slate-200 p-3"
              aria-describedby={e.items?.length ? "field-items-error" : undefined}
            >
              <legend className="px-1 font-semibold">
                {t("projects.projectForm.renovationItemsQuantityAndEstimatedCost")}
              </legend>
              {(["BASIC", "IMPROVEMENT", "UPGRADE"] as const).map((category) => (
                <div key={category} className="mb-3">
                  <h3 className="mb-1 font-medium">{CATEGORY[category][locale]}</h3>
                  <table className="w-full">
                    <tbody>
                      {catalogue
                        .filter((c) => c.category === category)
                        .map((c) => {
                          const name = locale === "zh" ? c.name : c.nameEn;
                          const lift = c.tags.includes("lift");
                          const units = many(`units.${c.id}`);
                          return (
                            <tr
                              key={c.id}
                              className="border-b align-top last:border-0"
                              data-testid={lift ? "lift-line" : undefined}
                            >
                              <td className="py-1 pr-2">
                                <label className="flex items-center gap-2" title={c.description}>
                                  <input
                                    type="checkbox"
                                    name="item"
                                    value={c.id}
                                    defaultChecked={items.has(c.id)}
                                    aria-describedby={
                                      e[`item.${c.id}`]?.length ? `field-item.${c.id}-error` : undefined
                                    }
                                  />
                                  {c.code} {name}
                                </label>
                                <FieldError state={state} name={`item.${c.id}`} testId={`error-line-${c.code}`} />
                                {lift ? (
                                  <fieldset
                                    className={`mt-1 rounded border p-2 ${e[`units.${c.id}`]?.length ? "border-red-600" : "border-slate-200"}`}
                                    data-testid="new-lift-units"
                                    aria-describedby={
                                      e[`units.${c.id}`]?.length ? `field-units.${c.id}-error` : undefined
                                    }
                                  >
                                    <legend className="px-1">
                                      {t("projects.projectForm.decidedAndPaidPerStairwellUnit")}
                                    </legend>
                                    {buildings.length === 0 ? (
                                      <p className="text-slate-600">
                                        {chosen.size
                                          ? t("projects.projectForm.theChosenNeighbourhoodsHaveNoBuildings")
                                          : t("projects.projectForm.tickTheNeighbourhoodsFirstThenPress")}
                                      </p>
                                    ) : null}
                                    <div className="max-h-48 space-y-1 overflow-y-auto">
                                      {buildings.map((b) => (
                                        <div key={b.id}>
                                          <p className="font-medium">
                                            {b.neighborhoodName} {b.name}
                                          </p>
                                          <ul className="flex flex-wrap gap-x-4">
                                            {b.units.map((u) => {
                                              const blocked = u.hasLift
                                                ? t("projects.projectForm.hasALift")
                                                : u.hasLiveLiftItem
                                                  ? t("projects.projectForm.liftItemExists")
                                                  : null;
                                              return (
                                                <li key={u.id}>
                                                  <label
                                                    className={`flex items-center gap-1 py-1 ${blocked ? "text-slate-400" : ""}`}
                                                  >
                                                    <input
                                                      type="checkbox"
                                                      name={`units.${c.id}`}
                                                      value={u.id}
                                                      defaultChecked={units.has(u.id)}
                                                      disabled={Boolean(blocked)}
                                                      className="h-4 w-4"
                                                    />
                                                    {b.name}
                                                    {u.name}
                                                    <span className="text-slate-500">
                                                      (
                                                      {blocked ??
                                                        t("projects.projectForm.dwellings", {
                                                          dwellings: Number(u.dwellings),
                                                        })}
                                                      )
                                                    </span>
                                                  </label>
                                                </li>
                                              );
                                            })}
                                          </ul>
                                        </div>
                                      ))}
                                    </div>
                                    <button
                                      type="submit"
                                      formAction={PAGE}
                                      formMethod="get"
                                      formNoValidate
                                      className="mt-1 rounded border border-slate-400 px-2 py-1"
                                    >
                                      {t("projects.projectForm.listTheirBuildingsAndUnits")}
                                    </button>
                                    <FieldError state={state} name={`units.${c.id}`} testId="error-units" />
                                  </fieldset>
                                ) : null}
                              </td>
                              <td className="w-40 py-1 pr-2">
                                <label className="flex items-center gap-1">
                                  <input
                                    {...controlProps(state, `quantity.${c.id}`)}
                                    defaultValue={v[`quantity.${c.id}`] ?? "1"}
                                    className={`w-20 ${small(`quantity.${c.id}`)}`}
                                    aria-label={t("projects.projectForm.quantity", {
                                      name: String(c.name),
                                      nameEn: String(c.nameEn),
                                    })}
                                  />
                                  {unitLabel(c.unit, locale)}
                                </label>
                                <FieldError
                                  state={state}
                                  name={`quantity.${c.id}`}
                                  testId={`error-quantity-${c.code}`}
                                />
                              </td>
                              <td className="w-48 py-1">
                                <label className="flex items-center gap-1">
                                  <input
                                    {...controlProps(state, `cost.${c.id}`)}
                                    inputMode="decimal"
                                    defaultValue={v[`cost.${c.id}`]}
                                    className={`w-28 ${small(`cost.${c.id}`)}`}
                                    aria-label={t("projects.projectForm.estimatedCostYuan", {
                                      name: String(c.name),
                                      nameEn: String(c.nameEn),
                                    })}
                                  />
                                  {t("projects.projectForm.yuan")}
                                </label>
                                <FieldError state={state} name={`cost.${c.id}`} testId={`error-cost-${c.code}`} />
                              </td>
                            </tr>
                          );
                        })}
                    </tbody>
                  </table>
                </div>
              ))}
              <FieldError state={state} name="items" />
            </fieldset>
            <FormMessage state={state} />
            <SubmitButton
              label={t("projects.projectForm.createProject")}
              pendingLabel={t("projects.projectForm.saving")}
              className="rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-60"
            />
          </>
        );
      }}
    </StateForm>
  );
}
