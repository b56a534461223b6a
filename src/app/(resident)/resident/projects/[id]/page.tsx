import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { STAGE_LABELS } from "@/lib/labels";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { RATING_STAGES, REPORT_STAGES } from "@/modules/feedback/stages";
import { rateProjectForm, reportProblemForm } from "@/modules/feedback/forms";
import { myProjectFeedback } from "@/modules/feedback/queries";
import { MyLiftShare } from "@/modules/funding/components/my-lift-share";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "问题反映与评价", en: "Report a problem and rate" });

export default async function ResidentProjectPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: FlashParams }) {
  const actor = await requirePageActor("RESIDENT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { id } = await params;
  const { ok, error } = await searchParams;
  const data = await orNotFound(myProjectFeedback(actor, id));
  const { project, reports, rating } = data;
  return (
    <AppShell actor={actor} wide={false}>
      <div className="text-lg leading-relaxed">
        <Link href="/resident" className="text-brand-700">← {L("返回首页", "Back")}</Link>
        <PageTitle subtitle={STAGE_LABELS[project.stage][locale]}>{project.name}</PageTitle>
        <Flash ok={ok} error={error} messages={{ reported: L("问题已提交,区县将答复。", "Reported; the district will reply."), rated: L("感谢您的评价。", "Thank you for your rating.") }} />
        <MyLiftShare actor={actor} projectId={project.id} locale={locale} />
        {REPORT_STAGES.includes(project.stage) ? (
          <form action={reportProblemForm} className="mb-6 space-y-3 rounded-lg bg-white p-5 shadow-sm">
            <h2 className="text-xl font-bold">{L("反映施工问题", "Report a problem")}</h2>
            <input type="hidden" name="projectId" value={project.id} />
            <label className="block">{L("问题描述", "What is wrong")}
              <textarea name="body" required minLength={5} rows={4} className="mt-1 block w-full rounded border border-slate-400 p-3" />
            </label>
            <label className="block">{L("照片(可选)", "Photo (optional)")}
              <input type="file" name="photo" accept="image/*" capture="environment" className="mt-1 block w-full" />
            </label>
            <button type="submit" className="w-full rounded-lg bg-brand-700 px-4 py-4 text-xl font-bold text-white">{L("提交", "Send")}</button>
          </form>
        ) : null}
        {RATING_STAGES.includes(project.stage) ? (
          <form action={rateProjectForm} className="mb-6 space-y-3 rounded-lg bg-white p-5 shadow-sm">
            <h2 className="text-xl font-bold">{L("评价改造效果", "Rate the result")}</h2>
            {rating ? <p>{L(`您已评 ${rating.score} 分,可以修改。`, `You rated ${rating.score}; you can change it.`)}</p> : null}
            <input type="hidden" name="projectId" value={project.id} />
            <fieldset className="flex justify-between">
              {[1, 2, 3, 4, 5].map((s) => (
                <label key={s} className="flex flex-col items-center text-xl">
                  <input type="radio" name="score" value={s} required defaultChecked={rating?.score === s} className="h-6 w-6" />
                  {s}{L("分", "")}
                </label>
              ))}
            </fieldset>
            <label className="block">{L("意见(可选)", "Comments (optional)")}
              <textarea name="body" rows={3} defaultValue={rating?.body ?? ""} className="mt-1 block w-full rounded border border-slate-400 p-3" />
            </label>
            <button type="submit" className="w-full rounded-lg bg-brand-700 px-4 py-4 text-xl font-bold text-white">{L("提交评价", "Send rating")}</button>
          </form>
        ) : null}
        <h2 className="mb-2 text-xl font-bold">{L("我反映的问题", "My reports")}</h2>
        <ul className="space-y-3">
          {reports.map((r) => (
            <li key={r.id} className="rounded-lg bg-white p-4 shadow-sm">
              <p>{r.body}</p>
              {r.photoKey ? <a href={`/api/feedback/photos/${r.id}`} className="text-brand-700">{L("查看照片", "Photo")}</a> : null}
              <p className="mt-2 text-base">{r.answer ? <span className="text-green-800">{L("答复", "Reply")}:{r.answer}</span> : <span className="text-slate-600">{L("等待区县答复", "Awaiting reply")}</span>}</p>
            </li>
          ))}
          {reports.length === 0 ? <li className="text-slate-600">{L("暂无", "None")}</li> : null}
        </ul>
      </div>
    </AppShell>
  );
}
