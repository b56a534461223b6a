// Open data: the city's progress for a year as JSON, or CSV with `format=csv`. No sign-in, only
// aggregated public figures, cacheable for five minutes by browsers and proxies.
import { publicProgress, publicProgressJson } from "@/modules/dashboards/queries";
import { chongqingYear } from "@/lib/dates";
import { translateMessage } from "@/lib/i18n/translate";
import { progressCsv, PublicProgressQuery } from "@/modules/dashboards/open-data";

const CACHE = "public, max-age=300";

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = PublicProgressQuery.safeParse(params);
  if (!parsed.success) {
    // An open API has no reader's locale: each message in both languages, "中文 / English".
    const message = parsed.error.issues
      .map((i) => `${translateMessage(i.message, "zh")} / ${translateMessage(i.message, "en")}`)
      .join(";");
    return Response.json({ ok: false, error: message }, { status: 400 });
  }
  const year = parsed.data.year ?? chongqingYear(new Date());
  if (parsed.data.format === "csv") {
    return new Response(progressCsv(await publicProgress(year)), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="chongqing-renewal-progress-${year}.csv"`,
        "cache-control": CACHE,
      },
    });
  }
  // The same body Response.json would write, serialised once per change of the figures.
  return new Response(await publicProgressJson(year), {
    headers: { "content-type": "application/json", "cache-control": CACHE },
  });
}
