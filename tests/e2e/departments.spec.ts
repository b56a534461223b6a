// The department journey: a district official adds a lift to a project in joint acceptance, the
// 市市场监管局 inspection task appears in dept.scjgj's queue and completing the project is refused
// naming that department; the officer starts the task and records the result with the
// inspection report; then joint acceptance goes through, and the commission sees the counts.
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const PROJECT = "上清寺片区老旧小区改造";
const TASK = "加装电梯监督检验和使用登记";

test("a lift item routes an inspection to 市市场监管局, whose sign-off lets joint acceptance through", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), "renew-e2e-"));
  const report = path.join(dir, "电梯监督检验报告.pdf");
  await writeFile(report, "%PDF-1.4\n%inspection report\n");
  const acceptance = path.join(dir, "联合验收报告.pdf");
  await writeFile(acceptance, "%PDF-1.4\n%joint acceptance\n");

  // The district adds the lift, decided by the stairwell unit's owners.
  await signIn(page, "district.yuzhong");
  await expect(page).toHaveURL(/\/district$/);
  await page.goto("/district/projects?stage=ACCEPTANCE");
  await page.getByRole("link", { name: PROJECT }).click();
  await expect(page.getByTestId("project-stage")).toHaveText("联合验收");
  const projectUrl = page.url();
  await expect(page.getByTestId("project-tasks")).not.toContainText("市市场监管局");
  const add = page.getByTestId("add-item");
  await add.getByLabel("改造内容").selectOption({ label: "I07 加装电梯(完善类)" });
  await add.getByLabel("数量").fill("1");
  await add.getByLabel("估算费用(元)").fill("450000");
  await add.getByRole("button", { name: "增加改造内容" }).click();
  await expect(add.getByRole("alert")).toContainText("请注明居民表决通过的依据");
  await add.getByLabel(/居民表决依据/).fill("1栋1单元业主表决通过(2026年11月)");
  // A lift is for a stairwell unit: refused without one, at the field.
  await add.getByRole("button", { name: "增加改造内容" }).click();
  await expect(add.getByTestId("error-unitIds")).toContainText("请选择楼栋和至少一个单元");
  await add.locator("input[name=unitIds]:enabled").first().check();
  await add.getByRole("button", { name: "增加改造内容" }).click();
  await expect(add.getByText("已增加。")).toBeVisible();
  const panel = page.getByTestId("project-tasks");
  await expect(panel).toContainText("市市场监管局");
  await expect(panel).toContainText(TASK);
  await expect(page.getByTestId("pending-signoffs")).toContainText("市市场监管局");

  // Completing joint acceptance is refused while the inspection is open, naming the department.
  await page.getByRole("button", { name: "推进到“完成”" }).click();
  await expect(page.getByTestId("advance-stage").getByRole("alert")).toContainText("市市场监管局");
  await expect(page.getByTestId("project-stage")).toHaveText("联合验收");

  // 市市场监管局 sees it in its queue, starts it and records the result with the report.
  await page.context().clearCookies();
  await signIn(page, "dept.scjgj");
  await expect(page).toHaveURL(/\/department$/);
  await page.getByRole("link", { name: "任务办理" }).click();
  const row = page.getByTestId("task-queue").getByRole("row").filter({ hasText: PROJECT });
  await expect(row).toContainText("渝中区");
  await expect(row).toContainText("待办");
  await row.getByRole("link", { name: TASK }).click();
  await expect(page.getByRole("heading", { level: 1, name: TASK })).toBeVisible();
  const taskUrl = page.url();
  await page.getByRole("button", { name: "开始办理" }).click();
  await expect(page.getByTestId("task-status")).toHaveText("办理中");
  const complete = page.getByTestId("complete-task");
  await complete.getByLabel("办理结果").fill("监督检验合格,已办理使用登记。");
  await complete.getByLabel(/^附件/).setInputFiles(report);
  await complete.getByRole("button", { name: "办结" }).click();
  await expect(page.getByTestId("task-status")).toHaveText("已办结");
  await expect(page.getByTestId("task-attachments")).toContainText("电梯监督检验报告.pdf");
  await page.screenshot({ path: "test-results/department-task-done.png", fullPage: true });

  // The district sees the sign-off, uploads the acceptance record, and joint acceptance completes.
  await page.context().clearCookies();
  await signIn(page, "district.yuzhong");
  await expect(page).toHaveURL(/\/district$/);
  await page.goto(projectUrl);
  await expect(page.getByTestId("project-tasks").getByRole("row").filter({ hasText: TASK })).toContainText("已办结");
  await expect(page.getByTestId("pending-signoffs")).toHaveCount(0);
  const upload = page.getByTestId("upload-evidence");
  await upload.getByLabel(/^文件/).setInputFiles(acceptance);
  await upload.getByLabel("说明").fill("联合验收报告");
  await upload.getByRole("button", { name: "上传" }).click();
  await expect(page.getByTestId("evidence")).toContainText("联合验收报告");
  await page.getByRole("button", { name: "推进到“完成”" }).click();
  await expect(page.getByTestId("project-stage")).toHaveText("完成");
  await page.screenshot({ path: "test-results/joint-acceptance-done.png", fullPage: true });

  // The commission's follow-up page counts the department's work; a district official is sent
  // away from the department's task page.
  const response = await page.goto(taskUrl);
  expect(response?.ok()).toBe(true);
  await expect(page).toHaveURL(/\/district$/);
  await page.context().clearCookies();
  await signIn(page, "commission");
  await expect(page).toHaveURL(/\/commission$/);
  await page.getByRole("link", { name: "部门任务督办" }).click();
  const scjgj = page.getByTestId("department-workload").getByRole("row").filter({ hasText: "市市场监管局" });
  await expect(scjgj).toBeVisible();
  await expect(page.getByTestId("overdue-tasks")).toContainText("华新街片区老旧小区改造");
  await page.getByRole("link", { name: "部门职责矩阵" }).click();
  const matrixRow = page.getByTestId("matrix").getByRole("row").filter({ hasText: "市市场监管局" });
  await expect(matrixRow).toContainText("负责对城镇老旧小区加装的电梯实施监督检验和使用登记");
  await expect(matrixRow).toContainText(TASK);
  // Rules say which renovation content sends them, not the internal tag.
  await expect(matrixRow).toContainText("适用于 加装电梯");
  await expect(page.getByTestId("matrix")).not.toContainText("标签");

  // The admin changes a rule's time limit; the matrix shows it.
  await page.context().clearCookies();
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "部门职责与分派规则" }).click();
  const postal = page
    .getByTestId("department-yzglj")
    .locator("form")
    .filter({ has: page.locator('input[name="matchTag"][value="postal"]') });
  await postal.locator('input[name="dueDays"]').fill("25");
  await postal.getByRole("button", { name: "保存规则" }).click();
  await expect(postal.getByText("已保存。")).toBeVisible();
  await page.goto("/departments");
  await expect(page.getByTestId("matrix").getByRole("row").filter({ hasText: "市邮政管理局" })).toContainText("25天");
});
