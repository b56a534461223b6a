import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { ProjectForm } from "@/modules/projects/components/project-form";
import { fromSearchParams, typedOf } from "@/modules/projects/new-project-form";
import { newProjectLiftUnits, projectFormOptions } from "@/modules/projects/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "新建项目", en: "New project" });

type Search = Record<string, string | string[] | undefined>;

export default async function NewProjectPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const params = fromSearchParams(await searchParams);
  // `neighborhood` and `items` (catalogue codes) come from the links on a neighbourhood's pages;
  // the rest from the form's own GET buttons, so nothing typed is lost on the way.
  const wanted = [...new Set([...params.getAll("neighborhood"), ...params.getAll("neighborhoodIds")])].slice(0, 50);
  const { neighborhoods, chosenIds, catalogue } = await projectFormOptions(actor, { q: params.get("q"), chosen: wanted });
  const buildings = await newProjectLiftUnits(actor, chosenIds);
  const initial = typedOf(params);
  initial.neighborhoodIds = chosenIds.join(",");
  const codes = new Set(params.get("items").split(",").slice(0, 40));
  const linked = catalogue.filter((c) => codes.has(c.code)).map((c) => c.id);
  if (linked.length) initial.item = [...new Set([...(initial.item ?? "").split(",").filter(Boolean), ...linked])].join(",");
  return (
    <AppShell actor={actor}>
      <Link href="/district/projects" className="text-sm text-brand-700">← {L("返回项目列表", "Back to projects")}</Link>
      <PageTitle subtitle={L("基础类内容直接纳入;完善类、提升类内容将提交居民表决", "Basic items are included; improvement and upgrade items go to the residents' vote")}>
        {L("新建改造项目", "New project")}
      </PageTitle>
      <Card title={L("项目信息", "Project")}>
        <ProjectForm neighborhoods={neighborhoods} catalogue={catalogue} buildings={buildings} locale={locale} initial={initial} />
      </Card>
    </AppShell>
  );
}
