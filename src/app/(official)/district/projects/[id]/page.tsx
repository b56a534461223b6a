import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { ActionForm } from "@/components/forms/action-form";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatDate, formatFen } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { CATEGORY_LABELS, ITEM_STATUS_LABELS, MANAGEMENT_LABELS, REVIEW_CONCLUSION_LABELS, STAGE_LABELS, unitLabel } from "@/lib/labels";
import { addDesignReviewForm, addMilestoneForm, advanceStageForm, setManagementModelForm, updateMilestoneForm, uploadEvidenceForm } from "@/modules/projects/actions";
import { ProjectTasksPanel } from "@/modules/departments/components/project-tasks";
import { ProjectItemForms } from "@/modules/projects/components/item-forms";
import { describeHistory } from "@/modules/projects/history";
import { getProject, itemCatalogue, liftUnitOptions, projectHistory } from "@/modules/projects/queries";
import { isOverdue, nextStage, STAGE_ORDER } from "@/modules/projects/stages";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "项目详情", en: "Project" });

const input = "rounded border border-slate-300 px-2 py-1.5";

export default async function ProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { id } = await params;
  const p = await orNotFound(getProject(actor, id));
  const history = await projectHistory(actor, p.id);
  const canEdit = p.canManage;
  const today = new Date();
  const next = nextStage(p.stage);
  const stageIndex = STAGE_ORDER.indexOf(p.stage);
  const totalFen = p.items.filter((i) => i.status !== "DROPPED" && i.status !== "REJECTED").reduce((sum, i) => sum + i.estimatedCostFen, 0n);
  const overdueCount = p.milestones.filter((m) => isOverdue(m, today)).length;
  return (
    <AppShell actor={actor}>
      <Link href="/district/projects" className="text-sm text-brand-700">← {L("返回项目列表", "Back to projects")}</Link>
      <PageTitle subtitle={`${p.code} · ${p.district.name} · ${p.year}${L("年度", "")}`}>{p.name}</PageTitle>

      <ol className="mb-6 flex flex-wrap gap-1 text-sm" aria-label={L("项目阶段", "Project stages")}>
        {STAGE_ORDER.map((s, i) => (
          <li key={s} aria-current={s === p.stage ? "step" : undefined} className={`rounded px-3 py-1 ${i < stageIndex ? "bg-green-100 text-green-800" : s === p.stage ? "bg-brand-600 font-semibold text-white" : "bg-slate-100 text-slate-500"}`}>
            {STAGE_LABELS[s][locale]}
          </li>
        ))}
      </ol>
      {overdueCount ? <p className="mb-4 rounded bg-red-50 px-3 py-2 text-sm font-semibold text-red-800" data-testid="overdue-flag">{L(`有 ${overdueCount} 个进度节点已逾期`, `${overdueCount} milestone(s) overdue`)}</p> : null}

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={L("项目概况", "Overview")}>
          <dl className="grid grid-cols-3 gap-y-2 text-sm">
            <dt className="text-slate-600">{L("当前阶段", "Stage")}</dt><dd className="col-span-2" data-testid="project-stage">{STAGE_LABELS[p.stage][locale]}</dd>
            <dt className="text-slate-600">{L("片区小区", "Neighbourhoods")}</dt>
            <dd className="col-span-2">{p.neighborhoods.map(({ neighborhood: n }) => <Link key={n.id} href={`/district/neighborhoods/${n.id}`} className="mr-2 text-brand-700 hover:underline">{n.name}</Link>)}</dd>
            <dt className="text-slate-600">{L("估算总投资", "Estimated cost")}</dt><dd className="col-span-2">{formatFen(totalFen, locale)}</dd>
            <dt className="text-slate-600">{L("资金", "Funding")}</dt><dd className="col-span-2"><Link href={`/district/projects/${p.id}/funding`} className="text-brand-700 hover:underline" data-testid="funding-link">{L("资金台账与三方分担", "Funding ledger and shares")}</Link></dd>
            <dt className="text-slate-600">{L("开工日期", "Started")}</dt><dd className="col-span-2">{formatDate(p.startedAt, locale)}</dd>
            <dt className="text-slate-600">{L("完成日期", "Completed")}</dt><dd className="col-span-2">{formatDate(p.completedAt, locale)}</dd>
          </dl>
          {p.description ? <p className="mt-3 whitespace-pre-wrap text-sm text-slate-700">{p.description}</p> : null}
        </Card>

        <Card title={L("阶段推进", "Stage")}>
          {canEdit && next ? (
            <ActionForm action={advanceStageForm} submitLabel={L(`推进到“${STAGE_LABELS[next].zh}”`, `Move to ${STAGE_LABELS[next].en}`)} pendingLabel={L("正在提交…", "Submitting…")} testId="advance-stage">
              <input type="hidden" name="projectId" value={p.id} />
              <input type="hidden" name="to" value={next} />
              <input type="hidden" name="version" value={p.version} />
              <label className="block text-sm">
                {L("说明(可选)", "Note (optional)")}
                <input name="note" className={`mt-1 w-full ${input}`} />
              </label>
            </ActionForm>
          ) : (
            <p className="text-sm text-slate-600">{next ? L("仅本区县工作人员可推进阶段。", "Only the district's officials move the stage.") : L("项目已进入长效管理。", "The project is in long-term management.")}</p>
          )}
          <ul className="mt-4 space-y-1 text-sm text-slate-700">
            {p.stageChanges.map((c) => <li key={c.id}>{formatDate(c.at, locale)} · {STAGE_LABELS[c.toStage][locale]}{c.note ? `:${c.note}` : ""}</li>)}
          </ul>
        </Card>

        <div className="lg:col-span-2">
          <Card title={L("改造内容", "Renovation items")}>
            <table className="w-full text-left text-sm">
              <thead className="border-b text-slate-600"><tr><th className="py-2 pr-2">{L("类别", "Category")}</th><th className="py-2 pr-2">{L("内容", "Item")}</th><th className="py-2 pr-2 text-right">{L("数量", "Quantity")}</th><th className="py-2 pr-2 text-right">{L("估算费用", "Estimated cost")}</th><th className="py-2">{L("状态", "Status")}</th></tr></thead>
              <tbody>
                {p.items.map((i) => (
                  <tr key={i.id} className="border-b last:border-0">
                    <td className="py-1.5 pr-2">{CATEGORY_LABELS[i.catalogueItem.category][locale]}</td>
                    <td className="py-1.5 pr-2">{locale === "zh" ? i.catalogueItem.name : i.catalogueItem.nameEn}{i.unit ? ` · ${i.unit.building.name}${i.unit.name}` : ""}</td>
                    <td className="py-1.5 pr-2 text-right">{i.quantity.toString()} {unitLabel(i.catalogueItem.unit, locale)}</td>
                    <td className="py-1.5 pr-2 text-right">{formatFen(i.estimatedCostFen, locale)}</td>
                    <td className="py-1.5">{ITEM_STATUS_LABELS[i.status][locale]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {canEdit && stageIndex < STAGE_ORDER.indexOf("COMPLETED") ? (
              <ProjectItemForms projectId={p.id} catalogue={await itemCatalogue(actor)} buildings={await liftUnitOptions(actor, p.id)} items={p.items} afterConsultation={stageIndex >= STAGE_ORDER.indexOf("DESIGN")} locale={locale} />
            ) : null}
          </Card>
        </div>

        <div className="lg:col-span-2">
          <ProjectTasksPanel actor={actor} projectId={p.id} locale={locale} />
        </div>

        <Card title={L("方案设计专家评审", "Design reviews")}>
          <ul className="mb-3 space-y-2 text-sm">
            {p.designReviews.map((r) => (
              <li key={r.id} className="rounded bg-slate-50 px-3 py-2">
                <strong className={r.conclusion === "PASSED" ? "text-green-700" : "text-amber-700"}>{REVIEW_CONCLUSION_LABELS[r.conclusion][locale]}</strong> · {formatDate(r.reviewedOn, locale)} · {r.experts}
                {r.notes ? <p className="text-slate-600">{r.notes}</p> : null}
              </li>
            ))}
            {p.designReviews.length === 0 ? <li className="text-slate-500">{L("暂无评审记录", "No reviews yet")}</li> : null}
          </ul>
          {canEdit && p.stage === "DESIGN" ? (
            <ActionForm action={addDesignReviewForm} submitLabel={L("登记评审", "Record review")} pendingLabel={L("正在保存…", "Saving…")} successText={L("已登记。", "Recorded.")} className="grid gap-2 text-sm">
              <input type="hidden" name="projectId" value={p.id} />
              <label>{L("评审日期", "Date")} <input type="date" name="reviewedOn" className={input} /></label>
              <label>{L("评审专家", "Experts")} <input name="experts" className={`w-full ${input}`} /></label>
              <label>{L("结论", "Conclusion")}{" "}
                <select name="conclusion" className={input} defaultValue="PASSED">
                  {(["PASSED", "REVISE", "REJECTED"] as const).map((c) => <option key={c} value={c}>{REVIEW_CONCLUSION_LABELS[c][locale]}</option>)}
                </select>
              </label>
              <label>{L("评审意见", "Notes")} <textarea name="notes" rows={2} className={`w-full ${input}`} /></label>
            </ActionForm>
          ) : null}
        </Card>

        <Card title={L("长效管理", "Long-term management")}>
          {p.managementModel ? (
            <p className="text-sm" data-testid="management-model">{MANAGEMENT_LABELS[p.managementModel][locale]}{p.managementNote ? `:${p.managementNote}` : ""}</p>
          ) : (
            <p className="text-sm text-slate-500">{L("项目完成后登记管理模式。", "Recorded after completion.")}</p>
          )}
          {canEdit && stageIndex >= STAGE_ORDER.indexOf("COMPLETED") ? (
            <ActionForm action={setManagementModelForm} submitLabel={L("保存管理模式", "Save")} pendingLabel={L("正在保存…", "Saving…")} successText={L("已保存。", "Saved.")} className="mt-3 grid gap-2 text-sm" resetOnSuccess={false}>
              <input type="hidden" name="projectId" value={p.id} />
              {(["PROPERTY_COMPANY", "COMMUNITY_SERVICE_CENTRE", "SELF_MANAGEMENT"] as const).map((m) => (
                <label key={m} className="flex items-center gap-2"><input type="radio" name="model" value={m} defaultChecked={p.managementModel === m} /> {MANAGEMENT_LABELS[m][locale]}</label>
              ))}
              <label>{L("说明", "Note")} <input name="note" defaultValue={p.managementNote ?? ""} className={`w-full ${input}`} /></label>
            </ActionForm>
          ) : null}
        </Card>

        <div className="lg:col-span-2">
          <Card title={L("进度节点", "Milestones")}>
            <table className="w-full text-left text-sm" data-testid="milestones">
              <thead className="border-b text-slate-600"><tr><th className="py-2 pr-2">{L("节点", "Milestone")}</th><th className="py-2 pr-2">{L("计划完成", "Planned")}</th><th className="py-2 pr-2">{L("实际完成", "Actual")}</th><th className="py-2 pr-2">{L("进度", "Progress")}</th>{canEdit ? <th className="py-2">{L("更新", "Update")}</th> : null}</tr></thead>
              <tbody>
                {p.milestones.map((m) => {
                  const late = isOverdue(m, today);
                  return (
                    <tr key={m.id} className={`border-b last:border-0 ${late ? "bg-red-50" : ""}`}>
                      <td className="py-1.5 pr-2">{m.name}{late ? <span className="ml-2 rounded bg-red-600 px-1.5 text-xs text-white">{L("逾期", "Overdue")}</span> : null}</td>
                      <td className="py-1.5 pr-2">{formatDate(m.plannedEnd, locale)}</td>
                      <td className="py-1.5 pr-2">{formatDate(m.actualEnd, locale)}</td>
                      <td className="py-1.5 pr-2">{m.progress}%</td>
                      {canEdit ? (
                        <td className="py-1.5">
                          <ActionForm action={updateMilestoneForm} submitLabel={L("保存", "Save")} pendingLabel="…" className="flex flex-wrap items-center gap-1" resetOnSuccess={false}>
                            <input type="hidden" name="milestoneId" value={m.id} />
                            <input name="progress" type="number" min={0} max={100} defaultValue={m.progress} aria-label={L(`${m.name}进度`, `${m.name} progress`)} className={`w-16 ${input}`} />
                            <input name="actualEnd" type="date" defaultValue={m.actualEnd?.toISOString().slice(0, 10) ?? ""} aria-label={L(`${m.name}实际完成日期`, `${m.name} finished on`)} className={input} />
                          </ActionForm>
                        </td>
                      ) : null}
                    </tr>
                  );
                })}
                {p.milestones.length === 0 ? <tr><td colSpan={5} className="py-3 text-slate-500">{L("尚未制定进度节点", "No milestones yet")}</td></tr> : null}
              </tbody>
            </table>
            {canEdit && stageIndex < STAGE_ORDER.indexOf("COMPLETED") ? (
              <ActionForm action={addMilestoneForm} submitLabel={L("添加节点", "Add milestone")} pendingLabel={L("正在保存…", "Saving…")} className="mt-3 flex flex-wrap items-end gap-2 text-sm" testId="add-milestone">
                <input type="hidden" name="projectId" value={p.id} />
                <label className="flex flex-col">{L("节点名称", "Name")}<input name="name" className={input} /></label>
                <label className="flex flex-col">{L("计划开始", "Planned start")}<input name="plannedStart" type="date" className={input} /></label>
                <label className="flex flex-col">{L("计划完成", "Planned end")}<input name="plannedEnd" type="date" className={input} /></label>
              </ActionForm>
            ) : null}
          </Card>
        </div>

        <div className="lg:col-span-2">
          <Card title={L("照片与文件", "Photos and documents")}>
            <ul className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="evidence">
              {p.evidence.map((e) => {
                const href = `/district/projects/${p.id}/evidence/${e.id}`;
                return (
                  <li key={e.id} className="rounded border border-slate-200 p-2 text-xs">
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {e.kind === "PHOTO" ? (
                        // eslint-disable-next-line @next/next/no-img-element -- served by our permission-checked route, not the image optimiser
                        <img src={href} alt={e.caption || e.fileName} loading="lazy" className="h-28 w-full rounded object-cover" />
                      ) : (
                        <span className="flex h-28 items-center justify-center rounded bg-slate-100 text-slate-600">{e.mimeType === "application/pdf" ? "PDF" : L("文件", "File")}</span>
                      )}
                    </a>
                    <div className="mt-1 truncate" title={e.fileName}>{e.caption || e.fileName}</div>
                    <div className="text-slate-500">{formatDate(e.uploadedAt, locale)}{e.milestone ? ` · ${e.milestone.name}` : ""}</div>
                  </li>
                );
              })}
              {p.evidence.length === 0 ? <li className="col-span-4 text-sm text-slate-500">{L("暂无照片或文件", "No photos or documents yet")}</li> : null}
            </ul>
            {canEdit ? (
              <ActionForm action={uploadEvidenceForm} submitLabel={L("上传", "Upload")} pendingLabel={L("正在上传…", "Uploading…")} successText={L("已上传。", "Uploaded.")} className="flex flex-wrap items-end gap-2 text-sm" testId="upload-evidence">
                <input type="hidden" name="projectId" value={p.id} />
                <label className="flex flex-col">{L("文件(图片、PDF、Word、Excel,最大 20 MB)", "File (image, PDF, Word, Excel; up to 20 MB)")}<input name="file" type="file" accept="image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx" /></label>
                <label className="flex flex-col">{L("说明", "Caption")}<input name="caption" className={input} /></label>
                <label className="flex flex-col">{L("所属节点", "Milestone")}
                  <select name="milestoneId" className={input} defaultValue="">
                    <option value="">{L("(无)", "(none)")}</option>
                    {p.milestones.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
                  </select>
                </label>
              </ActionForm>
            ) : null}
          </Card>
        </div>

        <div className="lg:col-span-2">
          <Card title={L("变更记录", "History")}>
            <ol className="space-y-1 text-sm" data-testid="history">
              {history.map((h) => (
                <li key={h.id.toString()} className="border-b py-1 last:border-0">
                  <span className="text-slate-500">{h.at.toLocaleString(locale === "zh" ? "zh-CN" : "en-GB", { timeZone: "Asia/Shanghai" })} · {h.actor?.displayName ?? L("系统", "system")}</span>{" "}
                  {describeHistory(h.action, h.before as Record<string, unknown> | null, h.after as Record<string, unknown> | null)[locale]}
                </li>
              ))}
              {history.length === 0 ? <li className="text-slate-500">{L("暂无记录", "No changes recorded")}</li> : null}
            </ol>
          </Card>
        </div>
      </div>
    </AppShell>
  );
}
