// What StateForm renders on the server, which is what a browser without JavaScript gets: after a
// refusal the page is rendered again with the answer, so the error must be at its field (the
// control's aria-describedby names it), what was typed must be in the control, and the refusal
// announced; a success shows its words.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { controlProps, FieldError, sentValue } from "./field";
import { StateForm } from "./state-form";
import type { FormState } from "@/lib/form-state";

const never = async (previous: FormState): Promise<FormState> => previous;

function render(initial: FormState, successText?: string): string {
  return renderToStaticMarkup(
    // eslint-disable-next-line react/no-children-prop -- a render prop, which createElement's third argument does not type
    createElement(StateForm, {
      action: never,
      initial,
      submitLabel: "保存",
      pendingLabel: "正在保存…",
      successText,
      testId: "form",
      children: (state: FormState) => [
        createElement("input", {
          key: "input",
          ...controlProps(state, "room"),
          defaultValue: sentValue(state, "room", "1-1"),
        }),
        createElement(FieldError, { key: "error", state, name: "room" }),
      ],
    }),
  );
}

describe("StateForm, rendered on the server", () => {
  it("shows a refusal at its field, with what was typed, and announces it", () => {
    const html = render({
      status: "error",
      message: "未保存。",
      fieldErrors: { room: ["“房号”不能超过20个字。"] },
      values: { room: "太长的房号" },
    });
    expect(html).toContain('id="field-room"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="field-room-error"');
    expect(html).toMatch(/<p id="field-room-error"[^>]*>“房号”不能超过20个字。<\/p>/);
    expect(html).toContain('value="太长的房号"');
    expect(html).toMatch(/<p role="alert"[^>]*>未保存。<\/p>/);
    expect(html).toMatch(/<button type="submit"[^>]*>保存<\/button>/);
  });

  it("starts from the page's values, with nothing marked and nothing announced", () => {
    const html = render({ status: "idle" });
    expect(html).toContain('value="1-1"');
    expect(html).not.toContain("aria-invalid");
    expect(html).not.toContain('role="alert"');
    expect(html).not.toContain('role="status"');
  });

  it("says a success in the form's own words when the answer brings none", () => {
    expect(render({ status: "ok" }, "已保存。")).toMatch(/<p role="status"[^>]*>已保存。<\/p>/);
    expect(render({ status: "ok", message: "已登记 2 位业主。" }, "已保存。")).toContain("已登记 2 位业主。");
    // After a success the control shows the page's value again, not what was sent.
    expect(render({ status: "ok", values: { room: "2-2" } }, "已保存。")).toContain('value="1-1"');
  });
});
