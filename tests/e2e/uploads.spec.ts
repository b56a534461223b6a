// Uploads over their limit, against the real server: refused from the headers (or while counting
// a body without a length) with a Chinese message, never a 500, and the page keeps what was typed.
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const MB = 1024 * 1024;
const PORT = Number(process.env.E2E_PORT ?? 3100);

/** A multipart body of `size` bytes with one file field. */
function multipart(size: number): { body: Buffer; contentType: string } {
  const boundary = "----renewfaults";
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const filler = Buffer.alloc(size - head.length - tail.length, 0x41);
  return { body: Buffer.concat([head, filler, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

test("a 25 MB body is refused before it is read: 413 with the limit in Chinese, for actions, forms and imports", async ({
  request,
}) => {
  const { body, contentType } = multipart(25 * MB);
  // A server action called by React (its id is not even looked at: the size decides first).
  const action = await request.post("/district/projects", {
    headers: { "content-type": contentType, "next-action": "0".repeat(42) },
    data: body,
  });
  expect(action.status()).toBe(413);
  expect(action.headers()["content-type"]).toBe("text/plain");
  expect(await action.text()).toContain("文件过大(本次 25 MB),上限为 20 MB。");

  // The same form posted without JavaScript: a page that says so.
  const page = await request.post("/district/projects", {
    headers: { "content-type": contentType, accept: "text/html", "sec-fetch-mode": "navigate" },
    data: body,
  });
  expect(page.status()).toBe(413);
  expect(await page.text()).toContain("文件过大,未上传");

  // An import route has its workbook's own, smaller limit.
  const sheet = multipart(12 * MB);
  const imported = await request.post("/district/plans/anything/import", {
    headers: { "content-type": sheet.contentType },
    data: sheet.body,
  });
  expect(imported.status()).toBe(413);
  expect(await imported.json()).toMatchObject({
    ok: false,
    code: "TOO_LARGE",
    error: expect.stringContaining("上限为 10 MB。请分批导入。"),
  });
});

test("a body without a declared length is counted as it arrives and refused past the limit", async () => {
  const { body, contentType } = multipart(25 * MB);
  const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: "localhost",
        port: PORT,
        path: "/district/projects",
        method: "POST",
        headers: { "content-type": contentType, "transfer-encoding": "chunked", "next-action": "0".repeat(42) },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    // The server may answer and close before everything is sent.
    req.on("error", (error) => reject(error));
    let offset = 0;
    const pump = () => {
      while (offset < body.length) {
        const chunk = body.subarray(offset, offset + 256 * 1024);
        offset += chunk.length;
        if (!req.write(chunk)) return req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
  expect(answer.status).toBe(413);
  expect(answer.text).toContain("文件过大,上限为 20 MB");
});

test("a district official attaching a 25 MB document sees the limit at the form, with the caption still typed", async ({
  page,
}) => {
  await signIn(page, "district.yuzhong");
  await expect(page).toHaveURL(/\/district$/);
  await page.goto("/district/projects");
  await page.getByRole("link", { name: "七星岗片区老旧小区改造" }).first().click();
  const upload = page.getByTestId("upload-evidence");
  await upload.getByLabel(/^文件/).setInputFiles({
    name: "竣工图纸.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(25 * MB)]),
  });
  await upload.getByLabel("说明").fill("竣工图纸全套");
  await upload.getByRole("button", { name: "上传" }).click();
  await expect(upload.getByRole("alert")).toContainText("文件过大(本次 25 MB),上限为 20 MB。");
  await expect(upload.getByLabel("说明")).toHaveValue("竣工图纸全套");
  await expect(page.getByTestId("evidence")).not.toContainText("竣工图纸全套");
});
