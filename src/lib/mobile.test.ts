import { describe, expect, it } from "vitest";
import { maskMobile, normalizeMobile } from "@/lib/mobile";

describe("mobile numbers", () => {
  it("accepts mainland numbers typed with spaces, dashes or +86", () => {
    expect(normalizeMobile("13812345678")).toBe("13812345678");
    expect(normalizeMobile(" 138 1234 5678 ")).toBe("13812345678");
    expect(normalizeMobile("138-1234-5678")).toBe("13812345678");
    expect(normalizeMobile("+86 199 0000 1111")).toBe("19900001111");
    expect(normalizeMobile("１３８　1234　5678")).toBe("13812345678");
  });

  it("refuses what is not a mobile number", () => {
    expect(normalizeMobile("")).toBeNull();
    expect(normalizeMobile("12812345678")).toBeNull(); // second digit 2
    expect(normalizeMobile("1381234567")).toBeNull(); // 10 digits
    expect(normalizeMobile("138123456789")).toBeNull(); // 12 digits
    expect(normalizeMobile("023-63851234")).toBeNull(); // a landline
    expect(normalizeMobile("ABCD-EFGH-JKMN")).toBeNull();
  });

  it("masks the middle four digits", () => {
    expect(maskMobile("13812345678")).toBe("138****5678");
  });
});
