import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatDate, formatFen } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import {
  CATEGORY_LABELS,
  ITEM_STATUS_LABELS,
  MANAGEMENT_LABELS,
  REVIEW_CONCLUSION_LABELS,
  STAGE_LABELS,
  unitLabel,
} from "@/lib/labels";
import { ProjectTasksPanel } from "@/modules/departments/components/project-tasks";
import { ProjectItemForms } from "@/modules/projects/components/item-forms";
import {
  AddMilestoneForm,
  AdvanceStageForm,
  DesignReviewForm,
  ManagementModelForm,
  MilestoneUpdateForm,
  UploadEvidenceForm,
} from "@/modules/projects/components/project-page-forms";
import { describeHistory } from "@/modules/projects/history";
import { getProject, itemCatalogue, liftUnitOptions, projectHistory } from "@/modules/projects/queries";
import { isOverdue, nextStage, STAGE_ORDER } from "@/modules/projects/stages";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtProjectsId.project");

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { id } = await params;
  const p = await orNotFound(getProject(actor, id));
  const history = await projectHistory(actor, p.id);
  const canEdit = p.canManage;
  const today = new Date();
  const next = nextStage(p.stage);
  const stageIndex = STAGE_ORDER.indexOf(p.stage);
  const totalFen = p.items
    .filter((i) => i.status !== "DROPPED" && i.status !== "REJECTED")
    .reduce((sum, i) => sum + i.estimatedCostFen, 0n);
  const overdueCount = p.milestones.filter((m) => isOverdue(m, today)).length;
  return (
    <AppShell actor={actor}>
      <Link href="/district/projects" className="text-sm text-brand-700">
        ← {t("routes.districtProjectsId.backToProjects")}
      </Link>
      <PageTitle subtitle={`${p.code} · ${p.district.name} · ${p.year}${t("routes.districtProjectsId.text75b62")}`}>
        {p.name}
      </PageTitle>

      <ol className="mb-6 flex flex-wrap gap-1 text-sm" aria-label={t("routes.districtProjectsId.projectStages")}>
        {STAGE_ORDER.map((s, i) => (
          <li
            key={s}
            aria-current={s === p.stage ? "step" : undefined}
            className={`rounded px-3 py-1 ${i < stageIndex ? "bg-green-100 text-green-800" : s === p.stage ? "bg-brand-600 font-semibold text-white" : "bg-slate-100 text-slate-500"}`}
          >
            {STAGE_LABELS[s][locale]}
          </li>
        ))}
      </ol>
      {overdueCount ? (
        <p className="mb-4 rounded bg-red-50 px-3 py-2 text-sm font-semibold text-red-800" data-testid="overdue-flag">
          {t("routes.districtProjectsId.milestoneSOverdue", { overdueCount: String(overdueCount) })}
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("routes.districtProjectsId.overview")}>
          <dl className="grid grid-cols-3 gap-y-2 text-sm">
            <dt className="text-slate-600">{t("routes.districtProjectsId.stage")}</dt>
            <dd className="col-span-2" data-testid="project-stage">
              {STAGE_LABELS[p.stage][locale]}
            </dd>
            <dt className="text-slate-600">{t("routes.districtProjectsId.neighbourhoods")}</dt>
            <dd className="col-span-2">
              {p.neighborhoods.map(({ neighborhood: n }) => (
                <Link
                  key={n.id}
                  href={`/district/neighborhoods/${n.id}`}
                  className="mr-2 text-brand-700 hover:underline"
                >
                  {n.name}
                </Link>
              ))}
            </dd>
            <dt className="text-slate-600">{t("routes.districtProjectsId.estimatedCost")}</dt>
            <dd className="col-span-2">{formatFen(totalFen, locale)}</dd>
            <dt className="text-slate-600">{t("routes.districtProjectsId.funding")}</dt>
            <dd className="col-span-2">
              <Link
                href={`/district/projects/${p.id}/funding`}
                className="text-brand-700 hover:underline"
                data-testid="funding-link"
              >
                {t("routes.districtProjectsId.fundingLedgerAndShares")}
              </Link>
            </dd>
            <dt className="text-slate-600">{t("routes.districtProjectsId.started")}</dt>
            <dd className="col-span-2">{formatDate(p.startedAt, locale)}</dd>
            <dt className="text-slate-600">{t("routes.districtProjectsId.completed")}</dt>
            <dd className="col-span-2">{formatDate(p.completedAt, locale)}</dd>
          </dl>
          {p.description ? <p className="mt-3 whitespace-pre-wrap text-sm text-slate-700">{p.description}</p> : null}
        </Card>

        <Card title={t("routes.districtProjectsId.stage_51a6d")}>
          {canEdit && next ? (
            <AdvanceStageForm projectId={p.id} next={next} version={p.version} />
          ) : (
            <p className="text-sm text-slate-600">
              {next
                ? t("routes.districtProjectsId.onlyTheDistrictSOfficialsMove")
                : t("routes.districtProjectsId.theProjectIsInLongTerm")}
            </p>
          )}
          <ul className="mt-4 space-y-1 text-sm text-slate-700">
            {p.stageChanges.map((c) => (
              <li key={c.id}>
                {formatDate(c.at, locale)} · {STAGE_LABELS[c.toStage][locale]}
                {c.note ? `:${c.note}` : ""}
              </li>
            ))}
          </ul>
        </Card>

        <div className="lg:col-span-2">
          <Card title={t("routes.districtProjectsId.renovationItems")}>
            <table className="w-full text-left text-sm">
              <thead className="border-b text-slate-600">
                <tr>
                  <th className="py-2 pr-2">{t("routes.districtProjectsId.category")}</th>
                  <th className="py-2 pr-2">{t("routes.districtProjectsId.item")}</th>
                  <th className="py-2 pr-2 text-right">{t("routes.districtProjectsId.quantity")}</th>
                  <th className="py-2 pr-2 text-right">{t("routes.districtProjectsId.estimatedCost_f01bd")}</th>
                  <th className="py-2">{t("routes.districtProjectsId.status")}</th>
                </tr>
              </thead>
              <tbody>
                {p.items.map((i) => (
                  <tr key={i.id} className="border-b last:border-0">
                    <td className="py-1.5 pr-2">{CATEGORY_LABELS[i.catalogueItem.category][locale]}</td>
                    <td className="py-1.5 pr-2">
                      {locale === "zh" ? i.catalogueItem.name : i.catalogueItem.nameEn}
                      {i.unit ? ` · ${i.unit.building.name}${i.unit.name}` : ""}
                    </td>
                    <td className="py-1.5 pr-2 text-right">
                      {i.quantity.toString()} {unitLabel(i.catalogueItem.unit, locale)}
                    </td>
                    <td className="py-1.5 pr-2 text-right">{formatFen(i.estimatedCostFen, locale)}</td>
                    <td className="py-1.5">{ITEM_STATUS_LABELS[i.status][locale]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {canEdit && stageIndex < STAGE_ORDER.indexOf("COMPLETED") ? (
              <ProjectItemForms
                projectId={p.id}
                catalogue={await itemCatalogue(actor)}
                buildings={await liftUnitOptions(actor, p.id)}
                items={p.items.map((i) => ({
                  id: i.id,
                  status: i.status,
                  catalogueItem: { name: i.catalogueItem.name, nameEn: i.catalogueItem.nameEn },
                }))}
                afterConsultation={stageIndex >= STAGE_ORDER.indexOf("DESIGN")}
                locale={locale}
              />
            ) : null}
          </Card>
        </div>

        <div className="lg:col-span-2">
          <ProjectTasksPanel actor={actor} projectId={p.id} locale={locale} />
        </div>

        <Card title={t("routes.districtProjectsId.designReviews")}>
          <ul className="mb-3 space-y-2 text-sm">
            {p.designReviews.map((r) => (
              <li key={r.id} className="rounded bg-slate-50 px-3 py-2">
                <strong className={r.conclusion === "PASSED" ? "text-green-700" : "text-amber-700"}>
                  {REVIEW_CONCLUSION_LABELS[r.conclusion][locale]}
                </strong>{" "}
                · {formatDate(r.reviewedOn, locale)} · {r.experts}
                {r.notes ? <p className="text-slate-600">{r.notes}</p> : null}
              </li>
            ))}
            {p.designReviews.length === 0 ? (
              <li className="text-slate-500">{t("routes.districtProjectsId.noReviewsYet")}</li>
            ) : null}
          </ul>
          {canEdit && p.stage === "DESIGN" ? <DesignReviewForm projectId={p.id} locale={locale} /> : null}
        </Card>

        <Card title={t("routes.districtProjectsId.longTermManagement")}>
          {p.managementModel ? (
            <p className="text-sm" data-testid="management-model">
              {MANAGEMENT_LABELS[p.managementModel][locale]}
              {p.managementNote ? `:${p.managementNote}` : ""}
            </p>
          ) : (
            <p className="text-sm text-slate-500">{t("routes.districtProjectsId.recordedAfterCompletion")}</p>
          )}
          {canEdit && stageIndex >= STAGE_ORDER.indexOf("COMPLETED") ? (
            <ManagementModelForm
              projectId={p.id}
              model={p.managementModel}
              note={p.managementNote ?? ""}
              locale={locale}
            />
          ) : null}
        </Card>

        <div className="lg:col-span-2">
          <Card title={t("routes.districtProjectsId.milestones")}>
            <table className="w-full text-left text-sm" data-testid="milestones">
              <thead className="border-b text-slate-600">
                <tr>
                  <th className="py-2 pr-2">{t("routes.districtProjectsId.milestone")}</th>
                  <th className="py-2 pr-2">{t("routes.districtProjectsId.planned")}</th>
                  <th className="py-2 pr-2">{t("routes.districtProjectsId.actual")}</th>
                  <th className="py-2 pr-2">{t("routes.districtProjectsId.progress")}</th>
                  {canEdit ? <th className="py-2">{t("routes.districtProjectsId.update")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {p.milestones.map((m) => {
                  const late = isOverdue(m, today);
                  return (
                    <tr key={m.id} className={`border-b last:border-0 ${late ? "bg-red-50" : ""}`}>
                      <td className="py-1.5 pr-2">
                        {m.name}
                        {late ? (
                          <span className="ml-2 rounded bg-red-600 px-1.5 text-xs text-white">
                            {t("routes.districtProjectsId.overdue")}
                          </span>
                        ) : null}
                      </td>
                      <td className="py-1.5 pr-2">{formatDate(m.plannedEnd, locale)}</td>
                      <td className="py-1.5 pr-2">{formatDate(m.actualEnd, locale)}</td>
                      <td className="py-1.5 pr-2">{m.progress}%</td>
                      {canEdit ? (
                        <td className="py-1.5">
                          <MilestoneUpdateForm
                            milestone={{
                              id: m.id,
                              name: m.name,
                              progress: m.progress,
                              actualEnd: m.actualEnd?.toISOString().slice(0, 10) ?? "",
                            }}
                          />
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
                {p.milestones.length === 0 ? (
                  <tr>
                    <td colSpan={5} className="py-3 text-slate-500">
                      {t("routes.districtProjectsId.noMilestonesYet")}
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
            {canEdit && stageIndex < STAGE_ORDER.indexOf("COMPLETED") ? <AddMilestoneForm projectId={p.id} /> : null}
          </Card>
        </div>

        <div className="lg:col-span-2">
          <Card title={t("routes.districtProjectsId.photosAndDocuments")}>
            <ul className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="evidence">
              {p.evidence.map((e) => {
                const href = `/district/projects/${p.id}/evidence/${e.id}`;
                return (
                  <li key={e.id} className="rounded border border-slate-200 p-2 text-xs">
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {e.kind === "PHOTO" ? (
                        // eslint-disable-next-line @next/next/no-img-element -- served by our permission-checked route, not the image optimiser
                        <img
                          src={href}
                          alt={e.caption || e.fileName}
                          loading="lazy"
                          className="h-28 w-full rounded object-cover"
                        />
                      ) : (
                        <span className="flex h-28 items-center justify-center rounded bg-slate-100 text-slate-600">
                          {e.mimeType === "application/pdf" ? "PDF" : t("routes.districtProjectsId.file")}
                        </span>
                      )}
                    </a>
                    <div className="mt-1 truncate" title={e.fileName}>
                      {e.caption || e.fileName}
                    </div>
                    <div className="text-slate-500">
                      {formatDate(e.uploadedAt, locale)}
                      {e.milestone ? ` · ${e.milestone.name}` : ""}
                    </div>
                  </li>
                );
              })}
              {p.evidence.length === 0 ? (
                <li className="col-span-4 text-sm text-slate-500">
                  {t("routes.districtProjectsId.noPhotosOrDocumentsYet")}
                </li>
              ) : null}
            </ul>
            {canEdit ? (
              <UploadEvidenceForm projectId={p.id} milestones={p.milestones.map((m) => ({ id: m.id, name: m.name }))} />
            ) : null}
          </Card>
        </div>

        <div className="lg:col-span-2">
          <Card title={t("routes.districtProjectsId.history")}>
            <ol className="space-y-1 text-sm" data-testid="history">
              {history.map((h) => (
                <li key={h.id.toString()} className="border-b py-1 last:border-0">
                  <span className="text-slate-500">
                    {h.at.toLocaleString(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai" })} ·{" "}
                    {h.actor?.displayName ?? t("routes.districtProjectsId.system")}
                  </span>{" "}
                  {
                    describeHistory(
                      h.action,
                      h.before as Record<string, unknown> | null,
                      h.after as Record<string, unknown> | null,
                    )[locale]
                  }
                </li>
              ))}
              {history.length === 0 ? (
                <li className="text-slate-500">{t("routes.districtProjectsId.noChangesRecorded")}</li>
              ) : null}
            </ol>
          </Card>
        </div>
      </div>
    </AppShell>
  );
}
