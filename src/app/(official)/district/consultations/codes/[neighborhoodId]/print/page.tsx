import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { cutMarks, LETTERS_PER_PAGE, paginate } from "@/modules/consultation/paper/layout";
import { letterText } from "@/modules/consultation/paper/letter-text";
import { PrintStyles, PrintToolbar } from "@/modules/consultation/paper/components/print-sheet";
import { qrSvg } from "@/modules/consultation/paper/qr-svg";
import { letterSheet } from "@/modules/consultation/paper/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle(
  "routes.districtConsultationsCodesNeighborhoodIdPrint.printBindingCodeLetters",
);

/**
 * The letters for printing: four to an A4 sheet with cut marks, no app shell. The letters are for
 * the residents, so they are in Chinese (lang="zh-CN", with their own English lines) whatever the
 * official's language; the toolbar around them is in the official's.
 */
export default async function PrintLettersPage({ params }: { params: Promise<{ neighborhoodId: string }> }) {
  const actor = await requirePageActor("DISTRICT");
  const tr = await getTranslations();
  const { neighborhoodId } = await params;
  const sheet = await orNotFound(letterSheet(actor, neighborhoodId));
  const n = sheet.neighborhood;
  const ctx = {
    district: n.district,
    neighborhood: n.name,
    project: sheet.project?.name ?? null,
    ballot: sheet.ballot,
    contactPhone: n.contactPhone,
    address: sheet.address,
  };
  const qr = await qrSvg(sheet.address);
  const pages = paginate(sheet.letters);
  return (
    <main className="bg-slate-200 print:bg-white">
      <PrintStyles />
      <PrintToolbar
        back={`/district/consultations/codes/${n.id}`}
        backLabel={tr("routes.districtConsultationsCodesNeighborhoodIdPrint.backToTheBindingCodes")}
        hint={tr("routes.districtConsultationsCodesNeighborhoodIdPrint.lettersToAnA4SheetCut", {
          lettersCount: String(sheet.letters.length),
          LETTERS_PER_PAGE: String(LETTERS_PER_PAGE),
          hasWithoutCode: String(Boolean(sheet.withoutCode)),
          withoutCode: String(sheet.withoutCode),
        })}
      >
        <a
          href={`/district/consultations/codes/${n.id}/pdf`}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white"
        >
          {tr("routes.districtConsultationsCodesNeighborhoodIdPrint.downloadPdf")}
        </a>
      </PrintToolbar>
      {pages.map((page, p) => (
        <section
          key={p}
          lang="zh-CN"
          className="relative mx-auto my-4 grid h-[297mm] w-[210mm] grid-cols-2 grid-rows-2 overflow-hidden bg-white shadow print:my-0 print:shadow-none print:break-after-page"
          data-testid="letter-page"
        >
          {cutMarks().map((m, i) => (
            <span
              key={i}
              aria-hidden
              className="absolute bg-slate-500"
              style={{
                left: `${m.x1Mm}mm`,
                top: `${m.y1Mm}mm`,
                width: m.x1Mm === m.x2Mm ? "0.2mm" : `${m.x2Mm - m.x1Mm}mm`,
                height: m.y1Mm === m.y2Mm ? "0.2mm" : `${m.y2Mm - m.y1Mm}mm`,
              }}
            />
          ))}
          {page.map((letter) => {
            const t = letterText(ctx, letter);
            return (
              <article
                key={letter.dwellingId}
                className="border border-dashed border-slate-300 p-[8mm] text-[10pt] leading-snug text-black"
                data-testid="print-letter"
              >
                <p className="text-[8pt] text-slate-600">{t.heading}</p>
                <p className="font-bold">{t.place}</p>
                <p>{t.project}</p>
                <p>{t.period}</p>
                <h2 className="mt-[2mm] text-[14pt] font-bold">{t.dwelling}</h2>
                <div className="mt-[2mm] flex gap-[3mm]">
                  <div
                    className="h-[36mm] w-[36mm] shrink-0 [&>svg]:h-full [&>svg]:w-full"
                    data-testid="letter-qr"
                    dangerouslySetInnerHTML={{ __html: qr }}
                  />
                  <div>
                    <p className="text-[8pt]">网址 Address</p>
                    <p className="font-bold break-all" data-testid="letter-address">
                      {t.address}
                    </p>
                    <p className="mt-[3mm] text-[8pt]">绑定码 Code</p>
                    <p className="font-mono text-[15pt] font-bold tracking-wider" data-testid="letter-code">
                      {t.code}
                    </p>
                  </div>
                </div>
                <ol className="mt-[2mm] text-[11pt] font-bold">
                  {t.steps.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ol>
                <p className="text-[7pt] text-slate-600">{t.stepsEn}</p>
                <p className="mt-[1mm] text-[8pt] text-slate-700">{t.note}</p>
                <p className="mt-[1mm] font-bold" data-testid="letter-contact">
                  {t.contact}
                </p>
              </article>
            );
          })}
        </section>
      ))}
      {pages.length === 0 ? (
        <p className="p-8 text-center">
          {tr("routes.districtConsultationsCodesNeighborhoodIdPrint.noBindingCodesToPrintGenerate")}
        </p>
      ) : null}
    </main>
  );
}
