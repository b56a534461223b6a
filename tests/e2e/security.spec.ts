import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const EXPECTED = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

function checkHeaders(headers: Record<string, string>, where: string) {
  for (const [name, value] of Object.entries(EXPECTED)) expect(headers[name], `${name} on ${where}`).toBe(value);
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, where).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(headers["permissions-policy"], where).toContain("camera=()");
  // Served over plain http here: no HSTS (it is sent when NEXTAUTH_URL is https).
  expect(headers["strict-transport-security"], where).toBeUndefined();
}

test("every route group answers with the security headers and a fresh script nonce", async ({ page, request }) => {
  for (const path of ["/login", "/progress", "/b", "/api/v1/public/progress?year=2026", "/api/health"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    checkHeaders(response.headers(), path);
  }
  const first = (await request.get("/login")).headers()["content-security-policy"];
  const second = (await request.get("/login")).headers()["content-security-policy"];
  expect(first).not.toBe(second);

  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/.test(message.text()))
      errors.push(message.text());
  });
  await signIn(page, "commission");
  await expect(page).toHaveURL(/\/commission$/);
  for (const path of ["/commission", "/district/projects", "/account"]) {
    const response = await page.goto(path);
    checkHeaders(response!.headers(), path);
  }
  // The page's own scripts carry the nonce, so nothing was refused.
  const nonce = await page.locator("script[nonce]").first().getAttribute("nonce");
  expect(nonce).not.toBeNull();
  expect(errors).toEqual([]);
});

test("a write from another site is refused with 403 (route handlers and server actions alike)", async ({ request }) => {
  const importRoute = await request.post("/district/neighborhoods/some-id/import", {
    headers: { Origin: "http://evil.example" },
    multipart: { file: { name: "x.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK") } },
  });
  expect(importRoute.status()).toBe(403);
  expect((await importRoute.json()).error).toContain("来自其他网站的请求已被拒绝");

  const action = await request.post("/login", {
    headers: { Origin: "http://evil.example", "Next-Action": "0000000000000000000000000000000000000000" },
    data: "[]",
  });
  expect(action.status()).toBe(403);
});
