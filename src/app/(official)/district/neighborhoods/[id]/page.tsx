import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatArea } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { PROPERTY_TYPE_LABELS, STAGE_LABELS } from "@/lib/labels";
import { AddDwellingForm } from "@/modules/neighborhoods/components/add-dwelling-form";
import { ImportForm } from "@/modules/neighborhoods/components/import-form";
import { NotesForm } from "@/modules/neighborhoods/components/notes-form";
import { getNeighborhood } from "@/modules/neighborhoods/queries";
import { getTranslations } from "next-intl/server";

export default async function NeighborhoodPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { id } = await params;
  const n = await orNotFound(getNeighborhood(actor, id));
  const canEdit = n.canManage;
  return (
    <AppShell actor={actor}>
      <Link href="/district/neighborhoods" className="text-sm text-brand-700">
        ← {t("routes.districtNeighborhoodsId.backToTheRegistry")}
      </Link>
      <PageTitle
        subtitle={[n.district.name, [n.street?.name, n.community?.name].filter(Boolean).join(" "), n.address]
          .filter(Boolean)
          .join(" · ")}
      >
        {n.name}
      </PageTitle>
      <div className="mb-4 flex flex-wrap gap-3 text-sm">
        <Link
          href={`/district/neighborhoods/${n.id}/dwellings`}
          className="rounded border border-brand-600 px-3 py-1.5 text-brand-700"
        >
          {t("routes.districtNeighborhoodsId.dwellingsAndOwners")}
        </Link>
      </div>
      {canEdit ? (
        <div className="mb-4 flex flex-wrap gap-3 text-sm">
          <Link
            href={`/district/neighborhoods/${n.id}/edit`}
            className="rounded border border-brand-600 px-3 py-1.5 text-brand-700"
          >
            {t("routes.districtNeighborhoodsId.editFacts")}
          </Link>
          <Link
            href={`/district/neighborhoods/${n.id}/assessment`}
            className="rounded border border-brand-600 px-3 py-1.5 text-brand-700"
          >
            {t("routes.districtNeighborhoodsId.conditionAssessment")}
          </Link>
          {n.eligibility.eligible ? (
            <Link
              href={`/district/projects/new?neighborhood=${n.id}`}
              className="rounded border border-brand-600 px-3 py-1.5 text-brand-700"
            >
              {t("routes.districtNeighborhoodsId.newProject")}
            </Link>
          ) : null}
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("routes.districtNeighborhoodsId.facts")}>
          <dl className="grid grid-cols-2 gap-y-2 text-sm">
            <dt className="text-slate-600">{t("routes.districtNeighborhoodsId.completed")}</dt>
            <dd>{n.completionYear}</dd>
            <dt className="text-slate-600">{t("routes.districtNeighborhoodsId.poorCondition")}</dt>
            <dd>
              {n.poorCondition ? t("routes.districtNeighborhoodsId.yes") : t("routes.districtNeighborhoodsId.no")}
            </dd>
            <dt className="text-slate-600">{t("routes.districtNeighborhoodsId.singleBuilding")}</dt>
            <dd>
              {n.singleBuilding ? t("routes.districtNeighborhoodsId.yes") : t("routes.districtNeighborhoodsId.no")}
            </dd>
            <dt className="text-slate-600">{t("routes.districtNeighborhoodsId.propertyType")}</dt>
            <dd>{PROPERTY_TYPE_LABELS[n.propertyType][locale]}</dd>
            <dt className="text-slate-600">{t("routes.districtNeighborhoodsId.buildings")}</dt>
            <dd>{n.buildings.length}</dd>
            <dt className="text-slate-600">{t("routes.districtNeighborhoodsId.dwellings")}</dt>
            <dd>{n.dwellingCount}</dd>
            <dt className="text-slate-600">{t("routes.districtNeighborhoodsId.exclusiveArea")}</dt>
            <dd>{formatArea(n.totalAreaM2, locale)}</dd>
            <dt className="text-slate-600">{t("routes.districtNeighborhoodsId.inScope")}</dt>
            <dd data-testid="eligibility">
              <span
                className={n.eligibility.eligible ? "font-semibold text-green-700" : "font-semibold text-slate-600"}
              >
                {n.eligibility.eligible
                  ? t("routes.districtNeighborhoodsId.inScope_15faf")
                  : t("routes.districtNeighborhoodsId.outOfScope")}
              </span>
              <p className="mt-1 text-slate-600">{n.eligibility.reason[locale]}</p>
            </dd>
          </dl>
        </Card>
        <Card title={t("routes.districtNeighborhoodsId.projects")}>
          <ul className="space-y-2 text-sm">
            {n.projects.map(({ project }) => (
              <li key={project.id}>
                <Link className="text-brand-700 hover:underline" href={`/district/projects/${project.id}`}>
                  {project.name}
                </Link>{" "}
                · {project.year} · {STAGE_LABELS[project.stage][locale]}
              </li>
            ))}
            {n.projects.length === 0 ? (
              <li className="text-slate-500">{t("routes.districtNeighborhoodsId.notInAProjectYet")}</li>
            ) : null}
          </ul>
        </Card>
        <Card title={t("routes.districtNeighborhoodsId.buildingsAndUnits")}>
          <ul className="space-y-1 text-sm">
            {n.buildings.map((b) => (
              <li key={b.id}>
                {b.name}({b.floors}
                {t("routes.districtNeighborhoodsId.floors")}):
                {b.units
                  .map((u) => `${u.name} ${u._count.dwellings}${t("routes.districtNeighborhoodsId.texte74ef")}`)
                  .join(",")}
              </li>
            ))}
            {n.buildings.length === 0 ? (
              <li className="text-slate-500">{t("routes.districtNeighborhoodsId.noBuildingsYetImportThemFrom")}</li>
            ) : null}
          </ul>
        </Card>
        {canEdit ? (
          <Card title={t("routes.districtNeighborhoodsId.importBuildingsUnitsAndDwellings")}>
            <ImportForm neighborhoodId={n.id} locale={locale} />
            <details className="mt-4 text-sm">
              <summary className="cursor-pointer text-brand-700">
                {t("routes.districtNeighborhoodsId.addASingleDwelling")}
              </summary>
              <AddDwellingForm neighborhoodId={n.id} />
            </details>
          </Card>
        ) : null}
        <Card title={t("routes.districtNeighborhoodsId.notes")}>
          {canEdit ? (
            <NotesForm id={n.id} version={n.version} notes={n.notes} locale={locale} />
          ) : (
            <p className="whitespace-pre-wrap text-sm">{n.notes || t("routes.districtNeighborhoodsId.none")}</p>
          )}
        </Card>
      </div>
    </AppShell>
  );
}
