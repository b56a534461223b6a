import { describe, expect, it } from "vitest";
import { checkIdNumber, checkPhone, idCheckCharacter, idLast4, maskName, maskPhone, ownerKeyOf } from "./owner-id";

// 11010519491231002X is the standard's own example; the others are made with their check digit.
const withCheck = (first17: string) => first17 + idCheckCharacter(first17);

describe("ID-card number", () => {
  it("accepts the GB 11643 example with X, also typed with a lower-case x and spaces", () => {
    expect(checkIdNumber("11010519491231002X")).toEqual({ ok: true, id: "11010519491231002X" });
    expect(checkIdNumber(" 110105 19491231 002x ")).toEqual({ ok: true, id: "11010519491231002X" });
  });
  it("accepts a number with a digit check character", () => {
    const id = withCheck("50010319800101123");
    expect(id).toBe("500103198001011238"); // worked by hand: weighted sum 147, 147 mod 11 = 4 → "8"
    expect(checkIdNumber(id).ok).toBe(true);
  });
  it("refuses a wrong check character", () => {
    expect(checkIdNumber("110105194912310021")).toEqual({ ok: false, message: "身份证号校验位不符,请逐位核对" });
    expect(checkIdNumber("500103198001011233").ok).toBe(false);
  });
  it("refuses a date of birth that does not exist or lies ahead", () => {
    const feb30 = withCheck("50010319800230123");
    expect(checkIdNumber(feb30)).toEqual({ ok: false, message: "身份证号中的出生日期19800230不存在" });
    expect(checkIdNumber(withCheck("50010320990101123"), new Date("2026-12-01")).ok).toBe(false);
  });
  it("refuses wrong length, letters and an X anywhere but last", () => {
    expect(checkIdNumber("5001031980010112").ok).toBe(false);
    expect(checkIdNumber("50010319800101X233").ok).toBe(false);
    expect(checkIdNumber("").ok).toBe(false);
  });
});

describe("owner key", () => {
  const id = "11010519491231002X";
  it("is the same for the same number and secret, and differs with the secret or the number", () => {
    expect(ownerKeyOf(id, "secret-a")).toBe(ownerKeyOf(id, "secret-a"));
    expect(ownerKeyOf(id, "secret-a")).not.toBe(ownerKeyOf(id, "secret-b"));
    expect(ownerKeyOf(id, "secret-a")).not.toBe(ownerKeyOf(withCheck("50010319800101123"), "secret-a"));
  });
  it("never contains the number or any run of its digits", () => {
    const key = ownerKeyOf(id, "secret-a");
    expect(key).toMatch(/^o1_[A-Za-z0-9_-]{43}$/);
    expect(key).not.toContain(id.slice(0, 6));
    expect(key).not.toContain("19491231");
    expect(idLast4(id)).toBe("002X");
  });
});

describe("masking", () => {
  it("masks names keeping the first and last character", () => {
    expect(maskName("张三英")).toBe("张*英");
    expect(maskName("张三")).toBe("张*");
    expect(maskName("欧阳娜娜")).toBe("欧**娜");
    expect(maskName("李")).toBe("*");
  });
  it("masks phones", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("023-63851234")).toBe("*******1234");
    expect(maskPhone(null)).toBe("");
  });
  it("checks phones", () => {
    expect(checkPhone("138 1234 5678")).toEqual({ ok: true, phone: "13812345678" });
    expect(checkPhone("023-63851234").ok).toBe(true);
    expect(checkPhone("12345").ok).toBe(false);
  });
});
