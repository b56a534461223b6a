// The interface's words live in the catalogues messages/zh.json and messages/en.json (next-intl;
// see src/i18n/request.ts). What stays here is for wording that is data, not interface: a record
// or a table that carries both languages.
import type { Locale } from "./locale";

<<<<<<< HEAD
/** Picks the wording for the locale from a pair that is data (labels of enums, stored names). */
=======
const zh = {
  "app.name": "重庆市老旧小区改造与社区服务提升管理平台",
  "app.shortName": "老旧小区改造平台",
  "nav.home": "首页",
  "nav.signOut": "退出登录",
  "nav.language": "English",
  "nav.skip": "跳到主要内容",
  "role.ADMIN": "系统管理员",
  "role.COMMISSION": "市住房城乡建委",
  "role.DISTRICT": "区县住房城乡建设部门",
  "role.DEPARTMENT": "市级部门",
  "role.RESIDENT": "居民",
  "login.title": "登录",
  "login.subtitle": "城镇老旧小区改造和社区服务提升(渝府办发〔2021〕82号)",
  "login.username": "用户名",
  "login.password": "密码",
  "login.submit": "登录",
  "login.submitting": "正在登录…",
  "login.error.INVALID": "用户名或密码不正确。",
  "login.error.THROTTLED": "登录失败次数过多,为保护账号已暂停登录,请 15 分钟后再试。",
  "login.error.DISABLED": "该账号已停用,请联系管理员(居民请联系社区)。",
  "login.error.MISSING": "请输入用户名和密码。",
  "login.error.GENERIC": "暂时无法登录,请稍后再试。",
  "login.error.DELAYED": "该账号近期登录失败次数较多,为保护账号请 {seconds} 秒后再试。",
  "login.signedOut": "您已安全退出。",
  "login.firstTime": "第一次使用?居民请凭社区发的信件上的绑定码注册",
  "health.ok": "正常",
  "common.none": "暂无",
  "common.total": "合计",
  "common.view": "查看",
  "common.save": "保存",
  "common.saving": "正在保存…",
  "common.saved": "已保存。",
  "common.back": "返回",
} as const;

type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  "app.name": "Chongqing Old Neighbourhood Renewal & Community Services Platform",
  "app.shortName": "Neighbourhood Renewal",
  "nav.home": "Home",
  "nav.signOut": "Sign out",
  "nav.language": "中文",
  "nav.skip": "Skip to main content",
  "role.ADMIN": "System administrator",
  "role.COMMISSION": "Municipal Housing Commission",
  "role.DISTRICT": "District housing office",
  "role.DEPARTMENT": "Municipal department",
  "role.RESIDENT": "Resident",
  "login.title": "Sign in",
  "login.subtitle": "Old urban neighbourhood renewal and community services (Yufubanfa [2021] No. 82)",
  "login.username": "Username",
  "login.password": "Password",
  "login.submit": "Sign in",
  "login.submitting": "Signing in…",
  "login.error.INVALID": "Wrong username or password.",
  "login.error.THROTTLED": "Too many failed attempts. Sign-in is paused to protect the account; please try again in 15 minutes.",
  "login.error.DISABLED": "This account is disabled. Please contact the administrator.",
  "login.error.MISSING": "Please enter your username and password.",
  "login.error.GENERIC": "Signing in is not possible right now. Please try again later.",
  "login.error.DELAYED": "This account has had many failed sign-ins recently. To protect it, please try again in {seconds} seconds.",
  "login.signedOut": "You have signed out.",
  "login.firstTime": "First time here? Residents register with the binding code on the community's letter",
  "health.ok": "OK",
  "common.none": "None",
  "common.total": "Total",
  "common.view": "View",
  "common.save": "Save",
  "common.saving": "Saving…",
  "common.saved": "Saved.",
  "common.back": "Back",
};

const dictionaries: Record<Locale, Record<MessageKey, string>> = { zh, en };

export type Translate = (key: MessageKey) => string;

export function translator(locale: Locale): Translate {
  return (key) => dictionaries[locale][key];
}

/** Picks the wording for the locale from an inline pair, for text that lives beside its feature. */
>>>>>>> main
export function pick(locale: Locale, text: { zh: string; en: string }): string {
  return text[locale];
}
