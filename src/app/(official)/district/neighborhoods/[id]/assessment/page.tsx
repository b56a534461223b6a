import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { ActionForm } from "@/components/forms/action-form";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { CATEGORY_LABELS } from "@/lib/labels";
import { saveAssessmentForm } from "@/modules/neighborhoods/actions";
import { CHECKLIST, maxScore } from "@/modules/neighborhoods/assessment";
import { getNeighborhood, latestAssessment } from "@/modules/neighborhoods/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "基础设施与公共服务评价", en: "Infrastructure and services assessment" });

const ANSWERS = [
  { value: 0, zh: "良好", en: "Good" },
  { value: 1, zh: "有问题", en: "Some problems" },
  { value: 2, zh: "问题突出", en: "Serious" },
] as const;

export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { id } = await params;
  const [n, latest] = await orNotFound(Promise.all([getNeighborhood(actor, id), latestAssessment(actor, id)]));
  const canEdit = n.canManage;
  const scores = latest ? { BASIC: latest.scoreBasic, IMPROVEMENT: latest.scoreImprovement, UPGRADE: latest.scoreUpgrade } : null;
  return (
    <AppShell actor={actor}>
      <Link href={`/district/neighborhoods/${n.id}`} className="text-sm text-brand-700">← {L("返回小区", "Back to the neighbourhood")}</Link>
      <PageTitle subtitle={n.name}>{L("基础设施与公共服务评价", "Infrastructure and services assessment")}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={latest ? L(`最近一次评价(${formatDate(latest.assessedAt, locale)})`, `Latest assessment (${formatDate(latest.assessedAt, locale)})`) : L("尚未评价", "Not assessed yet")}>
          {latest && scores ? (
            <div className="space-y-3 text-sm" data-testid="assessment-result">
              <dl className="grid grid-cols-3 gap-2">
                {(["BASIC", "IMPROVEMENT", "UPGRADE"] as const).map((a) => (
                  <div key={a} className="rounded bg-slate-50 p-2 text-center">
                    <dt className="text-slate-600">{CATEGORY_LABELS[a][locale]}</dt>
                    <dd className="text-xl font-semibold">{scores[a]} / {maxScore(a)}</dd>
                  </div>
                ))}
              </dl>
              <p className="text-slate-600">{L("分值越高,改造需求越迫切。建议纳入的改造内容:", "Higher means more need. Suggested items:")}</p>
              <ul className="list-disc pl-5">
                {latest.suggestions.map((c) => <li key={c.code}>{c.code} {locale === "zh" ? c.name : c.nameEn}({CATEGORY_LABELS[c.category][locale]})</li>)}
                {latest.suggestions.length === 0 ? <li>{L("暂无", "None")}</li> : null}
              </ul>
              {canEdit && latest.suggestions.length ? (
                <Link href={`/district/projects/new?${new URLSearchParams({ neighborhood: n.id, items: latest.suggestions.map((c) => c.code).join(",") })}`} className="inline-block rounded bg-brand-600 px-3 py-1.5 font-semibold text-white">
                  {L("按建议新建项目", "Start a project with these items")}
                </Link>
              ) : null}
            </div>
          ) : (
            <p className="text-sm text-slate-500">{L("填写右侧清单后显示评分与建议改造内容。", "Fill in the checklist to see scores and suggestions.")}</p>
          )}
        </Card>
        {canEdit ? (
          <Card title={L("评价清单", "Checklist")}>
            <ActionForm action={saveAssessmentForm} submitLabel={L("保存评价", "Save assessment")} pendingLabel={L("正在保存…", "Saving…")} successText={L("已保存。", "Saved.")} resetOnSuccess={false} className="space-y-3 text-sm">
              <input type="hidden" name="neighborhoodId" value={n.id} />
              {CHECKLIST.map((q) => (
                <fieldset key={q.key} className="rounded border border-slate-200 p-2">
                  <legend className="px-1">{CATEGORY_LABELS[q.area][locale]} · {locale === "zh" ? q.zh : q.en}</legend>
                  <div className="flex gap-4">
                    {ANSWERS.map((a) => (
                      <label key={a.value} className="flex items-center gap-1">
                        <input type="radio" name={`q.${q.key}`} value={a.value} defaultChecked={(latest?.answers[q.key] ?? 0) === a.value} /> {locale === "zh" ? a.zh : a.en}
                      </label>
                    ))}
                  </div>
                </fieldset>
              ))}
            </ActionForm>
          </Card>
        ) : null}
      </div>
    </AppShell>
  );
}
