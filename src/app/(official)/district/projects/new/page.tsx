import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { ProjectForm } from "@/modules/projects/components/project-form";
import { projectFormOptions } from "@/modules/projects/queries";

export const metadata = { title: "新建项目" };

export default async function NewProjectPage({ searchParams }: { searchParams: Promise<{ neighborhood?: string; items?: string }> }) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { neighborhoods, catalogue } = await projectFormOptions(actor);
  const { neighborhood, items } = await searchParams;
  return (
    <AppShell actor={actor}>
      <Link href="/district/projects" className="text-sm text-brand-700">← {L("返回项目列表", "Back to projects")}</Link>
      <PageTitle subtitle={L("基础类内容直接纳入;完善类、提升类内容将提交居民表决", "Basic items are included; improvement and upgrade items go to the residents' vote")}>
        {L("新建改造项目", "New project")}
      </PageTitle>
      <Card title={L("项目信息", "Project")}>
        <ProjectForm neighborhoods={neighborhoods} catalogue={catalogue} locale={locale} initialNeighborhood={neighborhood} initialItemCodes={items?.split(",").slice(0, 40) ?? []} />
      </Card>
    </AppShell>
  );
}
