import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { NeighborhoodForm } from "@/modules/neighborhoods/components/neighborhood-form";
import { streetOptions } from "@/modules/neighborhoods/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "登记小区", en: "Register a neighbourhood" });

export default async function NewNeighborhoodPage() {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const streets = await streetOptions(actor);
  return (
    <AppShell actor={actor}>
      <Link href="/district/neighborhoods" className="text-sm text-brand-700">← {L("返回小区名录", "Back to the registry")}</Link>
      <PageTitle subtitle={L("登记后可用 Excel 批量导入楼栋、单元和房屋", "After registering, import buildings, units and dwellings from Excel")}>
        {L("登记小区", "Register a neighbourhood")}
      </PageTitle>
      <Card title={L("基本情况", "Facts")}>
        <NeighborhoodForm
          locale={locale}
          streets={streets}
          values={{ name: "", address: "", streetId: "", communityName: "", completionYear: "", poorCondition: false, singleBuilding: false, buildingCount: 0, propertyType: "OTHER", notes: "" }}
        />
      </Card>
    </AppShell>
  );
}
