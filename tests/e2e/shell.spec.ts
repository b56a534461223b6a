import { expect, test } from "@playwright/test";
import { signInAndWait } from "./helpers";

test.describe("without JavaScript, on a phone", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test("an unknown address answers 404 with a Chinese page in the app's frame, and English after switching", async ({
    page,
  }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
    await expect(page.getByRole("link", { name: "重庆市老旧小区改造与社区服务提升管理平台" })).toBeVisible();
    await expect(page).toHaveTitle(/页面不存在/);
    await expect(page.getByText("This page could not be found.")).toHaveCount(0);

    await page.getByRole("button", { name: "English" }).click();
    const english = await page.goto("/no-such-page");
    expect(english?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page could not be found");
    await expect(page).toHaveTitle(/Page not found/);
  });
});

test("a record outside the official's district is the same Chinese 404 page", async ({ page }) => {
  await signInAndWait(page, "district.jiangbei", /\/district$/);
  const response = await page.goto("/district/projects/not-a-project-id");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
});

test("the site has a favicon", async ({ page, request }) => {
  await page.goto("/login");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  // Next.js serves src/app/icon.svg at /icon.svg (with a cache-busting query).
  expect(href).toMatch(/^\/icon\.svg(\?|$)/);
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});
