import { describe, expect, it } from "vitest";
import { zhText } from "../../../tests/helpers/messages";
import { MIN_PASSWORD_LENGTH, passwordProblem as problemKey } from "./password-policy";

/** The problem as a Chinese reader sees it, or null. */
const passwordProblem = (...args: Parameters<typeof problemKey>) => {
  const problem = problemKey(...args);
  return problem && { zh: zhText(problem) };
};

const person = { username: "13812345678", displayName: "张秀英" };

describe("passwordProblem", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordProblem("laowangjia-yuzhong-88", person)).toBeNull();
  });

  it("refuses one character short of the minimum, with the count", () => {
    const nine = "Zq8#mLp2!";
    expect(nine).toHaveLength(MIN_PASSWORD_LENGTH - 1);
    expect(passwordProblem(nine, person)?.zh).toBe("密码至少需要 10 个字符(现在 9 个)。");
    expect(passwordProblem("Zq8#mLp2!x", person)).toBeNull();
  });

  it("refuses a password that contains the username, whatever the case", () => {
    expect(passwordProblem("x13812345678-Qz!", person)?.zh).toContain("用户名");
    expect(passwordProblem("My-ADMIN.lzq-77x", { username: "admin" })?.zh).toContain("用户名");
  });

  it("refuses common and patterned passwords that are long enough", () => {
    for (const weak of ["password123", "1234567890", "qwertyuiop", "aaaaaaaaaaaa"]) {
      expect(passwordProblem(weak, person)?.zh, weak).toContain("太容易被猜到");
    }
  });

  it("refuses an over-long password", () => {
    expect(passwordProblem("x".repeat(129), person)?.zh).toBe("密码最多 128 个字符。");
  });
});
