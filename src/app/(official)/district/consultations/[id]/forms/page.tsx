import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { formatFen } from "@/lib/format";
import { MATTER_LABELS } from "@/lib/labels";
import { PrintStyles, PrintToolbar } from "@/modules/consultation/paper/components/print-sheet";
import { ballotFormSheet } from "@/modules/consultation/paper/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtConsultationsIdForms.printPaperBallots");

const chinaTime = (d: Date) =>
  d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "medium", timeStyle: "short" });

/**
 * Paper ballot forms, one A4 sheet per dwelling, pre-filled with every item that dwelling votes on.
 * The sheets are for the residents, so they are in Chinese (lang="zh-CN") whatever the official's
 * language; the toolbar around them is in the official's.
 */
export default async function BallotFormsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("DISTRICT");
  const { id } = await params;
  const { ballot, forms } = await orNotFound(ballotFormSheet(actor, id));
  const phone = ballot.contactPhones.join("、") || "请咨询社区居委会";
  const t = await getTranslations();
  return (
    <main className="bg-slate-200 print:bg-white">
      <PrintStyles margin="15mm" />
      <PrintToolbar
        back={`/district/consultations/${id}`}
        backLabel={t("routes.districtConsultationsIdForms.backToTheBallot")}
        hint={t("routes.districtConsultationsIdForms.formsOneA4SheetPerDwelling", { formsCount: String(forms.length) })}
      />
      {forms.map((f) => (
        <article
          key={f.dwellingId}
          lang="zh-CN"
          className="mx-auto my-4 w-[210mm] bg-white p-[15mm] text-[11pt] text-black shadow print:my-0 print:w-auto print:p-0 print:shadow-none print:break-after-page"
          data-testid="ballot-form"
        >
          <h1 className="text-center text-[16pt] font-bold">{ballot.project.name}</h1>
          <h2 className="text-center text-[13pt] font-bold">{ballot.title} · 业主纸质表决票</h2>
          <p className="mt-3">
            房屋:<strong data-testid="ballot-form-dwelling">{f.label}</strong> 专有面积:{f.area} m²
          </p>
          <p>
            表决时间:{chinaTime(ballot.opensAt)} 至 {chinaTime(ballot.closesAt)}
          </p>
          <p className="text-[9pt] text-slate-700">
            每户一票。请在每个事项的一个方框内打“✓”;未勾选的事项视为未参加该事项表决。签字纸质票优先于线上投票。
          </p>
          <table className="mt-3 w-full border-collapse text-[10.5pt]">
            <thead>
              <tr className="border border-black">
                <th className="border border-black p-1 text-left">表决事项</th>
                <th className="border border-black p-1">事项类型</th>
                <th className="border border-black p-1">估算费用</th>
                <th className="border border-black p-1">同意</th>
                <th className="border border-black p-1">不同意</th>
                <th className="border border-black p-1">弃权</th>
              </tr>
            </thead>
            <tbody>
              {f.items.map((item) => (
                <tr key={item.id} data-testid="ballot-form-item">
                  <td className="border border-black p-1">{item.title}</td>
                  <td className="border border-black p-1 text-center text-[9pt]">{MATTER_LABELS[item.matter].zh}</td>
                  <td className="border border-black p-1 text-right">{formatFen(item.estimatedCostFen, "zh")}</td>
                  {[0, 1, 2].map((i) => (
                    <td key={i} className="border border-black p-1 text-center text-[16pt]">
                      ☐
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <div className="mt-8 grid grid-cols-2 gap-6">
            <p>业主签字:______________________</p>
            <p>日期:________年____月____日</p>
            <p>联系电话:______________________</p>
            <p>代签/委托人(如有):______________</p>
          </div>
          <p className="mt-6 text-[9pt] text-slate-700">请于表决截止前交回社区居委会。社区联系电话:{phone}。</p>
        </article>
      ))}
    </main>
  );
}
