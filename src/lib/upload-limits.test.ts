import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config";
import {
  bodyVerdict,
  fileTooLargeMessage,
  MAX_REQUEST_BODY,
  requestBodyLimit,
  streamExceeds,
  tooLargeMessage,
  UPLOAD_LIMITS,
} from "./upload-limits";

const MB = 1024 * 1024;
const verdict = (
  pathname: string,
  contentLength: string | null,
  transferEncoding: string | null = null,
  method = "POST",
) => bodyVerdict({ method, pathname, contentLength, transferEncoding });

describe("request body limits", () => {
  it("give import routes their workbook's limit and every other write the largest file's", () => {
    expect(requestBodyLimit("POST", "/district/plans/abc/import")).toEqual({
      kind: "workbook",
      bytes: UPLOAD_LIMITS.workbook + MB,
    });
    expect(requestBodyLimit("POST", "/district/neighborhoods/abc/import")).toEqual({
      kind: "workbook",
      bytes: 11 * MB,
    });
    expect(requestBodyLimit("POST", "/admin/accounts/import/upload")).toEqual({
      kind: "accountWorkbook",
      bytes: 6 * MB,
    });
    expect(requestBodyLimit("POST", "/district/consultations/x/paper")).toEqual({
      kind: "form",
      bytes: MAX_REQUEST_BODY,
    });
    expect(MAX_REQUEST_BODY).toBe(21 * MB);
    expect(requestBodyLimit("GET", "/district/plans/abc/import")).toBeNull();
  });

  it("refuse from the declared length alone, and count a body that declares none", () => {
    expect(verdict("/district/projects/p", String(25 * MB))).toMatchObject({ action: "refuse", size: 25 * MB });
    expect(verdict("/district/projects/p", String(15 * MB))).toEqual({ action: "pass" });
    expect(verdict("/district/plans/p/import", String(15 * MB))).toMatchObject({
      action: "refuse",
      limit: { kind: "workbook" },
    });
    expect(verdict("/district/projects/p", "abc")).toMatchObject({ action: "refuse" });
    expect(verdict("/district/projects/p", null, "chunked")).toMatchObject({
      action: "count",
      limit: { bytes: MAX_REQUEST_BODY },
    });
    expect(verdict("/district/projects/p", null, null)).toEqual({ action: "pass" });
    expect(verdict("/district/projects/p", String(25 * MB), null, "GET")).toEqual({ action: "pass" });
  });

  it("are what Next.js lets through: the actions' limit exactly, the proxy's copy a little more", () => {
    const experimental = nextConfig.experimental as {
      serverActions: { bodySizeLimit: number };
      proxyClientMaxBodySize: number;
    };
    expect(experimental.serverActions.bodySizeLimit).toBe(MAX_REQUEST_BODY);
    expect(experimental.proxyClientMaxBodySize).toBeGreaterThan(MAX_REQUEST_BODY);
  });

  it("say in Chinese first what was sent, the limit and what to do", () => {
    expect(tooLargeMessage({ kind: "form", bytes: MAX_REQUEST_BODY }, 25 * MB).zh).toBe(
      "文件过大(本次 25 MB),上限为 20 MB。请压缩后重新上传,或分成几个文件上传。未保存任何内容。",
    );
    expect(fileTooLargeMessage("workbook", 10.5 * MB).zh).toBe(
      "文件过大(本次 10.5 MB),上限为 10 MB。请分批导入。未保存任何内容。",
    );
    expect(fileTooLargeMessage("image", 11 * MB).en).toContain("the limit is 10 MB");
  });
});

describe("streamExceeds", () => {
  const stream = (chunks: number[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const n of chunks) controller.enqueue(new Uint8Array(n));
        controller.close();
      },
    });
  it("stops reading once past the limit", async () => {
    expect(await streamExceeds(stream([400, 400, 400]), 1000)).toBe(true);
    expect(await streamExceeds(stream([400, 600]), 1000)).toBe(false);
    expect(await streamExceeds(null, 1000)).toBe(false);
  });
});
