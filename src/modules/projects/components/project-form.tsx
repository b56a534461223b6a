"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locale";
import { createProjectForm } from "../actions";

type Neighborhood = { id: string; name: string; address: string; completionYear: number };
type CatalogueItem = { id: string; code: string; name: string; nameEn: string; category: "BASIC" | "IMPROVEMENT" | "UPGRADE"; unit: string; description: string; tags: string[] };
type Line = { quantity: string; estimatedCost: string };

const CATEGORY = {
  BASIC: { zh: "基础类(直接纳入)", en: "Basic (included)" },
  IMPROVEMENT: { zh: "完善类(提交居民表决)", en: "Improvement (residents' vote)" },
  UPGRADE: { zh: "提升类(提交居民表决)", en: "Upgrade (residents' vote)" },
} as const;

/** A new project: a name and year, one or more eligible neighbourhoods, catalogue items with quantity and estimated cost. */
export function ProjectForm({ neighborhoods, catalogue, locale, initialNeighborhood, initialItemCodes = [] }: { neighborhoods: Neighborhood[]; catalogue: CatalogueItem[]; locale: Locale; initialNeighborhood?: string; initialItemCodes?: string[] }) {
  const L = (zh: string, en: string) => (locale === "zh" ? zh : en);
  const router = useRouter();
  const [state, submit, pending] = useActionState(createProjectForm, null);
  const [filter, setFilter] = useState("");
  const [chosen, setChosen] = useState<Set<string>>(new Set(initialNeighborhood ? [initialNeighborhood] : []));
  const [lines, setLines] = useState<Record<string, Line>>(() =>
    Object.fromEntries(catalogue.filter((c) => initialItemCodes.includes(c.code)).map((c) => [c.id, { quantity: "1", estimatedCost: "" }])),
  );
  useEffect(() => {
    if (state?.ok) router.push(`/district/projects/${state.data.id}`);
  }, [state, router]);
  const errors = state && !state.ok ? state.fieldErrors ?? {} : {};
  const itemErrors = Object.entries(errors).filter(([k]) => k.startsWith("items")).flatMap(([, v]) => v);
  const shown = neighborhoods.filter((n) => !filter || n.name.includes(filter) || n.address.includes(filter)).slice(0, 50);
  const field = "mt-1 w-full rounded border border-slate-300 px-3 py-2";
  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <form
      className="space-y-5 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        for (const id of chosen) data.append("neighborhoodIds", id);
        data.set("items", JSON.stringify(Object.entries(lines).map(([catalogueItemId, line]) => ({ catalogueItemId, ...line }))));
        startTransition(() => submit(data));
      }}
    >
      <div className="grid gap-4 md:grid-cols-3">
        <label className="md:col-span-2">
          {L("项目名称", "Project name")} *
          <input name="name" className={field} />
          {errors.name ? <p className="mt-1 text-red-700">{errors.name.join(" ")}</p> : null}
        </label>
        <label>
          {L("计划年度", "Plan year")} *
          <input name="year" type="number" defaultValue={new Date().getFullYear() + 1} className={field} />
          {errors.year ? <p className="mt-1 text-red-700">{errors.year.join(" ")}</p> : null}
        </label>
        <label className="md:col-span-3">
          {L("项目概况", "Description")}
          <textarea name="description" rows={2} className={field} />
        </label>
      </div>
      <fieldset className="rounded border border-slate-200 p-3">
        <legend className="px-1 font-semibold">{L(`片区内小区(已选 ${chosen.size} 个,仅列出纳入改造范围的小区)`, `Neighbourhoods (${chosen.size} chosen; only those in scope are listed)`)}</legend>
        <input value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={L("按名称或地址查找", "Find by name or address")} aria-label={L("查找小区", "Find neighbourhoods")} className="mb-2 w-full rounded border border-slate-300 px-3 py-1.5" />
        <ul className="max-h-56 space-y-1 overflow-y-auto">
          {shown.map((n) => (
            <li key={n.id}>
              <label className="flex items-center gap-2">
                <input type="checkbox" checked={chosen.has(n.id)} onChange={() => toggle(n.id)} />
                {n.name} <span className="text-slate-500">{n.address} · {n.completionYear}</span>
              </label>
            </li>
          ))}
        </ul>
        {errors.neighborhoodIds ? <p className="mt-1 text-red-700">{errors.neighborhoodIds.join(" ")}</p> : null}
      </fieldset>
      <fieldset className="rounded border border-slate-200 p-3">
        <legend className="px-1 font-semibold">{L("改造内容(从清单中选择,填写数量与估算费用)", "Renovation items (quantity and estimated cost)")}</legend>
        {(["BASIC", "IMPROVEMENT", "UPGRADE"] as const).map((category) => (
          <div key={category} className="mb-3">
            <h3 className="mb-1 font-medium">{CATEGORY[category][locale]}</h3>
            <table className="w-full">
              <tbody>
                {catalogue.filter((c) => c.category === category).map((c) => {
                  const line = lines[c.id];
                  // A lift is added per stairwell unit on the project page, once the project exists.
                  if (c.tags.includes("lift")) {
                    return (
                      <tr key={c.id} className="border-b last:border-0" data-testid="lift-later">
                        <td colSpan={3} className="py-1 pr-2 text-slate-600">
                          {c.code} {locale === "zh" ? c.name : c.nameEn}:{L("按单元表决和分摊,请在项目创建后于项目页“增加改造内容”中选择楼栋和单元。", "decided and paid per stairwell unit: add it on the project page after creating the project, choosing the building and units.")}
                        </td>
                      </tr>
                    );
                  }
                  return (
                    <tr key={c.id} className="border-b last:border-0">
                      <td className="py-1 pr-2">
                        <label className="flex items-center gap-2" title={c.description}>
                          <input
                            type="checkbox"
                            checked={Boolean(line)}
                            onChange={(e) =>
                              setLines((prev) => {
                                const next = { ...prev };
                                if (e.target.checked) next[c.id] = { quantity: "1", estimatedCost: "" };
                                else delete next[c.id];
                                return next;
                              })
                            }
                          />
                          {c.code} {locale === "zh" ? c.name : c.nameEn}
                        </label>
                      </td>
                      <td className="w-40 py-1 pr-2">
                        {line ? (
                          <label className="flex items-center gap-1">
                            <span className="sr-only">{L(`${c.name}数量`, `${c.nameEn} quantity`)}</span>
                            <input value={line.quantity} onChange={(e) => setLines((p) => ({ ...p, [c.id]: { ...line, quantity: e.target.value } }))} className="w-20 rounded border border-slate-300 px-2 py-1" aria-label={L(`${c.name}数量`, `${c.nameEn} quantity`)} />
                            {c.unit}
                          </label>
                        ) : null}
                      </td>
                      <td className="w-48 py-1">
                        {line ? (
                          <label className="flex items-center gap-1">
                            <input value={line.estimatedCost} onChange={(e) => setLines((p) => ({ ...p, [c.id]: { ...line, estimatedCost: e.target.value } }))} className="w-28 rounded border border-slate-300 px-2 py-1" aria-label={L(`${c.name}估算费用(元)`, `${c.nameEn} estimated cost (yuan)`)} />
                            {L("元", "yuan")}
                          </label>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ))}
        {itemErrors.length ? <p className="text-red-700">{[...new Set(itemErrors)].join(" ")}</p> : null}
      </fieldset>
      <div role="status" className="min-h-5">{state && !state.ok ? <span className="text-red-700">{state.error}</span> : null}</div>
      <button type="submit" disabled={pending} className="rounded bg-brand-600 px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? L("正在保存…", "Saving…") : L("创建项目", "Create project")}
      </button>
    </form>
  );
}
