import { describe, expect, it } from "vitest";
import { A4, cells, cutMarks, LETTERS_PER_PAGE, pageCount, paginate } from "./layout";

describe("letter layout", () => {
  it("puts four letters on an A4 sheet, the last sheet short", () => {
    expect(LETTERS_PER_PAGE).toBe(4);
    const pages = paginate(Array.from({ length: 10 }, (_, i) => i));
    expect(pages.map((p) => p.length)).toEqual([4, 4, 2]);
    expect(pages.flat()).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(pageCount(10)).toBe(3);
    expect(pageCount(1000)).toBe(250);
    expect(pageCount(0)).toBe(0);
    expect(paginate([])).toEqual([]);
  });

  it("refuses a page size that is not a positive whole number", () => {
    expect(() => paginate([1], 0)).toThrow();
    expect(() => paginate([1], 1.5)).toThrow();
  });

  it("tiles the sheet exactly, without overlap", () => {
    const grid = cells();
    expect(grid).toHaveLength(4);
    expect(grid.reduce((sum, c) => sum + c.widthMm * c.heightMm, 0)).toBeCloseTo(A4.widthMm * A4.heightMm, 6);
    expect(grid.map((c) => [c.xMm, c.yMm])).toEqual([
      [0, 0],
      [105, 0],
      [0, 148.5],
      [105, 148.5],
    ]);
  });

  it("marks both cut lines at both edges of the sheet", () => {
    const marks = cutMarks();
    expect(marks).toHaveLength(4);
    expect(marks.filter((m) => m.x1Mm === 105 && m.x2Mm === 105).map((m) => [m.y1Mm, m.y2Mm])).toEqual([
      [0, 5],
      [292, 297],
    ]);
    expect(marks.filter((m) => m.y1Mm === 148.5 && m.y2Mm === 148.5).map((m) => [m.x1Mm, m.x2Mm])).toEqual([
      [0, 5],
      [205, 210],
    ]);
  });
});
