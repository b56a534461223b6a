import { describe, expect, it } from "vitest";
import { describeLedgerChange } from "./history";

describe("ledger history", () => {
  it("says what changed in plain words", () => {
    expect(
      describeLedgerChange("funding.createRecord", null, {
        source: "CENTRAL_SUBSIDY",
        status: "PLANNED",
        plannedFen: "1000000",
        committedFen: "0",
        paidFen: "0",
      }).zh,
    ).toBe("登记中央补助资金:计划 10,000.00 元,已承诺 0.00 元,已到位 0.00 元(计划)");
    expect(
      describeLedgerChange(
        "funding.updateRecord",
        { source: "CENTRAL_SUBSIDY", status: "COMMITTED", plannedFen: "100", committedFen: "100", paidFen: "0" },
        { source: "CENTRAL_SUBSIDY", status: "PAID", plannedFen: "100", committedFen: "100", paidFen: "100" },
      ).zh,
    ).toBe("修改中央补助资金:状态 已承诺 → 已到位,已到位 0.00 元 → 1.00 元");
    expect(
      describeLedgerChange("funding.splitLift", null, { totalFen: "1000", subsidyFen: "400", shares: [{}, {}, {}] }).zh,
    ).toBe("计算加装电梯费用分摊:3 户分摊 6.00 元(已扣除补助 4.00 元)");
    expect(
      describeLedgerChange("funding.markLiftSharePaid", null, { payment: "PROVIDENT_FUND", fen: "12345" }).zh,
    ).toBe("登记一户电梯分摊已缴(提取公积金):123.45 元");
    expect(describeLedgerChange("funding.unknown", null, null).zh).toBe("funding.unknown");
  });
});
