import { workbookResponse } from "@/lib/auth/route";
import { formatDateTime } from "@/lib/format";
import { buildWorkbook } from "@/lib/xlsx";
import { bulletinData } from "@/modules/programme/queries";
import { rankForBulletin } from "@/modules/programme/rollup";
import { YearQuery } from "@/modules/programme/schema";

// 定期通报: districts ranked by start and completion rate for a month, laggards listed for follow-up.
export async function GET(request: Request) {
  // Who asks is settled first (an anonymous request is 401, not 400), then the query.
  return workbookResponse(async (actor) => {
    const url = new URL(request.url);
    // Digits only ("0x10" and "2.02e3" are not years), within the programme's years (a year past
    // the 32-bit range reached the database and failed there), and a real month.
    const yearText = url.searchParams.get("year") ?? "";
    const parsedYear = /^\d{4}$/.test(yearText) ? YearQuery.safeParse({ year: yearText }) : null;
    const month = url.searchParams.get("month") ?? "";
    if (!parsedYear?.success || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
      return new Response("请选择 2019—2035 年之间的年度和月份。", {
        status: 400,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    }
    const year = parsedYear.data.year;
    const data = await bulletinData(actor, year, month);
    if (!data)
      return new Response(`${month}没有汇总快照,无法生成该月通报。`, {
        status: 404,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    const ranked = rankForBulletin(data.rollup.rows, data.threshold);
    const rate = (v: number | null) => (v === null ? "" : v);
    const workbook = await buildWorkbook([
      {
        name: "排名",
        columns: [
          { header: "开工率排名", key: "startRank" },
          { header: "区县", key: "name" },
          { header: "计划小区数", key: "planned" },
          { header: "已开工", key: "started" },
          { header: "开工率(%)", key: "startRate" },
          { header: "已完工", key: "completed" },
          { header: "完工率(%)", key: "completionRate" },
          { header: "完工率排名", key: "completionRank" },
        ],
        rows: ranked.map((r) => ({
          startRank: r.startRank,
          name: r.name,
          planned: r.planned.neighborhoods,
          started: r.started,
          startRate: rate(r.startRatePct),
          completed: r.completed,
          completionRate: rate(r.completionRatePct),
          completionRank: r.completionRank,
        })),
      },
      {
        name: "约谈名单",
        columns: [
          { header: "区县", key: "name", width: 16 },
          { header: "原因", key: "reason", width: 40 },
        ],
        rows: ranked.filter((r) => r.laggard).map((r) => ({ name: r.name, reason: r.laggardReasons.join(";") })),
      },
      {
        name: "说明",
        columns: [
          { header: "项目", key: "k", width: 16 },
          { header: "内容", key: "v", width: 60 },
        ],
        rows: [
          { k: "年度", v: String(year) },
          { k: "通报月份", v: month },
          { k: "约谈线", v: `开工率或完工率低于${data.threshold}%` },
          {
            k: "数据来源",
            v:
              data.source === "snapshot"
                ? `${month}月度快照(${formatDateTime(data.asOf, "zh")} 北京时间生成);此后的变化不在本通报中,与汇总页的实时数据可能不同`
                : `实时数据(${formatDateTime(data.asOf, "zh")} 北京时间导出;本月尚无快照)`,
          },
          { k: "数据时点", v: `${formatDateTime(data.asOf, "zh")}(北京时间)` },
          { k: "口径", v: "开工率、完工率 = 已开工(完工)小区数 ÷ 已批准计划小区数;全市比率只计有已批准计划的区县" },
        ],
      },
    ]);
    return { workbook, fileName: `老旧小区改造定期通报(${month}).xlsx` };
  });
}
