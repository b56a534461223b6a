// The words of one binding letter, shared by the print page and the PDF so both say the same.
// Pure: dates are formatted in China time here.
import { formatBindingCode } from "../codes";

export type LetterContext = {
  district: string;
  neighborhood: string;
  project: string | null;
  ballot: { opensAt: Date; closesAt: Date } | null;
  contactPhone: string | null;
  address: string;
};

export type LetterDwelling = { building: string; unit: string; room: string; code: string };

const chinaTime = (d: Date) =>
  d.toLocaleString("zh-CN", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  });

const LETTER_STEPS = ["扫码或在浏览器输入网址", "输入绑定码、手机号、设置密码", "进入后查看表决事项并投票"] as const;

const LETTER_STEPS_EN =
  "Scan or open the address · enter the code, your mobile number and a password · read the items and vote.";

export function letterText(ctx: LetterContext, d: LetterDwelling) {
  return {
    heading: "老旧小区改造 居民表决绑定信",
    place: `${ctx.district} · ${ctx.neighborhood}`,
    project: `改造项目:${ctx.project ?? "(待定)"}`,
    dwelling: `${d.building}${d.unit} ${d.room} 室 业主:`,
    period: ctx.ballot
      ? `表决时间:${chinaTime(ctx.ballot.opensAt)} 至 ${chinaTime(ctx.ballot.closesAt)}`
      : "表决时间:另行通知",
    address: ctx.address,
    code: formatBindingCode(d.code),
    steps: LETTER_STEPS.map((s, i) => `${i + 1}. ${s}`),
    stepsEn: LETTER_STEPS_EN,
    note: "绑定码只能使用一次,请勿交给他人。已有账号的,登录后在“绑定房屋”中输入。",
    contact: `社区联系电话:${ctx.contactPhone ?? "请咨询社区居委会"}`,
  };
}
