import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import { E2E_PUBLIC_URL } from "./tests/e2e/public-url";

/**
 * The browser: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download.
 * With none of them the run stops here with instructions — it never skips silently.
 */
function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    if (existsSync(chromium.executablePath())) return undefined; // Playwright's own browser
  } catch {
    // not installed
  }
  throw new Error(
    [
      "找不到 Chromium 浏览器,无法运行浏览器测试。/ No Chromium found for the browser tests.",
      "  Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk",
      "  or: npx playwright install chromium",
      "  or set CHROMIUM_PATH to a Chromium/Chrome executable.",
    ].join("\n"),
  );
}

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `http://localhost:${PORT}/api/health`,
    // PUBLIC_URL differs from the browser's address, so the letters' tests see which one is printed.
    // I18N_STRICT: a page that asks for a key the catalogue lacks fails (src/i18n/request.ts).
    env: { PORT: String(PORT), PUBLIC_URL: E2E_PUBLIC_URL, I18N_STRICT: "1" },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
