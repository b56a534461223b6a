// Audit-log entries of a project in plain words for its history list.
import { MANAGEMENT_LABELS, REVIEW_CONCLUSION_LABELS, STAGE_LABELS } from "@/lib/labels";

type Json = Record<string, unknown> | null;
type Text = { zh: string; en: string };

const str = (v: unknown) => (typeof v === "string" ? v : v === null || v === undefined ? "" : JSON.stringify(v));
const day = (v: unknown) => str(v).slice(0, 10);
const lookup = <K extends string>(labels: Record<K, Text>, key: unknown): Text =>
  labels[key as K] ?? { zh: str(key), en: str(key) };

export function describeHistory(action: string, before: Json, after: Json): Text {
  const a = after ?? {};
  switch (action) {
    case "project.create":
      return {
        zh: `创建项目“${str(a.name)}”(${str(a.year)}年度),纳入项目储备库`,
        en: `Created “${str(a.name)}” (${str(a.year)}) in the reserve`,
      };
    case "project.advanceStage": {
      const from = lookup(STAGE_LABELS, before?.stage);
      const to = lookup(STAGE_LABELS, a.stage);
      const note = str(a.note);
      return {
        zh: `阶段由“${from.zh}”推进到“${to.zh}”${note ? `:${note}` : ""}`,
        en: `Stage moved from ${from.en} to ${to.en}${note ? `: ${note}` : ""}`,
      };
    }
    case "project.addDesignReview": {
      const c = lookup(REVIEW_CONCLUSION_LABELS, a.conclusion);
      return {
        zh: `登记方案设计专家评审(${day(a.reviewedOn)},${str(a.experts)}):${c.zh}`,
        en: `Recorded a design review (${day(a.reviewedOn)}): ${c.en}`,
      };
    }
    case "project.addMilestone":
      return {
        zh: `新增进度节点“${str(a.name)}”,计划 ${day(a.plannedEnd)} 完成`,
        en: `Added milestone “${str(a.name)}”, due ${day(a.plannedEnd)}`,
      };
    case "project.updateMilestone":
      return {
        zh: `更新进度节点“${str(a.name)}”:进度 ${str(before?.progress)}% → ${str(a.progress)}%${a.actualEnd ? `,实际完成 ${day(a.actualEnd)}` : ""}`,
        en: `Updated milestone “${str(a.name)}”: ${str(before?.progress)}% → ${str(a.progress)}%${a.actualEnd ? `, finished ${day(a.actualEnd)}` : ""}`,
      };
    case "project.uploadEvidence":
      return {
        zh: `上传${a.kind === "PHOTO" ? "照片" : "文件"}“${str(a.fileName)}”${a.caption ? `(${str(a.caption)})` : ""}`,
        en: `Uploaded ${a.kind === "PHOTO" ? "photo" : "document"} “${str(a.fileName)}”`,
      };
    case "project.setManagementModel": {
      const m = lookup(MANAGEMENT_LABELS, a.managementModel);
      return { zh: `登记长效管理模式:${m.zh}`, en: `Recorded the management model: ${m.en}` };
    }
    case "project.addItem":
      return {
        zh: `增加改造内容“${str(a.name)}”${a.unit ? `(${str(a.unit)})` : ""}${a.decisionNote ? `(${str(a.decisionNote)})` : ""}`,
        en: `Added item “${str(a.name)}”${a.unit ? ` (${str(a.unit)})` : ""}`,
      };
    case "project.dropItem":
      return {
        zh: `取消改造内容“${str(before?.name)}”:${str(a.reason)}`,
        en: `Dropped item “${str(before?.name)}”: ${str(a.reason)}`,
      };
    case "departmentTask.route": {
      const created = Array.isArray(a.created) ? a.created.length : 0;
      const cancelled = Array.isArray(a.cancelled) ? a.cancelled.length : 0;
      const reopened = Array.isArray(a.reopened) ? a.reopened.length : 0;
      const parts = [
        created ? `新分派 ${created} 项` : "",
        reopened ? `重新开启 ${reopened} 项` : "",
        cancelled ? `撤销 ${cancelled} 项` : "",
      ].filter(Boolean);
      return {
        zh: `市级部门任务:${parts.join(",")}`,
        en: `Department tasks: ${created} routed, ${reopened} reopened, ${cancelled} cancelled`,
      };
    }
    default:
      return { zh: action, en: action };
  }
}
