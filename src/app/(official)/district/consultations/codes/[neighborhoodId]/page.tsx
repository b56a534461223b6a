import Link from "next/link";
import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { formatBindingCode } from "@/modules/consultation/codes";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { issueCodesForm, revokeCodeForm } from "@/modules/consultation/forms";
import { codeSheet } from "@/modules/consultation/queries";
import { ContactPhoneForm } from "@/modules/consultation/paper/components/contact-phone-form";
import { letterAddress } from "@/modules/consultation/paper/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtConsultationsCodesNeighborhoodId.bindingCodeLetters");

/** One letter per dwelling, printable (each letter starts a new page when printed). */
export default async function CodeLettersPage({
  params,
  searchParams,
}: {
  params: Promise<{ neighborhoodId: string }>;
  searchParams: FlashParams;
}) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { neighborhoodId } = await params;
  const { ok, error } = await searchParams;
  const sheet = await orNotFound(codeSheet(actor, neighborhoodId));
  // The configured public address, never the request's host (which the client chooses).
  const shortUrl = letterAddress();
  const { neighborhood: n, dwellings } = sheet;
  const missing = dwellings.filter((d) => d.bindingCodes.length === 0).length;
  return (
    <AppShell actor={actor}>
      <div className="print:hidden">
        <Link href="/district/consultations" className="text-sm text-brand-700">
          ← {t("routes.districtConsultationsCodesNeighborhoodId.backToBallots")}
        </Link>
        <PageTitle subtitle={`${n.district.name} · ${n.address}`}>
          {t("routes.districtConsultationsCodesNeighborhoodId.bindingCodeLetters_cb811", { name: String(n.name) })}
        </PageTitle>
        <Flash
          ok={ok}
          error={error}
          messages={{
            issued: t("routes.districtConsultationsCodesNeighborhoodId.codesIssued"),
            reissued: t("routes.districtConsultationsCodesNeighborhoodId.oldCodeRevokedANewOne"),
          }}
        />
        <div className="mb-6 flex flex-wrap items-center gap-4 rounded-lg bg-white p-4 text-sm shadow-sm">
          <span>
            {t("routes.districtConsultationsCodesNeighborhoodId.dwellingsWithoutAUsableCode", {
              dwellingsCount: String(dwellings.length),
              missing: String(missing),
            })}
          </span>
          <form action={issueCodesForm}>
            <input type="hidden" name="neighborhoodId" value={n.id} />
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
              {t("routes.districtConsultationsCodesNeighborhoodId.issueMissingCodes")}
            </button>
          </form>
          <Link
            href={`/district/consultations/codes/${n.id}/print`}
            className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700"
          >
            {t("routes.districtConsultationsCodesNeighborhoodId.printLetters4PerA4")}
          </Link>
          <a
            href={`/district/consultations/codes/${n.id}/pdf`}
            className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700"
          >
            {t("routes.districtConsultationsCodesNeighborhoodId.downloadPdf")}
          </a>
        </div>
        <div className="mb-6 rounded-lg bg-white p-4 text-sm shadow-sm">
          <ContactPhoneForm neighborhoodId={n.id} current={sheet.contactPhone} locale={locale} />
        </div>
      </div>
      <ol className="grid gap-4 md:grid-cols-2 print:block">
        {dwellings.map((d) => {
          const code = d.bindingCodes[0]?.code;
          return (
            <li
              key={d.id}
              className="rounded-lg border border-slate-300 bg-white p-5 print:mb-0 print:break-after-page print:border-0"
              data-testid="code-letter"
            >
              <p className="text-sm text-slate-600">
                {n.district.name} · {n.name}
              </p>
              <h2 className="mt-1 text-xl font-bold">
                {d.unit.building.name}
                {d.unit.name} {d.room}
                {t("routes.districtConsultationsCodesNeighborhoodId.text519ab")}:
              </h2>
              <p className="mt-2 text-sm">
                {t("routes.districtConsultationsCodesNeighborhoodId.openTheAddressBelowOnYour")}
              </p>
              <p className="mt-3 text-sm">
                {t("routes.districtConsultationsCodesNeighborhoodId.address")}:
                <span className="font-mono">{shortUrl}</span>
              </p>
              <p className="mt-1 text-sm">
                {t("routes.districtConsultationsCodesNeighborhoodId.code")}:
                {code ? (
                  <span className="font-mono text-2xl font-bold tracking-widest" data-testid="code">
                    {formatBindingCode(code)}
                  </span>
                ) : (
                  <span className="text-slate-500">{t("routes.districtConsultationsCodesNeighborhoodId.noneYet")}</span>
                )}
              </p>
              <p className="mt-2 text-xs text-slate-500">
                {t("routes.districtConsultationsCodesNeighborhoodId.accountSBound", {
                  residents: String(d._count.residents),
                })}
              </p>
              <form action={revokeCodeForm} className="mt-2 print:hidden">
                <input type="hidden" name="neighborhoodId" value={n.id} />
                <input type="hidden" name="dwellingId" value={d.id} />
                <input type="hidden" name="reissue" value="on" />
                <button type="submit" className="text-sm text-red-700 underline">
                  {code
                    ? t("routes.districtConsultationsCodesNeighborhoodId.revokeAndReissue")
                    : t("routes.districtConsultationsCodesNeighborhoodId.issueACode")}
                </button>
              </form>
            </li>
          );
        })}
      </ol>
    </AppShell>
  );
}
