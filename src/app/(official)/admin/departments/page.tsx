import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { DutyForm, RuleForm } from "@/modules/departments/components/duty-rule-forms";
import { catalogueTags, responsibilityMatrix } from "@/modules/departments/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.adminDepartments.departmentDutiesAndRoutingRules");

export default async function AdminDepartmentsPage() {
  const actor = await requirePageActor("ADMIN");
  const { locale } = await getTranslator();
  const tr = await getTranslations();
  const [departments, tags] = await Promise.all([responsibilityMatrix(actor), catalogueTags(actor)]);
  return (
    <AppShell actor={actor}>
      <Link href="/departments" className="text-sm text-brand-700">
        ← {tr("routes.adminDepartments.backToTheMatrix")}
      </Link>
      <PageTitle subtitle={tr("routes.adminDepartments.rulesApplyToRoutingFromNow")}>
        {tr("routes.adminDepartments.departmentDutiesAndRoutingRules")}
      </PageTitle>
      <datalist id="catalogue-tags">
        {tags.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <p className="mb-4 text-sm text-slate-600">
        {tr("routes.adminDepartments.tagsUsedInTheCatalogue")}
        {tags.join("、")}
      </p>
      <div className="grid gap-6">
        {departments.map((d) => (
          <Card key={d.id} title={locale === "zh" ? d.name : d.nameEn}>
            <div className="grid gap-4 lg:grid-cols-2" data-testid={`department-${d.code}`}>
              <div className="space-y-3">
                <h3 className="font-semibold">{tr("routes.adminDepartments.duties")}</h3>
                {d.duties.map((u) => (
                  <DutyForm key={u.id} departmentId={d.id} duty={u} locale={locale} />
                ))}
                <details>
                  <summary className="cursor-pointer text-sm text-brand-700">
                    {tr("routes.adminDepartments.addADuty")}
                  </summary>
                  <DutyForm departmentId={d.id} locale={locale} />
                </details>
              </div>
              <div className="space-y-3">
                <h3 className="font-semibold">{tr("routes.adminDepartments.routingRules")}</h3>
                {d.rules.map((r) => (
                  <RuleForm key={r.id} departmentId={d.id} rule={r} locale={locale} />
                ))}
                <details>
                  <summary className="cursor-pointer text-sm text-brand-700">
                    {tr("routes.adminDepartments.addARule")}
                  </summary>
                  <RuleForm departmentId={d.id} locale={locale} />
                </details>
              </div>
            </div>
          </Card>
        ))}
      </div>
    </AppShell>
  );
}
