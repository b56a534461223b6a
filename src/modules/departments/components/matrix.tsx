// The responsibility matrix of the policy's annex: department × project stage, with the duty
// text and the routing rules that turn an item's tag into the department's task at that stage.
import type { ContentCategory, ProjectStage, TaskKind } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { CATEGORY_LABELS, STAGE_LABELS } from "@/lib/labels";
import { routingTagLabel, TASK_KIND_LABELS } from "../labels";
import { useTranslations } from "next-intl";

const STAGES: ProjectStage[] = [
  "RESERVE",
  "CONSULTATION",
  "DESIGN",
  "APPROVED",
  "CONSTRUCTION",
  "ACCEPTANCE",
  "COMPLETED",
  "LONG_TERM",
];

export type MatrixDepartment = {
  id: string;
  name: string;
  nameEn: string;
  duties: { id: string; text: string; category: ContentCategory | null; stage: ProjectStage | null }[];
  rules: {
    id: string;
    matchTag: string;
    stage: ProjectStage;
    kind: TaskKind;
    title: string;
    dueDays: number;
    requiredForAcceptance: boolean;
    active: boolean;
  }[];
};

export function ResponsibilityMatrix({ departments, locale }: { departments: MatrixDepartment[]; locale: Locale }) {
  const t = useTranslations();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[1100px] border-collapse text-left text-xs" data-testid="matrix">
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th className="sticky left-0 border-b bg-slate-50 px-2 py-2">{t("departments.matrix.department")}</th>
            <th className="border-b px-2 py-2">{t("departments.matrix.category")}</th>
            <th className="w-80 border-b px-2 py-2">{t("departments.matrix.duties")}</th>
            {STAGES.map((s) => (
              <th key={s} className="border-b px-2 py-2">
                {STAGE_LABELS[s][locale]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {departments.map((d) => (
            <tr key={d.id} className="border-b align-top last:border-0">
              <th scope="row" className="sticky left-0 bg-white px-2 py-2 font-semibold">
                {locale === "zh" ? d.name : d.nameEn}
              </th>
              <td className="px-2 py-2">
                {[...new Set(d.duties.map((u) => u.category).filter((c): c is ContentCategory => !!c))]
                  .map((c) => CATEGORY_LABELS[c][locale])
                  .join("、") || "—"}
              </td>
              <td className="px-2 py-2 leading-relaxed">
                {d.duties.map((u) => (
                  <p key={u.id}>{u.text}</p>
                ))}
              </td>
              {STAGES.map((s) => {
                const duty = d.duties.some((u) => u.stage === s);
                const rules = d.rules.filter((r) => r.stage === s);
                return (
                  <td key={s} className={`px-2 py-2 ${duty || rules.length ? "bg-brand-50" : ""}`}>
                    {duty ? <div className="font-semibold text-brand-800">● {t("departments.matrix.duty")}</div> : null}
                    {rules.map((r) => (
                      <div key={r.id} className={`mt-1 ${r.active ? "" : "text-slate-400 line-through"}`}>
                        {r.title}
                        <span className="text-slate-500">
                          ({TASK_KIND_LABELS[r.kind][locale]} · {t("departments.matrix.for")}{" "}
                          {routingTagLabel(r.matchTag)[locale]} · {r.dueDays}
                          {t("departments.matrix.d")}
                          {r.requiredForAcceptance ? t("departments.matrix.beforeAcceptance") : ""})
                        </span>
                      </div>
                    ))}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
