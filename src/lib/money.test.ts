import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AREA,
  formatFixed,
  normalizeTyped,
  parseAmount,
  readDecimal,
  refusalMessage,
  roundScaled,
  WAN,
  wanInput,
  YUAN,
  yuanInput,
  yuanText,
} from "./money";
import { translateMessage } from "./i18n/translate";

const value = (text: string | number, unit = YUAN) => {
  const parsed = parseAmount(text, unit);
  return parsed.ok ? parsed.value : parsed.refusal;
};

describe("parseAmount: what may be typed", () => {
  it.each([
    ["0", 0n],
    ["12", 1200n],
    ["12.5", 1250n],
    ["12.05", 1205n],
    ["  12.50 ", 1250n],
    ["+12", 1200n],
    ["12,345.67", 1_234_567n],
    ["1,234,567", 123_456_700n],
    ["００７", 700n],
    ["１２，３４５．６", 1_234_560n],
    ["＋１", 100n],
  ] as const)("reads %j as %s fen", (text, fen) => {
    expect(value(text)).toBe(fen);
  });

  it.each([
    "",
    " ",
    "abc",
    "−1",
    "-x",
    "--1",
    "1e3",
    "1E3",
    ".5",
    "5.",
    "1.2.3",
    "1,2345",
    "12,34",
    ",123",
    "123,",
    "1,234,56",
    "1 234",
    "0x10",
    "Infinity",
    "NaN",
    "¥12",
    "12元",
    "++1",
  ])("refuses %j as no plain decimal", (text) => {
    expect(value(text)).toBe("format");
  });

  it("says a negative number is negative, typed or not", () => {
    expect(value("-1")).toBe("negative");
    expect(value(" -12,345.6 ")).toBe("negative");
    expect(value("－１")).toBe("negative");
    expect(value(-1)).toBe("negative");
  });

  it("refuses a third decimal, even a zero: the rule is what was written", () => {
    expect(value("12.345")).toBe("decimals");
    expect(value("12.500")).toBe("decimals");
    expect(value("0.001", AREA)).toBe("decimals");
  });

  it("holds YUAN to 13 whole digits, WAN to 9 and AREA to 12; leading zeros do not count", () => {
    expect(value("9999999999999.99")).toBe(999_999_999_999_999n);
    expect(value("10000000000000")).toBe("digits");
    expect(value("0009999999999999")).toBe(999_999_999_999_900n);
    expect(value("999999999.999999", WAN)).toBe(999_999_999_999_999n);
    expect(value("1000000000", WAN)).toBe("digits");
    expect(value("999999999999.99", AREA)).toBe(99_999_999_999_999n);
    expect(value("1000000000000", AREA)).toBe("digits");
  });

  it("reads 万元 to whole fen: 0.000001 万元 is 1 fen, a seventh decimal is refused", () => {
    expect(value("0.000001", WAN)).toBe(1n);
    expect(value("1,200.5", WAN)).toBe(1_200_500_000n);
    expect(value("0.0000001", WAN)).toBe("decimals");
  });

  it("takes a number by its shortest text, so a float's artefact is refused, never rounded", () => {
    expect(value(12.5)).toBe(1250n);
    expect(value(0.07)).toBe(7n);
    expect(value(0.1 + 0.2)).toBe("decimals");
    expect(value(1.005 * 100)).toBe("decimals");
    expect(value(1e21)).toBe("format");
    expect(value(1e-7)).toBe("format");
    expect(value(Number.NaN)).toBe("format");
    expect(value(Number.POSITIVE_INFINITY)).toBe("format");
  });
});

describe("readDecimal: machine text only", () => {
  it("reads decimals exactly and refuses everything a person might add", () => {
    expect(readDecimal("87.35")).toEqual({ int: 8735n, scale: 2 });
    expect(readDecimal(" 12.5 ")).toEqual({ int: 125n, scale: 1 });
    expect(readDecimal(1.2)).toEqual({ int: 12n, scale: 1 });
    for (const bad of ["+3", "1,5", "1e2", "-1", ".5", "5.", "", "１"]) expect(readDecimal(bad)).toBeNull();
    expect(readDecimal(-0.5)).toBeNull();
  });
});

