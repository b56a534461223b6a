import { DataTable } from "@/components/data-table";
import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { PrintStyles } from "@/modules/consultation/paper/components/print-sheet";
import { followUpList } from "@/modules/consultation/paper/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtConsultationsIdFollowUp.dwellingsNotYetVotedDoorTo");

const text = (v: string | string[] | undefined) =>
  typeof v === "string" && v.trim() ? v.trim().slice(0, 60) : undefined;

/** The dwellings that have not voted, for knocking on doors: filter by building and unit, print or export. */
export default async function FollowUpPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePageActor("DISTRICT", "COMMISSION");
  const t = await getTranslations();
  const { id } = await params;
  const q = await searchParams;
  const filter = { building: text(q.building), unit: text(q.unit) };
  const list = await orNotFound(followUpList(actor, id, filter));
  const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => !!e[1])).toString();
  return (
    <AppShell actor={actor}>
      <PrintStyles margin="12mm" />
      <div className="print:hidden">
        <Link href={`/district/consultations/${id}`} className="text-sm text-brand-700">
          ← {t("routes.districtConsultationsIdFollowUp.backToTheBallot")}
        </Link>
      </div>
      <PageTitle subtitle={`${list.ballot.project.name} · ${list.ballot.title}`}>
        {t("routes.districtConsultationsIdFollowUp.dwellingsThatHaveNotVoted")}
      </PageTitle>
      <p className="mb-4 text-sm" data-testid="follow-up-summary">
        {t("routes.districtConsultationsIdFollowUp.ofDwellingsHaveNotVotedOnline", {
          inScope: String(list.inScope),
          missingTotal: String(list.missingTotal),
        })}
        {filter.building || filter.unit
          ? t("routes.districtConsultationsIdFollowUp.filtered", {
              building: String(filter.building ?? ""),
              unit: String(filter.unit ?? ""),
              rowsCount: String(list.rows.length),
            })
          : ""}
        。
      </p>
      <form
        method="get"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-4 text-sm shadow-sm print:hidden"
      >
        <label className="block">
          {t("routes.districtConsultationsIdFollowUp.building")}
          <select
            name="building"
            defaultValue={filter.building ?? ""}
            className="mt-1 block rounded border border-slate-400 p-2"
          >
            <option value="">{t("routes.districtConsultationsIdFollowUp.all")}</option>
            {list.buildings.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          {t("routes.districtConsultationsIdFollowUp.unit")}
          <select
            name="unit"
            defaultValue={filter.unit ?? ""}
            className="mt-1 block rounded border border-slate-400 p-2"
          >
            <option value="">{t("routes.districtConsultationsIdFollowUp.all")}</option>
            {list.units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700">
          {t("routes.districtConsultationsIdFollowUp.filter")}
        </button>
        <a
          href={`/district/consultations/${id}/follow-up/export${query ? `?${query}` : ""}`}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white"
        >
          {t("routes.districtConsultationsIdFollowUp.exportToExcel")}
        </a>
        <span className="text-slate-600">
          {t("routes.districtConsultationsIdFollowUp.printTheBrowserSPrintPrints")}
        </span>
      </form>
      <DataTable
        caption={t("routes.districtConsultationsIdFollowUp.dwellingsThatHaveNotVoted")}
        variant="card"
        rows={list.rows}
        rowKey={(r) => r.dwellingId}
        rowTestId="follow-up-row"
        empty={t("routes.districtConsultationsIdFollowUp.everyDwellingHasVoted")}
        columns={[
          {
            key: "neighborhood",
            header: t("routes.districtConsultationsIdFollowUp.neighbourhood"),
            cell: (r) => r.neighborhood,
          },
          { key: "building", header: t("routes.districtConsultationsIdFollowUp.building"), cell: (r) => r.building },
          { key: "unit", header: t("routes.districtConsultationsIdFollowUp.unit"), cell: (r) => r.unit },
          {
            key: "room",
            header: t("routes.districtConsultationsIdFollowUp.room"),
            cell: (r) => <span data-testid="follow-up-room">{r.room}</span>,
            className: "font-semibold",
          },
          { key: "area", header: t("routes.districtConsultationsIdFollowUp.areaM"), cell: (r) => r.area },
          {
            key: "owners",
            header: t("routes.districtConsultationsIdFollowUp.owners"),
            cell: (r) => (
              <span data-testid="follow-up-owners">
                {r.owners.length ? (
                  r.owners.join("、")
                ) : (
                  <span className="text-slate-500">{t("routes.districtConsultationsIdFollowUp.notRegistered")}</span>
                )}
              </span>
            ),
          },
          {
            key: "phones",
            header: t("routes.districtConsultationsIdFollowUp.boundResidentsPhones"),
            cell: (r) =>
              r.phones.length ? (
                r.phones.join("、")
              ) : (
                <span className="text-slate-500">{t("routes.districtConsultationsIdFollowUp.noneBound")}</span>
              ),
          },
          {
            key: "proxy",
            header: t("routes.districtConsultationsIdFollowUp.proxy"),
            cell: (r) => (
              <span data-testid="follow-up-proxy">
                {r.proxy
                  ? t("routes.districtConsultationsIdFollowUp.proxyHasNotVotedYet", {
                      name: String(r.proxy.name),
                      hasPhone: String(Boolean(r.proxy.phone)),
                      phone: String(r.proxy.phone),
                    })
                  : ""}
              </span>
            ),
          },
          // Left empty on paper, for the visitor's notes.
          {
            key: "notes",
            header: t("routes.districtConsultationsIdFollowUp.visitNotes"),
            cell: () => null,
            className: "w-40",
          },
        ]}
      />
    </AppShell>
  );
}
