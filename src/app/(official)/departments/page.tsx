import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { ResponsibilityMatrix } from "@/modules/departments/components/matrix";
import { responsibilityMatrix } from "@/modules/departments/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.departments.departmentResponsibilities");

export default async function MatrixPage() {
  const actor = await requirePageActor("ADMIN", "COMMISSION", "DISTRICT", "DEPARTMENT");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const departments = await responsibilityMatrix(actor);
  return (
    <AppShell actor={actor}>
      <PageTitle
        subtitle={
          locale === "zh" ? (
            "渝府办发〔2021〕82号 附件:市级有关部门职责分工;改造内容按标签在相应阶段分派到部门"
          ) : (
            // The policy's number is its name: cited as written, marked as Chinese.
            <>
              Annex of <span lang="zh-CN">渝府办发〔2021〕82号</span> (Yufubanfa [2021] No. 82); items are routed to
              departments by tag at the matching stage
            </>
          )
        }
      >
        {t("routes.departments.departmentResponsibilityMatrix")}
      </PageTitle>
      {actor.role === "ADMIN" ? (
        <Link
          href="/admin/departments"
          className="mb-4 inline-block rounded bg-brand-600 px-4 py-2 text-sm font-semibold text-white"
        >
          {t("routes.departments.editDutiesAndRules")}
        </Link>
      ) : null}
      <ResponsibilityMatrix departments={departments} locale={locale} />
    </AppShell>
  );
}
