import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatArea } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { PROPERTY_TYPE_LABELS, STAGE_LABELS } from "@/lib/labels";
import { ActionForm } from "@/components/forms/action-form";
import { addDwellingForm } from "@/modules/neighborhoods/actions";
import { ImportForm } from "@/modules/neighborhoods/components/import-form";
import { NotesForm } from "@/modules/neighborhoods/components/notes-form";
import { getNeighborhood } from "@/modules/neighborhoods/queries";

export default async function NeighborhoodPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { id } = await params;
  const n = await orNotFound(getNeighborhood(actor, id));
  const canEdit = n.canManage;
  return (
    <AppShell actor={actor}>
      <Link href="/district/neighborhoods" className="text-sm text-brand-700">← {L("返回小区名录", "Back to the registry")}</Link>
      <PageTitle subtitle={[n.district.name, [n.street?.name, n.community?.name].filter(Boolean).join(" "), n.address].filter(Boolean).join(" · ")}>{n.name}</PageTitle>
      <div className="mb-4 flex flex-wrap gap-3 text-sm">
        <Link href={`/district/neighborhoods/${n.id}/dwellings`} className="rounded border border-brand-600 px-3 py-1.5 text-brand-700">{L("房屋与业主", "Dwellings and owners")}</Link>
      </div>
      {canEdit ? (
        <div className="mb-4 flex flex-wrap gap-3 text-sm">
          <Link href={`/district/neighborhoods/${n.id}/edit`} className="rounded border border-brand-600 px-3 py-1.5 text-brand-700">{L("修改基本情况", "Edit facts")}</Link>
          <Link href={`/district/neighborhoods/${n.id}/assessment`} className="rounded border border-brand-600 px-3 py-1.5 text-brand-700">{L("基础设施与公共服务评价", "Condition assessment")}</Link>
          {n.eligibility.eligible ? (
            <Link href={`/district/projects/new?neighborhood=${n.id}`} className="rounded border border-brand-600 px-3 py-1.5 text-brand-700">{L("新建改造项目", "New project")}</Link>
          ) : null}
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={L("基本情况", "Facts")}>
          <dl className="grid grid-cols-2 gap-y-2 text-sm">
            <dt className="text-slate-600">{L("建成年份", "Completed")}</dt><dd>{n.completionYear}</dd>
            <dt className="text-slate-600">{L("居住条件较差", "Poor condition")}</dt><dd>{n.poorCondition ? L("是", "Yes") : L("否", "No")}</dd>
            <dt className="text-slate-600">{L("单栋楼", "Single building")}</dt><dd>{n.singleBuilding ? L("是", "Yes") : L("否", "No")}</dd>
            <dt className="text-slate-600">{L("物业类型", "Property type")}</dt><dd>{PROPERTY_TYPE_LABELS[n.propertyType][locale]}</dd>
            <dt className="text-slate-600">{L("楼栋", "Buildings")}</dt><dd>{n.buildings.length}</dd>
            <dt className="text-slate-600">{L("户数", "Dwellings")}</dt><dd>{n.dwellingCount}</dd>
            <dt className="text-slate-600">{L("专有部分面积合计", "Exclusive area")}</dt><dd>{formatArea(n.totalAreaM2, locale)}</dd>
            <dt className="text-slate-600">{L("改造范围", "In scope")}</dt>
            <dd data-testid="eligibility">
              <span className={n.eligibility.eligible ? "font-semibold text-green-700" : "font-semibold text-slate-600"}>
                {n.eligibility.eligible ? L("纳入", "In scope") : L("不纳入", "Out of scope")}
              </span>
              <p className="mt-1 text-slate-600">{n.eligibility.reason[locale]}</p>
            </dd>
          </dl>
        </Card>
        <Card title={L("项目", "Projects")}>
          <ul className="space-y-2 text-sm">
            {n.projects.map(({ project }) => (
              <li key={project.id}><Link className="text-brand-700 hover:underline" href={`/district/projects/${project.id}`}>{project.name}</Link> · {project.year} · {STAGE_LABELS[project.stage][locale]}</li>
            ))}
            {n.projects.length === 0 ? <li className="text-slate-500">{L("尚未纳入项目", "Not in a project yet")}</li> : null}
          </ul>
        </Card>
        <Card title={L("楼栋与单元", "Buildings and units")}>
          <ul className="space-y-1 text-sm">
            {n.buildings.map((b) => (
              <li key={b.id}>
                {b.name}({b.floors}{L("层", " floors")}):{b.units.map((u) => `${u.name} ${u._count.dwellings}${L("户", "")}`).join(",")}
              </li>
            ))}
            {n.buildings.length === 0 ? <li className="text-slate-500">{L("尚未登记楼栋,可用 Excel 导入", "No buildings yet; import them from Excel")}</li> : null}
          </ul>
        </Card>
        {canEdit ? (
          <Card title={L("Excel 导入楼栋、单元与房屋", "Import buildings, units and dwellings")}>
            <ImportForm neighborhoodId={n.id} locale={locale} />
            <details className="mt-4 text-sm">
              <summary className="cursor-pointer text-brand-700">{L("逐户登记一套房屋", "Add a single dwelling")}</summary>
              <ActionForm action={addDwellingForm} submitLabel={L("登记房屋", "Add dwelling")} pendingLabel={L("正在保存…", "Saving…")} successText={L("已登记。", "Added.")} className="mt-2 grid grid-cols-2 gap-2" testId="add-dwelling">
                <input type="hidden" name="neighborhoodId" value={n.id} />
                <label className="flex flex-col">{L("楼栋", "Building")}<input name="building" placeholder="1栋" className="rounded border border-slate-300 px-2 py-1" /></label>
                <label className="flex flex-col">{L("楼栋层数", "Building floors")}<input name="buildingFloors" type="number" className="rounded border border-slate-300 px-2 py-1" /></label>
                <label className="flex flex-col">{L("单元", "Unit")}<input name="unit" placeholder="1单元" className="rounded border border-slate-300 px-2 py-1" /></label>
                <label className="flex items-center gap-2 pt-5"><input type="checkbox" name="hasLift" /> {L("该单元有电梯", "Unit has a lift")}</label>
                <label className="flex flex-col">{L("房号", "Room")}<input name="room" placeholder="3-2" className="rounded border border-slate-300 px-2 py-1" /></label>
                <label className="flex flex-col">{L("所在楼层", "Floor")}<input name="floor" type="number" className="rounded border border-slate-300 px-2 py-1" /></label>
                <label className="col-span-2 flex flex-col">{L("专有部分面积(平方米)", "Exclusive area (m²)")}<input name="area" inputMode="decimal" className="rounded border border-slate-300 px-2 py-1" /></label>
                <label className="flex flex-col">{L("业主姓名", "Owner's name")}<input name="ownerName" className="rounded border border-slate-300 px-2 py-1" /></label>
                <label className="flex flex-col">{L("业主身份证号", "Owner's ID number")}<input name="ownerId" className="rounded border border-slate-300 px-2 py-1" /></label>
                <label className="flex flex-col">{L("业主电话", "Owner's phone")}<input name="ownerPhone" type="tel" className="rounded border border-slate-300 px-2 py-1" /></label>
                <label className="flex flex-col">{L("共有人姓名(“、”分隔)", "Co-owners (separate with 、)")}<input name="coOwnerNames" className="rounded border border-slate-300 px-2 py-1" /></label>
                <label className="col-span-2 flex flex-col">{L("共有人身份证号(与姓名一一对应)", "Co-owners' ID numbers (one per name)")}<input name="coOwnerIds" className="rounded border border-slate-300 px-2 py-1" /></label>
                <p className="col-span-2 text-xs text-slate-600">{L("身份证号只保存加密摘要和末四位,用于一人多套只计一人。", "Only a keyed hash and the last four of an ID number are kept, so one owner of several dwellings counts once.")}</p>
              </ActionForm>
            </details>
          </Card>
        ) : null}
        <Card title={L("备注", "Notes")}>
          {canEdit ? (
            <NotesForm id={n.id} version={n.version} notes={n.notes} locale={locale} />
          ) : (
            <p className="whitespace-pre-wrap text-sm">{n.notes || L("(无)", "(none)")}</p>
          )}
        </Card>
      </div>
    </AppShell>
  );
}
