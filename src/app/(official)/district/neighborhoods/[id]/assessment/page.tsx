import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { ActionForm } from "@/components/forms/action-form";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { CATEGORY_LABELS } from "@/lib/labels";
import { saveAssessmentForm } from "@/modules/neighborhoods/actions";
import { CHECKLIST, maxScore } from "@/modules/neighborhoods/assessment";
import { getNeighborhood, latestAssessment } from "@/modules/neighborhoods/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtNeighborhoodsIdAssessment.infrastructureAndServicesAssessment");

const ANSWERS = [
  { value: 0, zh: "良好", en: "Good" },
  { value: 1, zh: "有问题", en: "Some problems" },
  { value: 2, zh: "问题突出", en: "Serious" },
] as const;

export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { id } = await params;
  const [n, latest] = await orNotFound(Promise.all([getNeighborhood(actor, id), latestAssessment(actor, id)]));
  const canEdit = n.canManage;
  const scores = latest ? { BASIC: latest.scoreBasic, IMPROVEMENT: latest.scoreImprovement, UPGRADE: latest.scoreUpgrade } : null;
  return (
    <AppShell actor={actor}>
      <Link href={`/district/neighborhoods/${n.id}`} className="text-sm text-brand-700">← {t("routes.districtNeighborhoodsIdAssessment.backToTheNeighbourhood")}</Link>
      <PageTitle subtitle={n.name}>{t("routes.districtNeighborhoodsIdAssessment.infrastructureAndServicesAssessment")}</PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={latest ? t("routes.districtNeighborhoodsIdAssessment.latestAssessment", { assessedAt: String(formatDate(latest.assessedAt, locale)) }) : t("routes.districtNeighborhoodsIdAssessment.notAssessedYet")}>
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
              <p className="text-slate-600">{t("routes.districtNeighborhoodsIdAssessment.higherMeansMoreNeedSuggestedItems")}</p>
              <ul className="list-disc pl-5">
                {latest.suggestions.map((c) => <li key={c.code}>{c.code} {locale === "zh" ? c.name : c.nameEn}({CATEGORY_LABELS[c.category][locale]})</li>)}
                {latest.suggestions.length === 0 ? <li>{t("routes.districtNeighborhoodsIdAssessment.none")}</li> : null}
              </ul>
              {canEdit && latest.suggestions.length ? (
                <Link href={`/district/projects/new?${new URLSearchParams({ neighborhood: n.id, items: latest.suggestions.map((c) => c.code).join(",") })}`} className="inline-block rounded bg-brand-600 px-3 py-1.5 font-semibold text-white">
                  {t("routes.districtNeighborhoodsIdAssessment.startAProjectWithTheseItems")}
                </Link>
              ) : null}
            </div>
          ) : (
            <p className="text-sm text-slate-500">{t("routes.districtNeighborhoodsIdAssessment.fillInTheChecklistToSee")}</p>
          )}
        </Card>
        {canEdit ? (
          <Card title={t("routes.districtNeighborhoodsIdAssessment.checklist")}>
            <ActionForm action={saveAssessmentForm} submitLabel={t("routes.districtNeighborhoodsIdAssessment.saveAssessment")} pendingLabel={t("routes.districtNeighborhoodsIdAssessment.saving")} successText={t("routes.districtNeighborhoodsIdAssessment.saved")} resetOnSuccess={false} className="space-y-3 text-sm">
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
