// Runs before every request: refuses writes from foreign origins, sends anonymous visitors of
// signed-in areas to the login page (a convenience — every page and action checks permission
// itself), and puts the security headers, with a fresh script nonce, on every response.
import { NextResponse, type NextRequest } from "next/server";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { contentSecurityPolicy, isForeignWrite, securityHeaders } from "@/lib/security-headers";
import { cleanAddress } from "@/lib/text-safety";

const SIGNED_IN_AREAS = ["/admin", "/commission", "/district", "/department", "/resident", "/notifications", "/account"];

export async function proxy(request: NextRequest) {
  const https = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const withHeaders = (response: NextResponse) => {
    for (const [name, value] of Object.entries(securityHeaders(csp, { https }))) response.headers.set(name, value);
    return response;
  };

  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (isForeignWrite({ method: request.method, origin: request.headers.get("origin"), host, fetchSite: request.headers.get("sec-fetch-site") })) {
    return withHeaders(
      NextResponse.json({ ok: false, code: "FORBIDDEN", error: "来自其他网站的请求已被拒绝。/ Requests from other sites are refused." }, { status: 403 }),
    );
  }

  const raw = new URL(request.url);
  if (cleanAddress(`${raw.pathname}${raw.search}`) === null) {
    return withHeaders(
      new NextResponse("地址中含有无法识别的字符,请检查链接或重新输入搜索内容。/ The address contains characters that cannot be used.", {
        status: 400,
        headers: { "content-type": "text/plain; charset=utf-8" },
      }),
    );
  }

  const { pathname, search } = request.nextUrl;
  if (SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`))) {
    // The cookie next-auth's getToken would read (src/lib/auth/session.ts sessionCookieName), decoded once per token.
    const cookie = request.cookies.get(https ? "__Secure-next-auth.session-token" : "next-auth.session-token")?.value;
    const { userId } = await decodeSessionToken(cookie, process.env.AUTH_SECRET);
    if (!userId) {
      const login = new URL("/login", request.url);
      login.searchParams.set("next", `${pathname}${search}`);
      return withHeaders(NextResponse.redirect(login));
    }
  }

  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }));
}

export const config = {
  // Must be literal: Next.js reads it at build time. Everything but the build's static files.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
