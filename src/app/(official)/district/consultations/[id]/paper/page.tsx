import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { VOTE_CHOICE_LABELS, VOTE_EVENT_LABELS } from "@/lib/labels";
import { RecordProxyForm, RevokeProxyForm } from "@/modules/consultation/proxy/components/proxy-forms";
import { PaperDwellingForm } from "@/modules/consultation/paper/components/paper-dwelling-form";
import { paperEntrySheet } from "@/modules/consultation/paper/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtConsultationsIdPaper.enterPaperBallots");

/** Choose a dwelling, then enter every item of its signed paper form on one screen. */
export default async function PaperEntryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ dwelling?: string }>;
}) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { id } = await params;
  const { dwelling: dwellingId } = await searchParams;
  const sheet = await orNotFound(paperEntrySheet(actor, id, typeof dwellingId === "string" ? dwellingId : undefined));
  const { ballot, dwelling } = sheet;
  const time = (d: Date) =>
    d.toLocaleString(locale === "zh" ? "zh-CN" : "en-GB", {
      timeZone: "Asia/Shanghai",
      dateStyle: "medium",
      timeStyle: "short",
    });
  const groups = new Map<string, typeof sheet.dwellings>();
  for (const d of sheet.dwellings) {
    const key = `${d.neighborhood.name} ${d.unit.building.name}${d.unit.name}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return (
    <AppShell actor={actor}>
      <Link href={`/district/consultations/${ballot.id}#paper`} className="text-sm text-brand-700">
        ← {t("routes.districtConsultationsIdPaper.backToTheBallot")}
      </Link>
      <PageTitle subtitle={ballot.project.name}>
        {t("routes.districtConsultationsIdPaper.enterADwellingSPaperForm")}
      </PageTitle>
      {ballot.status !== "OPEN" ? (
        <p className="mb-4 rounded bg-amber-50 p-3 text-amber-900">
          {t("routes.districtConsultationsIdPaper.theBallotIsNotOpenPaper")}
        </p>
      ) : null}
      <Card title={t("routes.districtConsultationsIdPaper.n1ChooseTheDwelling")}>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <label className="block text-sm">
            {t("routes.districtConsultationsIdPaper.dwelling")}
            <select
              name="dwelling"
              defaultValue={dwelling?.id ?? ""}
              className="mt-1 block min-w-72 rounded border border-slate-400 p-2 text-base"
              data-testid="paper-dwelling-select"
            >
              <option value="" disabled>
                {t("routes.districtConsultationsIdPaper.choose")}
              </option>
              {[...groups].map(([label, list]) => (
                <optgroup key={label} label={label}>
                  {list.map((d) => (
                    <option key={d.id} value={d.id}>
                      {label} {d.room}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700">
            {t("routes.districtConsultationsIdPaper.open")}
          </button>
        </form>
      </Card>
      {dwelling ? (
        <div className="mt-6">
          <Card
            title={t("routes.districtConsultationsIdPaper.n2EnterEachItemAsMarked", {
              name: String(dwelling.neighborhood.name),
              name2: String(dwelling.unit.building.name),
              name3: String(dwelling.unit.name),
              room: String(dwelling.room),
              area: String(dwelling.area),
            })}
          >
            <p className="mb-3 text-sm text-slate-600">
              {t("routes.districtConsultationsIdPaper.theOwnerSSignedFormOutranks")}
            </p>
            {ballot.status === "OPEN" && ballot.canManage ? (
              <PaperDwellingForm
                ballotId={ballot.id}
                dwellingId={dwelling.id}
                items={dwelling.items}
                proxy={dwelling.proxyInForce}
                locale={locale}
              />
            ) : null}
            <h3 className="mt-6 font-semibold">{t("routes.districtConsultationsIdPaper.paperFormsOnRecord")}</h3>
            <ul className="mt-2 space-y-1 text-sm" data-testid="paper-history">
              {dwelling.items.flatMap((i) =>
                i.papers.map((p) => (
                  <li
                    key={p.id}
                    className={p.counts ? "" : "text-slate-500 line-through"}
                    data-testid={p.proxyId ? "paper-history-proxy" : undefined}
                  >
                    {i.title}:{VOTE_CHOICE_LABELS[p.choice][locale]}
                    {p.proxyId ? (
                      <strong className="ml-1 text-amber-800">
                        {t("routes.districtConsultationsIdPaper.proxyVoteSignedBy", { proxyName: String(p.proxyName) })}
                      </strong>
                    ) : null}
                    {" · "}
                    {time(p.enteredAt)}
                    {p.voidedAt ? ` · ${t("routes.districtConsultationsIdPaper.void")}:${p.voidReason}` : ""}
                    {p.proxyRevoked ? ` · ${t("routes.districtConsultationsIdPaper.proxyRevokedNotCounted")}` : ""}
                  </li>
                )),
              )}
              {dwelling.items.every((i) => i.papers.length === 0) ? (
                <li className="text-slate-500">{t("routes.districtConsultationsIdPaper.none")}</li>
              ) : null}
            </ul>
          </Card>
          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <Card title={t("routes.districtConsultationsIdPaper.proxySignedAuthorisation")}>
              <p className="mb-3 text-sm text-slate-600">
                {t("routes.districtConsultationsIdPaper.anOwnerMayAuthoriseAProxy")}
              </p>
              <ul className="mb-4 space-y-3 text-sm" data-testid="proxy-list">
                {dwelling.proxies.map((p) => (
                  <li
                    key={p.id}
                    className={`rounded border p-3 ${p.revokedAt ? "border-slate-200 text-slate-500" : "border-amber-400"}`}
                    data-testid="proxy-entry"
                  >
                    <p>
                      <strong>
                        {p.revokedAt
                          ? t("routes.districtConsultationsIdPaper.revoked")
                          : t("routes.districtConsultationsIdPaper.inForce")}
                      </strong>
                      :
                      {t("routes.districtConsultationsIdPaper.proxy", {
                        ownerName: String(p.ownerName),
                        proxyName: String(p.proxyName),
                      })}
                      {p.proxyIdLast4
                        ? t("routes.districtConsultationsIdPaper.id", { proxyIdLast4: String(p.proxyIdLast4) })
                        : ""}
                      {p.proxyPhone ? ` · ${p.proxyPhone}` : ""}
                    </p>
                    <p className="text-slate-600">
                      {t("routes.districtConsultationsIdPaper.recorded")} {time(p.recordedAt)} ·{" "}
                      <a href={`/api/consultation/proxies/${p.id}/scan`} className="text-brand-700">
                        {t("routes.districtConsultationsIdPaper.signedAuthorisation")}
                      </a>
                      {p.revokedAt
                        ? ` · ${t("routes.districtConsultationsIdPaper.revoked_cc397")} ${time(p.revokedAt)}:${p.revokeReason}`
                        : ""}
                    </p>
                    {!p.revokedAt && ballot.status === "OPEN" && ballot.canManage ? (
                      <RevokeProxyForm proxyId={p.id} locale={locale} />
                    ) : null}
                  </li>
                ))}
                {dwelling.proxies.length === 0 ? (
                  <li className="text-slate-500">{t("routes.districtConsultationsIdPaper.noProxy")}</li>
                ) : null}
              </ul>
              {!dwelling.proxyInForce && ballot.status === "OPEN" && ballot.canManage ? (
                <RecordProxyForm
                  ballotId={ballot.id}
                  dwellingId={dwelling.id}
                  ownerHint={
                    dwelling.owners.length
                      ? t("routes.districtConsultationsIdPaper.ownerRegister", {
                          join: String(dwelling.owners.join("、")),
                          join2: String(dwelling.owners.join(", ")),
                        })
                      : t("routes.districtConsultationsIdPaper.noOwnerRegisteredForThisDwelling")
                  }
                  locale={locale}
                />
              ) : null}
            </Card>
            <Card title={t("routes.districtConsultationsIdPaper.thisDwellingSVoteHistory")}>
              <ol className="space-y-1 text-sm" data-testid="vote-history">
                {dwelling.history.map((h) => (
                  <li key={h.id} data-testid="vote-history-row">
                    {time(h.at)} · {h.item} · <strong>{VOTE_EVENT_LABELS[h.event][locale]}</strong>
                    {h.choice ? `:${VOTE_CHOICE_LABELS[h.choice][locale]}` : ""}
                    {h.proxyName
                      ? t("routes.districtConsultationsIdPaper.proxy_d8d53", { proxyName: String(h.proxyName) })
                      : ""}{" "}
                    · {h.by}
                  </li>
                ))}
                {dwelling.history.length === 0 ? (
                  <li className="text-slate-500">{t("routes.districtConsultationsIdPaper.none")}</li>
                ) : null}
              </ol>
            </Card>
          </div>
        </div>
      ) : null}
    </AppShell>
  );
}
