import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isForeignWrite, securityHeaders } from "./security-headers";

describe("contentSecurityPolicy", () => {
  it("allows only scripts with the nonce and forbids framing", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false, https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { dev: false, https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("securityHeaders", () => {
  it("adds HSTS only over https", () => {
    expect(securityHeaders("x", { https: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders("x", { https: true })["Strict-Transport-Security"]).toBe(
      "max-age=31536000; includeSubDomains",
    );
  });
});

describe("isForeignWrite", () => {
  const base = { method: "POST", host: "renew.example.gov.cn", fetchSite: null };
  it("refuses a foreign or opaque origin on a write", () => {
    expect(isForeignWrite({ ...base, origin: "https://evil.example" })).toBe(true);
    expect(isForeignWrite({ ...base, origin: "null" })).toBe(true);
    expect(isForeignWrite({ ...base, origin: "not a url" })).toBe(true);
    expect(isForeignWrite({ ...base, origin: null, fetchSite: "cross-site" })).toBe(true);
  });
  it("lets our own pages, reads and header-less clients through", () => {
    expect(isForeignWrite({ ...base, origin: "https://renew.example.gov.cn" })).toBe(false);
    expect(isForeignWrite({ ...base, method: "GET", origin: "https://evil.example" })).toBe(false);
    expect(isForeignWrite({ ...base, origin: null })).toBe(false);
  });
});
