import { domainErrorResponse, routeActor } from "@/lib/auth/route";
import { lettersPdf } from "@/modules/consultation/paper/letters-pdf";
import { letterSheet } from "@/modules/consultation/paper/queries";

// The binding letters of one neighbourhood as a PDF, four to an A4 sheet, for the district's staff.
export async function GET(_request: Request, { params }: { params: Promise<{ neighborhoodId: string }> }) {
  const actor = await routeActor();
  if (actor instanceof Response) return actor;
  try {
    const sheet = await letterSheet(actor, (await params).neighborhoodId);
    const n = sheet.neighborhood;
    const title = `${n.name}绑定码信件`;
    const pdf = await lettersPdf(
      {
        district: n.district,
        neighborhood: n.name,
        project: sheet.project?.name ?? null,
        ballot: sheet.ballot,
        contactPhone: n.contactPhone,
        address: sheet.address,
      },
      sheet.letters,
      title,
    );
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(`${title}.pdf`)}`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    return domainErrorResponse(error);
  }
}
