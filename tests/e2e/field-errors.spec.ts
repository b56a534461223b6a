// Bad input on the neighbourhood, project, plan entry, plan review and binding forms (the ballot
// form's: consultation.spec.ts, before its journey opens the ballot): each error is at its field
// (the control's accessible description, through aria-describedby), in the screen's language
// only and saying what is allowed; everything typed is still in the fields; nothing was written.
// The binding, plan entry, review, single-dwelling and milestone forms are tried with JavaScript off too.
import { expect, test, type Page } from "@playwright/test";
import { queryE2eDatabase } from "./e2e-db";
import { expectErrorAt, signedInPage } from "./helpers";

const HAN = /\p{Script=Han}/u;

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await queryE2eDatabase<{ n: string }>(sql, params);
  return Number(row!.n);
}

async function planOf(districtCode: string, year: number): Promise<string> {
  const [plan] = await queryE2eDatabase<{ id: string }>(
    `SELECT p.id FROM "AnnualPlan" p JOIN "District" d ON d.id = p."districtId" WHERE d.code = $1 AND p.year = $2`,
    [districtCode, year],
  );
  return plan!.id;
}

test("neighbourhood: a missing address and a year out of range are told at their fields in Chinese only, everything kept", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "district.yuzhong");
  await page.goto("/district/neighborhoods/new");
  const form = page.getByTestId("neighborhood-form");
  const name = "字段错误测试小区";
  await form.getByLabel("小区名称").fill(name);
  await form.getByLabel("社区").fill("字段错误测试社区");
  await form.getByLabel("建成年份").fill("1800");
  await form.getByLabel("楼栋数").fill("3");
  await form.getByLabel("物业类型").selectOption({ index: 1 });
  const propertyType = await form.getByLabel("物业类型").inputValue();
  await form.getByLabel("居住条件较差").check();
  await form.getByLabel("备注").fill("保留的备注");
  await form.getByRole("button", { name: "保存" }).click();

  const again = page.getByTestId("neighborhood-form");
  await expectErrorAt(again.getByLabel("地址"), "请填写地址");
  await expect(again.getByLabel("地址")).not.toHaveAccessibleDescription(/address|\//);
  await expectErrorAt(again.getByLabel("建成年份"), "建成年份应为 1900–2100 之间的整数");
  await expect(again.getByLabel("建成年份")).not.toHaveAccessibleDescription(/whole number/);
  await expect(again.getByLabel("小区名称")).not.toHaveAttribute("aria-invalid", "true");
  await expect(again.getByLabel("小区名称")).toHaveValue(name);
  await expect(again.getByLabel("社区")).toHaveValue("字段错误测试社区");
  await expect(again.getByLabel("建成年份")).toHaveValue("1800");
  await expect(again.getByLabel("楼栋数")).toHaveValue("3");
  await expect(again.getByLabel("物业类型")).toHaveValue(propertyType);
  await expect(again.getByLabel("居住条件较差")).toBeChecked();
  await expect(again.getByLabel("备注")).toHaveValue("保留的备注");
  await expect(page).toHaveURL(/\/district\/neighborhoods\/new$/);
  expect(await count(`SELECT count(*) AS n FROM "Neighborhood" WHERE name = $1`, [name])).toBe(0);
});

