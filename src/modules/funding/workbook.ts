import "server-only";
// The funding summaries as Excel: shares, sources, years, and the rows of the view (projects of a
// district, districts of the city, records of a project). Amounts in yuan with two decimals.
import { buildWorkbook, type ColumnSpec } from "@/lib/xlsx";
import { FUNDING_SOURCE_LABELS, FUNDING_STATUS_LABELS } from "./labels";
import { percentText, yuanText } from "@/lib/money";
import type { Balance } from "./rules";
import { FUNDING_SHARE_LABELS } from "./shares";
import { SHARES, type Amounts, type FundingSummary } from "./summary";

const yuan = (fen: bigint) => Number(yuanText(fen, false));
const AMOUNT_COLUMNS: ColumnSpec[] = [
  { header: "计划(元)", key: "planned", width: 16 },
  { header: "已承诺(元)", key: "committed", width: 16 },
  { header: "已到位(元)", key: "paid", width: 16 },
];
const amounts = (a: Amounts) => ({
  planned: yuan(a.plannedFen),
  committed: yuan(a.committedFen),
  paid: yuan(a.paidFen),
});
const BALANCE_ZH = { SHORTFALL: "缺口", SURPLUS: "超出", BALANCED: "持平" } as const;

function summarySheets(summary: FundingSummary) {
  return [
    {
      name: "三方分担",
      columns: [
        { header: "分担主体", key: "share", width: 12 },
        ...AMOUNT_COLUMNS,
        { header: "占计划比例", key: "percent", width: 12 },
        { header: "到位率", key: "paidRate", width: 12 },
      ],
      rows: [
        ...SHARES.map((s) => ({
          share: FUNDING_SHARE_LABELS[s].zh,
          ...amounts(summary.byShare[s]),
          percent: percentText(summary.byShare[s].plannedFen, summary.total.plannedFen),
          paidRate: percentText(summary.byShare[s].paidFen, summary.byShare[s].plannedFen),
        })),
        {
          share: "合计",
          ...amounts(summary.total),
          percent: summary.total.plannedFen ? "100%" : "—",
          paidRate: percentText(summary.total.paidFen, summary.total.plannedFen),
        },
      ],
    },
    {
      name: "按来源",
      columns: [
        { header: "资金来源", key: "source", width: 26 },
        { header: "分担主体", key: "share", width: 12 },
        ...AMOUNT_COLUMNS,
        { header: "记录数", key: "records", width: 10 },
      ],
      rows: summary.bySource.map((s) => ({
        source: FUNDING_SOURCE_LABELS[s.source].zh,
        share: FUNDING_SHARE_LABELS[s.share].zh,
        ...amounts(s),
        records: s.records,
      })),
    },
    {
      name: "按年度",
      columns: [
        { header: "年度", key: "year", width: 8 },
        ...SHARES.map((s) => ({ header: `${FUNDING_SHARE_LABELS[s].zh}计划(元)`, key: s, width: 16 })),
        ...AMOUNT_COLUMNS,
      ],
      rows: summary.byYear.map((y) => ({
        year: y.year,
        ...Object.fromEntries(SHARES.map((s) => [s, yuan(y.byShare[s].plannedFen)])),
        ...amounts(y),
      })),
    },
  ];
}

export async function cityWorkbook(data: {
  summary: FundingSummary;
  districts: {
    name: string;
    code: string;
    amounts: (Amounts & { byShare: Record<string, Amounts>; records: number }) | null;
  }[];
}) {
  return buildWorkbook([
    ...summarySheets(data.summary),
    {
      name: "按区县",
      columns: [
        { header: "区县", key: "name", width: 14 },
        { header: "区划代码", key: "code", width: 10 },
        ...SHARES.map((s) => ({ header: `${FUNDING_SHARE_LABELS[s].zh}计划(元)`, key: s, width: 16 })),
        ...AMOUNT_COLUMNS,
        { header: "记录数", key: "records", width: 10 },
      ],
      rows: data.districts
        .filter((d) => d.amounts)
        .map((d) => ({
          name: d.name,
          code: d.code,
          ...Object.fromEntries(SHARES.map((s) => [s, yuan(d.amounts!.byShare[s]!.plannedFen)])),
          ...amounts(d.amounts!),
          records: d.amounts!.records,
        })),
    },
  ]);
}

export async function districtWorkbook(data: {
  summary: FundingSummary;
  projects: (Amounts & { code: string; name: string; year: number; estimateFen: bigint; balance: Balance })[];
}) {
  return buildWorkbook([
    ...summarySheets(data.summary),
    {
      name: "按项目",
      columns: [
        { header: "项目编号", key: "code", width: 18 },
        { header: "项目名称", key: "name", width: 30 },
        { header: "年度", key: "year", width: 8 },
        { header: "估算总投资(元)", key: "estimate", width: 16 },
        ...AMOUNT_COLUMNS,
        { header: "资金平衡", key: "balance", width: 10 },
        { header: "差额(元)", key: "difference", width: 16 },
      ],
      rows: data.projects.map((p) => ({
        code: p.code,
        name: p.name,
        year: p.year,
        estimate: yuan(p.estimateFen),
        ...amounts(p),
        balance: BALANCE_ZH[p.balance.kind],
        difference: yuan(p.balance.differenceFen),
      })),
    },
  ]);
}

export async function projectWorkbook(data: {
  summary: FundingSummary;
  estimateFen: bigint;
  balance: Balance;
  records: (Amounts & {
    source: keyof typeof FUNDING_SOURCE_LABELS;
    status: keyof typeof FUNDING_STATUS_LABELS;
    recordedOn: Date;
    documentRef: string;
    note: string;
  })[];
}) {
  return buildWorkbook([
    ...summarySheets(data.summary),
    {
      name: "资金记录",
      columns: [
        { header: "资金来源", key: "source", width: 26 },
        { header: "状态", key: "status", width: 10 },
        ...AMOUNT_COLUMNS,
        { header: "日期", key: "date", width: 12 },
        { header: "文件文号", key: "ref", width: 24 },
        { header: "备注", key: "note", width: 30 },
      ],
      rows: [
        ...data.records.map((r) => ({
          source: FUNDING_SOURCE_LABELS[r.source].zh,
          status: FUNDING_STATUS_LABELS[r.status].zh,
          ...amounts(r),
          date: r.recordedOn.toISOString().slice(0, 10),
          ref: r.documentRef,
          note: r.note,
        })),
        { source: "估算总投资", planned: yuan(data.estimateFen) },
        { source: `资金平衡:${BALANCE_ZH[data.balance.kind]}`, planned: yuan(data.balance.differenceFen) },
      ],
    },
  ]);
}
