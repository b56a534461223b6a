// An account's audit row in plain words: what was done and which fields changed, from the
// snapshots the actions record (see account-records.ts). Pure, for the history on the page.
import type { Locale } from "@/lib/i18n/locale";
import { roleName } from "@/lib/auth/role-names";
import type { Role } from "@/generated/prisma/enums";

const ACTIONS: Record<string, { zh: string; en: string }> = {
  "account.create": { zh: "创建账号", en: "Account created" },
  "account.update": { zh: "修改资料", en: "Details changed" },
  "account.disable": { zh: "停用账号", en: "Account disabled" },
  "account.enable": { zh: "启用账号", en: "Account enabled" },
  "account.resetPassword": {
    zh: "重置密码(临时密码已当面告知)",
    en: "Password reset (temporary password handed over)",
  },
  "account.signOutEverywhere": { zh: "强制下线", en: "Signed out everywhere" },
};

const FIELDS: Record<string, { zh: string; en: string }> = {
  displayName: { zh: "姓名/单位", en: "Name" },
  phone: { zh: "电话", en: "Phone" },
  role: { zh: "角色", en: "Role" },
  district: { zh: "区县", en: "District" },
  department: { zh: "市级部门", en: "Department" },
  streets: { zh: "街道/乡镇", en: "Streets" },
  active: { zh: "状态", en: "Status" },
  mustChangePassword: { zh: "须修改密码", en: "Must change password" },
};

type Json = unknown;

function show(key: string, value: Json, locale: Locale): string {
  const none = locale === "zh" ? "无" : "none";
  if (value === null || value === undefined || value === "")
    return key === "streets" ? (locale === "zh" ? "全区" : "whole district") : none;
  if (
    key === "role" &&
    typeof value === "string" &&
    ["ADMIN", "COMMISSION", "DISTRICT", "DEPARTMENT", "RESIDENT"].includes(value)
  )
    return roleName(value as Role, locale);
  if (key === "active") return value ? (locale === "zh" ? "启用" : "active") : locale === "zh" ? "停用" : "disabled";
  if (typeof value === "boolean") return value ? (locale === "zh" ? "是" : "yes") : locale === "zh" ? "否" : "no";
  if (Array.isArray(value))
    return value.length ? value.map((v) => show("", v, locale)).join("、") : show(key, null, locale);
  if (typeof value === "object" && value && "name" in value) return String((value as { name: unknown }).name);
  return String(value);
}

const same = (a: Json, b: Json) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function describeAccountAudit(
  entry: { action: string; before: Json; after: Json },
  locale: Locale,
): { title: string; changes: string[] } {
  const title = ACTIONS[entry.action]?.[locale] ?? entry.action;
  const before = (entry.before ?? {}) as Record<string, Json>;
  const after = (entry.after ?? {}) as Record<string, Json>;
  const changes: string[] = [];
  if (entry.action === "account.create") {
    for (const key of ["role", "displayName", "district", "department", "streets", "phone"]) {
      if (key in after && (key !== "streets" || after.role === "DISTRICT") && after[key] !== null)
        changes.push(`${FIELDS[key]![locale]}:${show(key, after[key], locale)}`);
    }
  } else {
    for (const key of Object.keys(FIELDS)) {
      if (!(key in after) || !(key in before) || same(before[key], after[key])) continue;
      changes.push(`${FIELDS[key]![locale]}:${show(key, before[key], locale)} → ${show(key, after[key], locale)}`);
    }
  }
  if (typeof after.sessionsEnded === "number" && after.sessionsEnded > 0) {
    changes.push(
      locale === "zh" ? `结束登录会话 ${after.sessionsEnded} 个` : `${after.sessionsEnded} session(s) ended`,
    );
  }
  if (typeof after.sheetRow === "number")
    changes.push(locale === "zh" ? `Excel 批量导入第 ${after.sheetRow} 行` : `Excel import, row ${after.sheetRow}`);
  return { title, changes };
}
