import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { MATTER_LABELS, OUTCOME_LABELS } from "@/lib/labels";
import { PrintStyles, PrintToolbar } from "@/modules/consultation/paper/components/print-sheet";
import type { Threshold } from "@/modules/consultation/paper/notice";
import { noticeSheet } from "@/modules/consultation/paper/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtConsultationsIdNotice.ballotResultNotice");

const chinaTime = (d: Date | null) =>
  d ? d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "long", timeStyle: "short" }) : "—";

function Row({ label, t, unit, rule }: { label: string; t: Threshold; unit: string; rule: string }) {
  return (
    <tr>
      <td className="border border-black p-1">{label}</td>
      <td className="border border-black p-1 text-right">
        {t.actual} / {t.of} {unit}
      </td>
      <td className="border border-black p-1">
        {rule},至少 {t.required} {unit}
      </td>
      <td className="border border-black p-1 text-center">{t.met ? "达到" : "未达到"}</td>
    </tr>
  );
}

/**
 * The 公示 notice for the notice board: per item both counts against both thresholds, the period,
 * how to object. The notice is for the residents, so it is in Chinese (lang="zh-CN") whatever the
 * official's language; the toolbar around it is in the official's.
 */
export default async function NoticePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const t = await getTranslations();
  const { id } = await params;
  const { ballot, items } = await orNotFound(noticeSheet(actor, id));
  const phone = ballot.contactPhones.join("、") || "社区居委会";
  return (
    <main className="bg-slate-200 print:bg-white">
      <PrintStyles margin="15mm" />
      <PrintToolbar
        back={`/district/consultations/${id}`}
        backLabel={t("routes.districtConsultationsIdNotice.backToTheBallot")}
        hint={t("routes.districtConsultationsIdNotice.printWithTheBrowserSPrint")}
      />
      <article
        lang="zh-CN"
        className="mx-auto my-4 w-[210mm] bg-white p-[15mm] text-[11pt] text-black shadow print:my-0 print:w-auto print:p-0 print:shadow-none"
        data-testid="notice"
      >
        <h1 className="text-center text-[18pt] font-bold">{ballot.project.name}</h1>
        <h2 className="text-center text-[14pt] font-bold">业主表决结果公示</h2>
        {!items ? (
          <p className="mt-6" data-testid="notice-not-counted">
            该表决尚未计票,计票后才能打印公示。
          </p>
        ) : (
          <>
            <p className="mt-4">
              {ballot.project.district.name}
              {ballot.project.neighborhoods.map((n) => n.neighborhood.name).join("、")}的业主于{" "}
              {chinaTime(ballot.opensAt)} 至 {chinaTime(ballot.closesAt)} 就“{ballot.title}
              ”进行了表决(线上投票与签字纸质票合并计算,同一户只计一票)。依照《民法典》第二百七十八条,表决须专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与;特别事项须经参与表决专有部分面积四分之三以上且参与表决人数四分之三以上的业主同意,一般事项须经参与表决专有部分面积过半数且参与表决人数过半数的业主同意。结果如下:
            </p>
            {items.map((item) => (
              <section key={item.id} className="mt-4 break-inside-avoid" data-testid="notice-item">
                <h3 className="font-bold">
                  {item.title}({MATTER_LABELS[item.matter].zh}):
                  <span data-testid="notice-outcome">{OUTCOME_LABELS[item.outcome].zh}</span>
                </h3>
                {item.figures ? (
                  <table className="mt-1 w-full border-collapse text-[10pt]">
                    <thead>
                      <tr>
                        <th className="border border-black p-1 text-left">项目</th>
                        <th className="border border-black p-1">实际 / 基数</th>
                        <th className="border border-black p-1">门槛</th>
                        <th className="border border-black p-1">结论</th>
                      </tr>
                    </thead>
                    <tbody>
                      <Row label="参与表决人数" t={item.figures.participation.owners} unit="人" rule="三分之二" />
                      <Row label="参与表决面积" t={item.figures.participation.area} unit="m²" rule="三分之二" />
                      <Row
                        label="同意人数(占参与人数)"
                        t={item.figures.agreement.owners}
                        unit="人"
                        rule={item.figures.agreement.rule === "3/4" ? "四分之三" : "过半数"}
                      />
                      <Row
                        label="同意面积(占参与面积)"
                        t={item.figures.agreement.area}
                        unit="m²"
                        rule={item.figures.agreement.rule === "3/4" ? "四分之三" : "过半数"}
                      />
                    </tbody>
                  </table>
                ) : null}
                {item.outcome !== "PASSED" ? (
                  <p className="mt-1 text-[10pt]">本项未通过,暂不实施。</p>
                ) : (
                  <p className="mt-1 text-[10pt]">本项通过,公示期满且异议处理完毕后纳入改造内容。</p>
                )}
              </section>
            ))}
            <p className="mt-6" data-testid="notice-period">
              公示期:{ballot.noticeWorkingDays} 个工作日
              {ballot.noticeEndsAt
                ? `,自 ${chinaTime(ballot.publishedAt)} 起至 ${chinaTime(ballot.noticeEndsAt)} 止`
                : "(自公示发布之日起计算)"}
              。
            </p>
            <p className="mt-2" data-testid="notice-objection">
              如有异议,请在公示期内{ballot.noticeEndsAt ? `(${chinaTime(ballot.noticeEndsAt)} 前)` : ""}
              登录平台在本表决页面“提出异议”,或书面送交社区居委会(联系电话:{phone}
              )。异议将逐条答复,全部答复后方确认结果。
            </p>
            <p className="mt-8 text-right">
              {ballot.project.district.name}老旧小区改造工作专班
              <br />
              {chinaTime(ballot.publishedAt ?? new Date())}
            </p>
          </>
        )}
      </article>
    </main>
  );
}
