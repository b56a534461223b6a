import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { SharesForm, TargetForm } from "@/modules/programme/components/target-forms";
import { YearPicker } from "@/modules/programme/components/year-picker";
import { programmeTargets } from "@/modules/programme/queries";
import { monthOf } from "@/modules/programme/rollup";
import { YearQuery } from "@/modules/programme/schema";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "目标任务", en: "Targets" });

export default async function TargetsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor("COMMISSION");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { year } = YearQuery.catch({ year: Number(monthOf(new Date()).slice(0, 4)) }).parse(await searchParams);
  const data = await programmeTargets(actor, year);
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={L("全市年度目标任务及各区县分解", "The city's yearly targets and district shares")}>{L(`${year}年目标任务`, `${year} targets`)}</PageTitle>
      <div className="mb-4"><YearPicker action="/commission/targets" year={year} label={L("年度", "Year")} button={L("查看", "Show")} /></div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={L("全市目标", "City target")}>
          <TargetForm key={year} year={year} target={data.target} locale={locale} />
        </Card>
        <Card title={L("各区县分解目标", "District shares")}>
          <SharesForm key={year} year={year} shares={data.shares} locale={locale} />
        </Card>
      </div>
    </AppShell>
  );
}
