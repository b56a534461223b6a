import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { ProjectForm } from "@/modules/projects/components/project-form";
import { fromSearchParams, typedOf } from "@/modules/projects/new-project-form";
import { newProjectLiftUnits, projectFormOptions } from "@/modules/projects/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtProjectsNew.newProject");

type Search = Record<string, string | string[] | undefined>;

export default async function NewProjectPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const params = fromSearchParams(await searchParams);
  // `neighborhood` and `items` (catalogue codes) come from the links on a neighbourhood's pages;
  // the rest from the form's own GET buttons, so nothing typed is lost on the way.
  const wanted = [...new Set([...params.getAll("neighborhood"), ...params.getAll("neighborhoodIds")])].slice(0, 50);
  const { neighborhoods, chosenIds, catalogue } = await projectFormOptions(actor, {
    q: params.get("q"),
    chosen: wanted,
  });
  const buildings = await newProjectLiftUnits(actor, chosenIds);
  const initial = typedOf(params);
  initial.neighborhoodIds = chosenIds.join(",");
  const codes = new Set(params.get("items").split(",").slice(0, 40));
  const linked = catalogue.filter((c) => codes.has(c.code)).map((c) => c.id);
  if (linked.length)
    initial.item = [...new Set([...(initial.item ?? "").split(",").filter(Boolean), ...linked])].join(",");
  return (
    <AppShell actor={actor}>
      <Link href="/district/projects" className="text-sm text-brand-700">
        ← {t("routes.districtProjectsNew.backToProjects")}
      </Link>
      <PageTitle subtitle={t("routes.districtProjectsNew.basicItemsAreIncludedImprovementAnd")}>
        {t("routes.districtProjectsNew.newProject_0d011")}
      </PageTitle>
      <Card title={t("routes.districtProjectsNew.project")}>
        <ProjectForm
          neighborhoods={neighborhoods}
          catalogue={catalogue}
          buildings={buildings}
          locale={locale}
          initial={initial}
        />
      </Card>
    </AppShell>
  );
}
