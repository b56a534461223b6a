import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { dueDayNote, periodEndNote } from "@/lib/china-calendar";
import { CalendarNote } from "./calendar-note";

const html = (props: Parameters<typeof CalendarNote>[0]) => renderToStaticMarkup(createElement(CalendarNote, props));

describe("the note beside a date counted in working days", () => {
  it("says Monday to Friday for a due day in a year the calendar does not know, in the page's language", () => {
    expect(html({ dueOn: new Date("2099-10-08T00:00:00Z"), locale: "zh" })).toContain(
      "该年度法定节假日安排尚未公布,按周一至周五计算",
    );
    expect(html({ dueOn: new Date("2099-10-08T00:00:00Z"), locale: "en" })).toContain("counted Monday to Friday");
  });

  it("says nothing for a known year", () => {
    expect(html({ dueOn: new Date("2026-10-09T00:00:00Z"), locale: "zh" })).toBe("");
    expect(dueDayNote(new Date("2026-12-31T00:00:00Z"))).toBeNull();
  });

  it("judges a period by its last day in China: ending at midnight of 1 January is still the old year", () => {
    // 2027-01-01 00:00 in China is 2026-12-31 16:00 UTC: the last day counted is 31 December 2026.
    expect(periodEndNote(new Date("2026-12-31T16:00:00Z"))).toBeNull();
    expect(html({ endsAt: new Date("2099-01-08T16:00:00Z"), locale: "zh" })).toContain("按周一至周五计算");
    expect(html({ locale: "zh" })).toBe("");
  });
});
