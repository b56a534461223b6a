import { describe, expect, it } from "vitest";
import { validateAccountRows, type AccountSheetRow, type ImportReference } from "./account-import";

const ref: ImportReference = {
  districts: [
    { id: "jb", code: "500105", name: "江北区" },
    { id: "yz", code: "500103", name: "渝中区" },
  ],
  departments: [{ id: "sc", code: "scjgj", name: "市市场监管局" }],
  streets: [
    { id: "gyq", districtId: "jb", name: "观音桥街道" },
    { id: "hxj", districtId: "jb", name: "华新街街道" },
    { id: "jfb", districtId: "yz", name: "解放碑街道" },
  ],
  takenUsernames: new Set(["admin"]),
};

const row = (rowNumber: number, values: Record<string, string>): AccountSheetRow => ({ rowNumber, values });

describe("the officials' account sheet", () => {
  it("reads each role with its scope, districts by name or code, streets separated by 、 or ,", () => {
    const { accounts, errors } = validateAccountRows(
      [
        row(2, {
          用户名: "JB.Zhang",
          "姓名/单位": "张伟",
          角色: "区县",
          区县: "500105",
          街道: "观音桥街道、华新街街道",
          手机号: "13800000000",
        }),
        row(3, { 用户名: "sc.li", "姓名/单位": "李娜", 角色: "市级部门", 市级部门: "市市场监管局" }),
        row(4, { 用户名: "wjw.wang", "姓名/单位": "王强", 角色: "市住房城乡建委", 手机号: "023-63851234" }),
        row(5, { 用户名: "admin2", "姓名/单位": "管理员", 角色: "系统管理员" }),
        row(6, {
          用户名: "jb.all",
          "姓名/单位": "江北区",
          角色: "区县",
          区县: "江北区",
          街道: "观音桥街道,华新街街道",
        }),
      ],
      ref,
    );
    expect(errors).toEqual([]);
    expect(accounts.map((a) => [a.username, a.role, a.districtId, a.departmentId, a.streetIds])).toEqual([
      ["jb.zhang", "DISTRICT", "jb", null, ["gyq", "hxj"]],
      ["sc.li", "DEPARTMENT", null, "sc", []],
      ["wjw.wang", "COMMISSION", null, null, []],
      ["admin2", "ADMIN", null, null, []],
      ["jb.all", "DISTRICT", "jb", null, ["gyq", "hxj"]],
    ]);
  });

  it("explains every bad row in Chinese, with its row number", () => {
    const { accounts, errors } = validateAccountRows(
      [
        row(2, { 用户名: "a.one", "姓名/单位": "甲", 角色: "区县", 区县: "江北区", 街道: "解放碑街道" }),
        row(3, { 用户名: "a.one", "姓名/单位": "乙", 角色: "区县", 区县: "不存在区" }),
        row(4, { 用户名: "admin", "姓名/单位": "丙", 角色: "市级部门" }),
        row(5, { 用户名: "x", "姓名/单位": "", 角色: "居民", 手机号: "12345" }),
      ],
      ref,
    );
    expect(accounts).toEqual([]);
    expect(errors).toEqual([
      { row: 2, message: "街道“解放碑街道”不属于江北区" },
      {
        row: 3,
        message: "用户名“a.one”与第2行重复;区县“不存在区”不存在,请填写区县名称(如 江北区)或6位代码(如 500105)",
      },
      { row: 4, message: "用户名“admin”已被使用;角色为“市级部门”时须填写“市级部门”" },
      {
        row: 5,
        message:
          "用户名“x”不符合要求(3–64 位小写字母、数字、点、下划线或连字符);“姓名/单位”未填写;居民账号由居民凭告知书上的绑定码自行注册,不能导入;手机号“12345”格式不正确(11 位手机号或如 023-63851234 的固定电话)",
      },
    ]);
  });

  it("bounds the sheet", () => {
    expect(validateAccountRows([], ref).errors[0]!.message).toContain("没有数据行");
    const many = Array.from({ length: 3 }, (_, i) =>
      row(i + 2, { 用户名: `u.${i}`, "姓名/单位": "x", 角色: "系统管理员" }),
    );
    expect(validateAccountRows(many, ref, 2).errors[0]!.message).toContain("一次最多导入 2 个账号");
  });
});
