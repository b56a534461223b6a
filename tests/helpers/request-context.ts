// What the mocked request context returns: the tests choose who is "signed in".
import type { RequestContext } from "@/lib/auth/session";

let current: RequestContext = { userId: null, locale: "zh", ip: "127.0.0.1" };

export function actAs(userId: string | null, locale: RequestContext["locale"] = "zh"): void {
  current = { userId, locale, ip: "127.0.0.1" };
}

export function requestContext(): RequestContext {
  return current;
}
