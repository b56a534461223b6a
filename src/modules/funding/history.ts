// Audit-log entries of a project's ledger in plain words, for the ledger's change list.
import { FUNDING_SOURCE_LABELS, FUNDING_STATUS_LABELS, SHARE_PAYMENT_LABELS } from "./labels";
import { yuanText } from "@/lib/money";

type Json = Record<string, unknown> | null;
type Text = { zh: string; en: string };

const label = <K extends string>(labels: Record<K, Text>, key: unknown): Text =>
  labels[key as K] ?? { zh: String(key ?? ""), en: String(key ?? "") };
const yuan = (fen: unknown) => {
  try {
    return `${yuanText(BigInt(String(fen ?? "0")))} 元`;
  } catch {
    return String(fen);
  }
};

export function describeLedgerChange(action: string, before: Json, after: Json): Text {
  const a = after ?? {};
  const b = before ?? {};
  switch (action) {
    case "funding.createRecord": {
      const source = label(FUNDING_SOURCE_LABELS, a.source);
      const status = label(FUNDING_STATUS_LABELS, a.status);
      return {
        zh: `登记${source.zh}:计划 ${yuan(a.plannedFen)},已承诺 ${yuan(a.committedFen)},已到位 ${yuan(a.paidFen)}(${status.zh})`,
        en: `Recorded ${source.en}: planned ${yuan(a.plannedFen)}, committed ${yuan(a.committedFen)}, paid ${yuan(a.paidFen)} (${status.en})`,
      };
    }
    case "funding.updateRecord": {
      const source = label(FUNDING_SOURCE_LABELS, a.source);
      const changes: Text[] = [];
      if (b.status !== a.status)
        changes.push({
          zh: `状态 ${label(FUNDING_STATUS_LABELS, b.status).zh} → ${label(FUNDING_STATUS_LABELS, a.status).zh}`,
          en: `status ${label(FUNDING_STATUS_LABELS, b.status).en} → ${label(FUNDING_STATUS_LABELS, a.status).en}`,
        });
      for (const [field, zh, en] of [
        ["plannedFen", "计划", "planned"],
        ["committedFen", "已承诺", "committed"],
        ["paidFen", "已到位", "paid"],
      ] as const) {
        if (b[field] !== a[field])
          changes.push({
            zh: `${zh} ${yuan(b[field])} → ${yuan(a[field])}`,
            en: `${en} ${yuan(b[field])} → ${yuan(a[field])}`,
          });
      }
      if (b.source !== a.source)
        changes.push({
          zh: `来源原为${label(FUNDING_SOURCE_LABELS, b.source).zh}`,
          en: `source was ${label(FUNDING_SOURCE_LABELS, b.source).en}`,
        });
      if (b.attachmentKey !== a.attachmentKey) changes.push({ zh: "更换附件", en: "new attachment" });
      const zh = changes.map((c) => c.zh).join(",") || "修改文号、日期或备注";
      const en = changes.map((c) => c.en).join(", ") || "changed reference, date or note";
      return { zh: `修改${source.zh}:${zh}`, en: `Changed ${source.en}: ${en}` };
    }
    case "funding.deleteRecord": {
      const source = label(FUNDING_SOURCE_LABELS, b.source);
      return {
        zh: `删除${source.zh}计划 ${yuan(b.plannedFen)}`,
        en: `Deleted ${source.en}, planned ${yuan(b.plannedFen)}`,
      };
    }
    case "funding.splitLift": {
      const shares = Array.isArray(a.shares) ? a.shares.length : 0;
      const residents = (() => {
        try {
          return yuan(BigInt(String(a.totalFen)) - BigInt(String(a.subsidyFen)));
        } catch {
          return "";
        }
      })();
      return {
        zh: `${before ? "重新" : ""}计算加装电梯费用分摊:${shares} 户分摊 ${residents}(已扣除补助 ${yuan(a.subsidyFen)})`,
        en: `${before ? "Recomputed" : "Computed"} the lift split: ${residents} over ${shares} dwellings (after ${yuan(a.subsidyFen)} subsidy)`,
      };
    }
    case "funding.markLiftSharePaid": {
      const payment = label(SHARE_PAYMENT_LABELS, a.payment);
      return a.payment === "UNPAID"
        ? { zh: `撤销一户电梯分摊的缴纳登记(${yuan(a.fen)})`, en: `Undid a lift share payment (${yuan(a.fen)})` }
        : {
            zh: `登记一户电梯分摊${payment.zh}:${yuan(a.fen)}`,
            en: `Recorded a lift share as ${payment.en}: ${yuan(a.fen)}`,
          };
    }
    default:
      return { zh: action, en: action };
  }
}
