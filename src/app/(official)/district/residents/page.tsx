import { AppShell, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/format";
import { getTranslator } from "@/lib/i18n/server";
import { maskMobile, normalizeMobile } from "@/lib/mobile";
import { ResetPasswordForm } from "@/modules/residents/components/reset-form";
import { residentsByMobile } from "@/modules/residents/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.districtResidents.residentAccounts");

/** A forgotten password: find the resident by mobile number, check their ID card in person, reset. */
export default async function DistrictResidentsPage({ searchParams }: { searchParams: Promise<{ mobile?: string }> }) {
  const actor = await requirePageActor("DISTRICT");
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const typed = ((await searchParams).mobile ?? "").slice(0, 40);
  const mobile = typed ? normalizeMobile(typed) : null;
  const residents = mobile ? await residentsByMobile(actor, mobile) : [];
  return (
    <AppShell actor={actor}>
      <PageTitle subtitle={t("routes.districtResidents.whenAResidentForgetsTheirPassword")}>
        {t("routes.districtResidents.residentAccountsAndPasswordReset")}
      </PageTitle>
      <form method="get" className="mb-6 flex max-w-xl flex-wrap items-end gap-3 rounded-lg bg-white p-4 shadow-sm">
        <label className="flex-1">
          <span className="mb-1 block text-sm font-medium">{t("routes.districtResidents.residentSMobileNumber")}</span>
          <input
            name="mobile"
            type="tel"
            inputMode="tel"
            defaultValue={typed}
            required
            className="w-full rounded-md border border-slate-400 px-3 py-2"
          />
        </label>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
          {t("routes.districtResidents.search")}
        </button>
      </form>
      {typed && !mobile ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800" data-testid="search-error">
          {t("routes.districtResidents.enterAn11DigitMobileNumber")}
        </p>
      ) : null}
      {mobile && residents.length === 0 ? (
        <p className="rounded-md bg-slate-100 px-3 py-2" data-testid="no-residents">
          {t("routes.districtResidents.noResidentAccountWithThisNumber")}
        </p>
      ) : null}
      <ul className="space-y-4">
        {residents.map((r) => (
          <li
            key={r.id}
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            data-testid="resident-account"
          >
            <h2 className="text-lg font-semibold">
              {r.displayName}
              {r.displayName.includes(maskMobile(r.username)) ? null : (
                <span className="font-normal text-slate-600"> ({maskMobile(r.username)})</span>
              )}
            </h2>
            <p className="text-sm text-slate-600">
              {t("routes.districtResidents.registered")} {formatDateTime(r.createdAt, locale)}
              {r.lastLoginAt
                ? ` · ${t("routes.districtResidents.lastSignIn")} ${formatDateTime(r.lastLoginAt, locale)}`
                : ""}
              {r.mustChangePassword ? ` · ${t("routes.districtResidents.temporaryPasswordInUse")}` : ""}
              {!r.active ? ` · ${t("routes.districtResidents.disabled")}` : ""}
            </p>
            <ul className="my-2 list-inside list-disc text-sm">
              {r.dwellings.map((b) => (
                <li key={b.id} data-testid="resident-dwelling">
                  {b.dwelling.neighborhood.name} {b.dwelling.unit.building.name}
                  {b.dwelling.unit.name} {b.dwelling.room}
                  {t("routes.districtResidents.textb373e")}
                </li>
              ))}
            </ul>
            {r.active ? (
              <ResetPasswordForm
                userId={r.id}
                messages={{
                  confirm: t("routes.districtResidents.iHaveCheckedTheResidentS"),
                  submit: t("routes.districtResidents.resetPassword"),
                  submitting: t("routes.districtResidents.resetting"),
                  done: t("routes.districtResidents.passwordResetTemporaryPasswordShownOnly"),
                  instruction: t("routes.districtResidents.theResidentSignsInWithTheir"),
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </AppShell>
  );
}
