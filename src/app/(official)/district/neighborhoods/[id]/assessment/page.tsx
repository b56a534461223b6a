import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatDate } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { CATEGORY_LABELS } from "@/lib/labels";
import { maxScore } from "@/modules/neighborhoods/assessment";
import { AssessmentForm } from "@/modules/neighborhoods/components/assessment-form";
import { getNeighborhood, latestAssessment } from "@/modules/neighborhoods/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle(
  "routes.districtNeighborhoodsIdAssessment.infrastructureAndServicesAssessment",
);

export default async function AssessmentPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { id } = await params;
  const [n, latest] = await orNotFound(Promise.all([getNeighborhood(actor, id), latestAssessment(actor, id)]));
  const canEdit = n.canManage;
  const scores = latest
    ? { BASIC: latest.scoreBasic, IMPROVEMENT: latest.scoreImprovement, UPGRADE: latest.scoreUpgrade }
    : null;
  return (
    <AppShell actor={actor}>
      <Link href={`/district/neighborhoods/${n.id}`} className="text-sm text-brand-700">
        ← {t("routes.districtNeighborhoodsIdAssessment.backToTheNeighbourhood")}
      </Link>
      <PageTitle subtitle={n.name}>
        {t("routes.districtNeighborhoodsIdAssessment.infrastructureAndServicesAssessment")}
      </PageTitle>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card
          title={
            latest
              ? t("routes.districtNeighborhoodsIdAssessment.latestAssessment", {
                  assessedAt: String(formatDate(latest.assessedAt, locale)),
                })
              : t("routes.districtNeighborhoodsIdAssessment.notAssessedYet")
          }
        >
          {latest && scores ? (
            <div className="space-y-3 text-sm" data-testid="assessment-result">
              <dl className="grid grid-cols-3 gap-2">
                {(["BASIC", "IMPROVEMENT", "UPGRADE"] as const).map((a) => (
                  <div key={a} className="rounded bg-slate-50 p-2 text-center">
                    <dt className="text-slate-600">{CATEGORY_LABELS[a][locale]}</dt>
                    <dd className="text-xl font-semibold">
                      {scores[a]} / {maxScore(a)}
                    </dd>
                  </div>
                ))}
              </dl>
              <p className="text-slate-600">
                {t("routes.districtNeighborhoodsIdAssessment.higherMeansMoreNeedSuggestedItems")}
              </p>
              <ul className="list-disc pl-5">
                {latest.suggestions.map((c) => (
                  <li key={c.code}>
                    {c.code} {locale === "zh" ? c.name : c.nameEn}({CATEGORY_LABELS[c.category][locale]})
                  </li>
                ))}
                {latest.suggestions.length === 0 ? <li>{t("routes.districtNeighborhoodsIdAssessment.none")}</li> : null}
              </ul>
              {canEdit && latest.suggestions.length ? (
                <Link
                  href={`/district/projects/new?${new URLSearchParams({ neighborhood: n.id, items: latest.suggestions.map((c) => c.code).join(",") })}`}
                  className="inline-block rounded bg-brand-600 px-3 py-1.5 font-semibold text-white"
                >
                  {t("routes.districtNeighborhoodsIdAssessment.startAProjectWithTheseItems")}
                </Link>
              ) : null}
            </div>
          ) : (
            <p className="text-sm text-slate-500">
              {t("routes.districtNeighborhoodsIdAssessment.fillInTheChecklistToSee")}
            </p>
          )}
        </Card>
        {canEdit ? (
          <Card title={t("routes.districtNeighborhoodsIdAssessment.checklist")}>
            <AssessmentForm neighborhoodId={n.id} answers={latest?.answers ?? null} locale={locale} />
          </Card>
        ) : null}
      </div>
    </AppShell>
  );
}