test("project: a bad cost is told under its own item's cost, not under the list; everything kept", async ({
  browser,
}) => {
  const page = await signedInPage(browser, "district.yuzhong");
  await page.goto("/district/projects/new");
  const form = page.getByTestId("new-project");
  const name = "字段错误测试项目";
  await form.getByLabel("项目名称").fill(name);
  await form.getByLabel("计划年度").fill("2027");
  const neighborhood = form.locator("input[name=neighborhoodIds]").first();
  await neighborhood.check();
  const neighborhoodId = await neighborhood.getAttribute("value");
  await form.getByRole("checkbox", { name: "B01 供水设施改造" }).check();
  await form.getByLabel("供水设施改造数量").fill("120");
  await form.getByLabel("供水设施改造估算费用(元)").fill("12.345");
  await form.getByRole("checkbox", { name: "B02 供电设施改造" }).check();
  await form.getByLabel("供电设施改造估算费用(元)").fill("80000");
  await form.getByRole("button", { name: "创建项目" }).click();

  const again = page.getByTestId("new-project");
  const cost = again.getByLabel("供水设施改造估算费用(元)");
  await expectErrorAt(cost, "估算费用最多两位小数(单位:元)");
  await expect(cost).not.toHaveAccessibleDescription(/yuan/);
  // The message is in B01's own line, and nowhere else.
  const line = again.getByRole("row").filter({ has: page.getByRole("checkbox", { name: "B01 供水设施改造" }) });
  await expect(line.getByTestId("error-cost-B01")).toBeVisible();
  await expect(again.getByText("估算费用最多两位小数")).toHaveCount(1);
  await expect(again.getByLabel("供电设施改造估算费用(元)")).not.toHaveAttribute("aria-invalid", "true");
  await expect(again.getByLabel("供水设施改造数量")).not.toHaveAttribute("aria-invalid", "true");
  // Everything typed is still there.
  await expect(again.getByLabel("项目名称")).toHaveValue(name);
  await expect(again.getByLabel("计划年度")).toHaveValue("2027");
  await expect(again.locator(`input[name=neighborhoodIds][value="${neighborhoodId}"]`)).toBeChecked();
  await expect(again.getByRole("checkbox", { name: "B01 供水设施改造" })).toBeChecked();
  await expect(again.getByLabel("供水设施改造数量")).toHaveValue("120");
  await expect(cost).toHaveValue("12.345");
  await expect(again.getByRole("checkbox", { name: "B02 供电设施改造" })).toBeChecked();
  await expect(again.getByLabel("供电设施改造估算费用(元)")).toHaveValue("80000");
  expect(await count(`SELECT count(*) AS n FROM "Project" WHERE name = $1`, [name])).toBe(0);
});

