import { describe, expect, it } from "vitest";
import { publicUrl } from "./env";

describe("the public address on letters", () => {
  it("is PUBLIC_URL, else NEXTAUTH_URL, else localhost on PORT, without a trailing slash", () => {
    expect(publicUrl({ PUBLIC_URL: "https://renew.cq.gov.cn/", NEXTAUTH_URL: "https://other.example" })).toBe(
      "https://renew.cq.gov.cn",
    );
    expect(publicUrl({ NEXTAUTH_URL: "https://renew.example.gov.cn" })).toBe("https://renew.example.gov.cn");
    expect(publicUrl({ PORT: "8080" })).toBe("http://localhost:8080");
    expect(publicUrl({})).toBe("http://localhost:3000");
  });

  it("refuses an address that is not a web address, saying what to set", () => {
    expect(() => publicUrl({ PUBLIC_URL: "renew.cq.gov.cn" })).toThrow(/PUBLIC_URL/);
    expect(() => publicUrl({ PUBLIC_URL: "ftp://renew.cq.gov.cn" })).toThrow(/http/);
  });
});
