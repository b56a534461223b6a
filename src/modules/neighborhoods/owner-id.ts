// The owner register's pure rules: the resident ID-card number (GB 11643-1999, 18 characters with
// its ISO 7064 MOD 11-2 check character), the keyed owner key kept instead of the number, and the
// masking of names and phones for officials who have not opened the record.
import { createHmac } from "node:crypto";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

/** The check character for the first 17 digits. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export type IdCheck = { ok: true; id: string } | { ok: false; message: string };

/**
 * Checks an 18-character ID number: digits, region, date of birth, check character. A lower-case
 * x and spaces are accepted and normalised. `today` bounds the date of birth.
 */
export function checkIdNumber(raw: string, today = new Date()): IdCheck {
  const id = raw.replace(/\s+/g, "").toUpperCase();
  if (!id) return { ok: false, message: "身份证号未填写" };
  if (!/^\d{17}[\dX]$/.test(id))
    return { ok: false, message: `身份证号应为18位,前17位是数字,最后一位是数字或X(现为${id.length}位)` };
  if (!/^[1-8]/.test(id)) return { ok: false, message: "身份证号前两位不是有效的省级行政区划代码" };
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const valid = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  if (!valid || year < 1900 || birth.getTime() > today.getTime())
    return { ok: false, message: `身份证号中的出生日期${id.slice(6, 14)}不存在` };
  if (idCheckCharacter(id.slice(0, 17)) !== id[17]) return { ok: false, message: "身份证号校验位不符,请逐位核对" };
  return { ok: true, id };
}

/**
 * The owner key: HMAC-SHA256 of the normalised number under the server's secret. The same number
 * gives the same key everywhere (one owner counts once); without the secret the key cannot be
 * reversed or recomputed from a guessed number.
 */
export function ownerKeyOf(normalisedId: string, secret: string): string {
  return `o1_${createHmac("sha256", secret).update(`owner-id:${normalisedId}`).digest("base64url")}`;
}

/** The last four characters, kept for display and for checking a person at the counter. */
export const idLast4 = (normalisedId: string) => normalisedId.slice(-4);

/** 张三英 → 张*英, 张三 → 张*, 欧阳娜娜 → 欧**娜. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return "";
  if (chars.length === 1) return "*";
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${"*".repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** 13812345678 → 138****5678; other numbers keep only their last four digits. */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return "";
  const digits = phone.replace(/\D/g, "");
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  if (digits.length <= 4) return "****";
  return `${"*".repeat(digits.length - 4)}${digits.slice(-4)}`;
}

/** A mobile (11 digits from 1) or a landline with area code, e.g. 023-63851234. */
export function checkPhone(raw: string): { ok: true; phone: string } | { ok: false; message: string } {
  const phone = raw.replace(/\s+/g, "");
  if (/^1[3-9]\d{9}$/.test(phone) || /^0\d{2,3}-?\d{7,8}$/.test(phone)) return { ok: true, phone };
  return { ok: false, message: `联系电话应为11位手机号或带区号的固定电话(现为“${raw.slice(0, 30)}”)` };
}