for (const javaScriptEnabled of [false, true]) {
  const how = javaScriptEnabled ? "with JavaScript" : "with JavaScript off";

  test(`plan entry ${how}: an area of −5 is told at the area field with the allowed range, everything kept`, async ({
    browser,
  }) => {
    // 江北's 2026 plan is approved: adding an entry is an amendment, with its reason.
    const planId = await planOf("500105", 2026);
    const entries = () => count(`SELECT count(*) AS n FROM "AnnualPlanEntry" WHERE "planId" = $1`, [planId]);
    const amendments = () => count(`SELECT count(*) AS n FROM "PlanAmendment" WHERE "planId" = $1`, [planId]);
    const before = { entries: await entries(), amendments: await amendments() };
    const page = await signedInPage(browser, "district.jiangbei", { javaScriptEnabled });
    await page.goto(`/district/plans/${planId}`);
    const form = page.getByTestId("entry-form");
    const select = form.getByLabel("小区(仅列出本区县纳入改造范围的小区)");
    await select.selectOption({ index: 1 });
    const neighborhoodId = await select.inputValue();
    await form.getByLabel("改造面积(平方米)").fill("-5");
    await form.getByLabel("受益户数").fill("30");
    await form.getByLabel("楼栋数").fill("2");
    await form.getByLabel("计划投资(万元)").fill("120");
    await form.getByLabel("计划开工季度").selectOption("Q3");
    await form.getByLabel("完善类", { exact: true }).check();
    await form.getByLabel("已征求居民意见").check();
    await form.getByLabel("备注", { exact: true }).fill("保留的备注");
    await form.getByLabel("变更理由(计划已批准,修改将记录为计划变更)").fill("字段错误测试的变更理由");
    await form.getByRole("button", { name: "添加条目" }).click();

    const again = page.getByTestId("entry-form");
    const area = again.getByLabel("改造面积(平方米)");
    await expectErrorAt(area, "改造面积应大于0,且不超过1000000平方米。");
    await expect(area).not.toHaveAccessibleDescription(/floor area|\//);
    await expect(again.getByLabel("受益户数")).not.toHaveAttribute("aria-invalid", "true");
    await expect(select).toHaveValue(neighborhoodId);
    await expect(area).toHaveValue("-5");
    await expect(again.getByLabel("受益户数")).toHaveValue("30");
    await expect(again.getByLabel("楼栋数")).toHaveValue("2");
    await expect(again.getByLabel("计划投资(万元)")).toHaveValue("120");
    await expect(again.getByLabel("计划开工季度")).toHaveValue("Q3");
    await expect(again.getByLabel("基础类", { exact: true })).toBeChecked();
    await expect(again.getByLabel("完善类", { exact: true })).toBeChecked();
    await expect(again.getByLabel("提升类", { exact: true })).not.toBeChecked();
    await expect(again.getByLabel("已征求居民意见")).toBeChecked();
    await expect(again.getByLabel("备注", { exact: true })).toHaveValue("保留的备注");
    await expect(again.getByLabel("变更理由(计划已批准,修改将记录为计划变更)")).toHaveValue("字段错误测试的变更理由");
    expect({ entries: await entries(), amendments: await amendments() }).toEqual(before);
  });
}

test("plan entry, in English: the area's error says the range in English only", async ({ browser }) => {
  const planId = await planOf("500105", 2026);
  const page = await signedInPage(browser, "district.jiangbei", { locale: "en" });
  await page.goto(`/district/plans/${planId}`);
  const form = page.getByTestId("entry-form");
  await form.getByLabel("Neighbourhood (in scope, your district)").selectOption({ index: 1 });
  await form.getByLabel("Floor area (m²)").fill("-5");
  await form.getByLabel("Households").fill("abc");
  await form.getByRole("button", { name: "Add entry" }).click();

  const again = page.getByTestId("entry-form");
  await expectErrorAt(
    again.getByLabel("Floor area (m²)"),
    "The floor area must be more than 0 and at most 1000000 m².",
  );
  await expectErrorAt(again.getByLabel("Households"), "Households must be a number");
  await expect(again.getByTestId("error-floorAreaM2")).not.toHaveText(HAN);
  await expect(again.getByTestId("error-households")).not.toHaveText(HAN);
  await expect(again.getByTestId("entry-message")).not.toHaveText(HAN);
  await expect(again.getByLabel("Floor area (m²)")).toHaveValue("-5");
  await expect(again.getByLabel("Households")).toHaveValue("abc");
});

for (const javaScriptEnabled of [false, true]) {
  test(`binding ${javaScriptEnabled ? "with JavaScript" : "with JavaScript off"}: a wrong code stays typed and is told at the code field`, async ({
    browser,
  }) => {
    const bindings = () =>
      count(
        `SELECT count(*) AS n FROM "ResidentDwelling" r JOIN "User" u ON u.id = r."userId" WHERE u.username = 'resident.demo'`,
      );
    const before = await bindings();
    const page: Page = await signedInPage(browser, "resident.demo", { javaScriptEnabled });
    await page.goto("/resident/bind");
    const wrong = "ABCD-EFGH-JKMN";
    await page.getByLabel("绑定码").fill(wrong);
    await page.getByRole("button", { name: "绑定", exact: true }).click();

    const code = page.getByLabel("绑定码");
    await expectErrorAt(code, "绑定码不正确、已使用或已作废,请核对信件,或联系社区重新发放。");
    await expect(code).not.toHaveAccessibleDescription(/code is wrong/);
    await expect(code).toHaveValue(wrong);
    await expect(page).toHaveURL(/\/resident\/bind$/);
    expect(await bindings()).toBe(before);
  });
}

test("plan review with JavaScript off: returning without a comment is told at the comment field, the entry comments kept; approving asks first", async ({
  browser,
}) => {
  // 江津's 2026 plan is submitted, awaiting review.
  const planId = await planOf("500116", 2026);
  const reviews = () => count(`SELECT count(*) AS n FROM "PlanReview" WHERE "planId" = $1`, [planId]);
  const before = await reviews();
  const page = await signedInPage(browser, "commission", { javaScriptEnabled: false });
  await page.goto(`/commission/plans/${planId}`);
  const panel = page.getByTestId("review-panel");
  await panel.getByText("对具体条目提意见").click();
  const entryComment = panel.locator("input[name^='entryComment.']").first();
  await entryComment.fill("请核实该小区的受益户数。");
  await panel.getByRole("button", { name: "退回修改" }).click();

  const again = page.getByTestId("review-panel");
  await expectErrorAt(again.getByLabel("审核意见(退回时必填)"), "退回时请写明意见,便于区县修改");
  await expect(again.getByLabel("审核意见(退回时必填)")).not.toHaveAccessibleDescription(/district|\//);
  await expect(again.locator("input[name^='entryComment.']").first()).toHaveValue("请核实该小区的受益户数。");

  // Approving asks first; cancelling changes nothing and keeps what was typed.
  await again.getByLabel("审核意见(退回时必填)").fill("同意");
  await again.getByRole("button", { name: "批准" }).click();
  await expect(page.getByRole("alertdialog")).toContainText("考核基数");
  await page.getByRole("button", { name: "取消" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(page.getByLabel("审核意见(退回时必填)")).toHaveValue("同意");
  await expect(page.getByTestId("plan-status")).toHaveText("已报送待审核");
  expect(await reviews()).toBe(before);
});

async function neighborhoodNamed(name: string): Promise<string> {
  const [row] = await queryE2eDatabase<{ id: string }>(
    `SELECT n.id FROM "Neighborhood" n JOIN "District" d ON d.id = n."districtId" WHERE d.code = '500103' AND n.name = $1 ORDER BY n.id LIMIT 1`,
    [name],
  );
  return row!.id;
}

for (const javaScriptEnabled of [false, true]) {
  const how = javaScriptEnabled ? "with JavaScript" : "with JavaScript off";

  test(`single dwelling ${how}: a missing room and an area of 0 are told at their fields, everything typed kept, nothing written`, async ({
    browser,
  }) => {
    const neighborhoodId = await neighborhoodNamed("枇杷山正街小区");
    const dwellings = () => count(`SELECT count(*) AS n FROM "Dwelling" WHERE "neighborhoodId" = $1`, [neighborhoodId]);
    const before = await dwellings();
    const page = await signedInPage(browser, "district.yuzhong", { javaScriptEnabled });
    await page.goto(`/district/neighborhoods/${neighborhoodId}`);
    await page.getByText("逐户登记一套房屋").click();
    const form = page.getByTestId("add-dwelling");
    await form.getByLabel("楼栋", { exact: true }).fill("字段错误测试栋");
    await form.getByLabel("楼栋层数").fill("6");
    await form.getByLabel("单元", { exact: true }).fill("1单元");
    await form.getByLabel("该单元有电梯").check();
    await form.getByLabel("所在楼层").fill("3");
    await form.getByLabel("专有部分面积(平方米)").fill("0");
    await form.getByLabel("业主姓名").fill("字段错误");
    await form.getByRole("button", { name: "登记房屋" }).click();

    const again = page.getByTestId("add-dwelling");
    await expectErrorAt(again.getByLabel("房号"), "“房号”未填写。");
    await expectErrorAt(again.getByLabel("专有部分面积(平方米)"), "“专有部分面积”应为大于0的数字");
    await expect(again.getByLabel("楼栋", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
    await expect(again.getByLabel("楼栋", { exact: true })).toHaveValue("字段错误测试栋");
    await expect(again.getByLabel("楼栋层数")).toHaveValue("6");
    await expect(again.getByLabel("单元", { exact: true })).toHaveValue("1单元");
    await expect(again.getByLabel("该单元有电梯")).toBeChecked();
    await expect(again.getByLabel("所在楼层")).toHaveValue("3");
    await expect(again.getByLabel("专有部分面积(平方米)")).toHaveValue("0");
    await expect(again.getByLabel("业主姓名")).toHaveValue("字段错误");
    await expect(page).toHaveURL(new RegExp(`/district/neighborhoods/${neighborhoodId}$`));
    expect(await dwellings()).toBe(before);
  });

  test(`milestone ${how}: a missing name is told at the name field, the dates kept, nothing written`, async ({
    browser,
  }) => {
    const [project] = await queryE2eDatabase<{ id: string }>(
      `SELECT p.id FROM "Project" p JOIN "District" d ON d.id = p."districtId" WHERE d.code = '500103' AND p.name = $1 ORDER BY p.id LIMIT 1`,
      ["七星岗片区老旧小区改造"],
    );
    const milestones = () => count(`SELECT count(*) AS n FROM "Milestone" WHERE "projectId" = $1`, [project!.id]);
    const before = await milestones();
    const page = await signedInPage(browser, "district.yuzhong", { javaScriptEnabled });
    await page.goto(`/district/projects/${project!.id}`);
    const form = page.getByTestId("add-milestone");
    await form.getByLabel("计划开始").fill("2026-03-01");
    await form.getByLabel("计划完成").fill("2026-06-30");
    await form.getByRole("button", { name: "添加节点" }).click();

    const again = page.getByTestId("add-milestone");
    await expect(again.getByLabel("节点名称")).toHaveAttribute("aria-invalid", "true");
    await expect(again.getByLabel("节点名称")).toHaveAccessibleDescription(HAN);
    await expect(again.getByLabel("计划开始")).toHaveValue("2026-03-01");
    await expect(again.getByLabel("计划完成")).toHaveValue("2026-06-30");
    expect(await milestones()).toBe(before);
  });
}