describe("normalizeTyped", () => {
  it("gives machine text or null", () => {
    expect(normalizeTyped(" ＋１２，３４５．６ ")).toBe("12345.6");
    expect(normalizeTyped("1,2345")).toBeNull();
  });
});

describe("formatting", () => {
  it("formats fen as yuan, grouped or not, with a sign", () => {
    expect(yuanText(123_456n)).toBe("1,234.56");
    expect(yuanText(123_456n, false)).toBe("1234.56");
    expect(yuanText(-5n)).toBe("-0.05");
    expect(yuanText(0n)).toBe("0.00");
    expect(yuanInput(0n)).toBe("0");
    expect(yuanInput(150n)).toBe("1.50");
    expect(yuanText(999_999_999_999_999n)).toBe("9,999,999,999,999.99");
  });

  it("formats 万元 without trailing zeros", () => {
    expect(wanInput(1_200_500_000n)).toBe("1200.5");
    expect(wanInput(10_000n)).toBe("0.01");
    expect(wanInput(1n)).toBe("0.000001");
    expect(wanInput(0n)).toBe("0");
  });

  it("rounds halves away from zero", () => {
    expect(roundScaled(1_234_565_000n, 6, 2)).toBe(123_457n);
    expect(roundScaled(1_234_564_999n, 6, 2)).toBe(123_456n);
    expect(roundScaled(-1_234_565_000n, 6, 2)).toBe(-123_457n);
    expect(formatFixed(123_400n, 4, { trim: true })).toBe("12.34");
  });
});

describe("round trips (property)", () => {
  const fen = fc.bigInt({ min: 0n, max: 10n ** 15n - 1n });

  it("parse(format(x)) === x for yuan, grouped or not, and for 万元 and m²", () => {
    fc.assert(
      fc.property(fen, fc.boolean(), (x, grouping) => {
        expect(value(yuanText(x, grouping))).toBe(x);
        expect(value(yuanInput(x))).toBe(x);
        expect(value(wanInput(x), WAN)).toBe(x);
        const area = x % 10n ** 14n; // AREA's 12 whole digits
        expect(value(formatFixed(area, 2, { grouping }), AREA)).toBe(area);
      }),
    );
  });

  it("reads full-width text as its ASCII form", () => {
    const fullWidth = (text: string) => text.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fen, (x) => {
        expect(value(fullWidth(yuanText(x)))).toBe(x);
      }),
    );
  });

  it("never rounds: a number with more than two decimals is refused, one with at most two read exactly", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e12, noNaN: true }), (n) => {
        const parsed = parseAmount(n, YUAN);
        const text = String(n);
        const decimals = text.includes(".") ? text.split(".")[1]!.length : 0;
        if (text.includes("e")) expect(parsed).toEqual({ ok: false, refusal: "format" });
        else if (decimals > 2) expect(parsed).toEqual({ ok: false, refusal: "decimals" });
        else expect(parsed.ok && yuanText(parsed.value, false)).toBe(n.toFixed(2));
      }),
    );
  });

  it("a sum of amounts parsed one by one is exact, where the floats drift", () => {
    fc.assert(
      fc.property(fc.array(fen, { minLength: 1, maxLength: 20 }), (xs) => {
        const total = xs.map((x) => value(yuanText(x)) as bigint).reduce((a, b) => a + b, 0n);
        expect(total).toBe(xs.reduce((a, b) => a + b, 0n));
      }),
    );
  });
});

describe("refusalMessage", () => {
  it("says each reason in both languages, each half in its own", () => {
    for (const refusal of ["format", "decimals", "digits", "negative"] as const) {
      const message = refusalMessage(refusal, YUAN, "validation.fields.plannedAmount");
      expect(translateMessage(message, "zh")).toMatch(/^计划金额/);
      expect(translateMessage(message, "en")).toMatch(/^The planned amount/);
      expect(translateMessage(message, "en")).not.toMatch(/\p{Script=Han}/u);
    }
    expect(translateMessage(refusalMessage("decimals", WAN, "validation.fields.investment"), "zh")).toBe(
      "投资最多六位小数(单位:万元)",
    );
  });
});
