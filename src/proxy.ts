// Runs before every request: refuses writes from foreign origins, sends anonymous visitors of
// signed-in areas to the login page (a convenience — every page and action checks permission
// itself), and puts the security headers, with a fresh script nonce, on every response.
import { NextResponse, type NextRequest } from "next/server";
import { decodeSessionToken } from "@/lib/auth/session-token";
import { contentSecurityPolicy, isForeignWrite, securityHeaders } from "@/lib/security-headers";
import { cleanAddress } from "@/lib/text-safety";
import { bodyVerdict, streamExceeds, tooLargeMessage, type BodyLimit } from "@/lib/upload-limits";

const SIGNED_IN_AREAS = [
  "/admin",
  "/commission",
  "/district",
  "/department",
  "/resident",
  "/notifications",
  "/account",
];

export async function proxy(request: NextRequest) {
  const https = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const withHeaders = (response: NextResponse) => {
    for (const [name, value] of Object.entries(securityHeaders(csp, { https }))) response.headers.set(name, value);
    return response;
  };

  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (
    isForeignWrite({
      method: request.method,
      origin: request.headers.get("origin"),
      host,
      fetchSite: request.headers.get("sec-fetch-site"),
    })
  ) {
    return withHeaders(
      NextResponse.json(
        { ok: false, code: "FORBIDDEN", error: "来自其他网站的请求已被拒绝。/ Requests from other sites are refused." },
        { status: 403 },
      ),
    );
  }

  // Uploads over their limit are answered from the headers, before anything reads the body.
  const verdict = bodyVerdict({
    method: request.method,
    pathname: request.nextUrl.pathname,
    contentLength: request.headers.get("content-length"),
    transferEncoding: request.headers.get("transfer-encoding"),
  });
  if (verdict.action === "refuse") return withHeaders(tooLarge(request, verdict.limit, verdict.size));
  // Without a declared length the body is counted as it arrives (Next.js hands the proxy a copy,
  // cut at proxyClientMaxBodySize, which next.config.ts sets just above the largest limit).
  if (verdict.action === "count" && (await streamExceeds(request.body, verdict.limit.bytes))) {
    return withHeaders(tooLarge(request, verdict.limit, null));
  }

  const raw = new URL(request.url);
  if (cleanAddress(`${raw.pathname}${raw.search}`) === null) {
    return withHeaders(
      new NextResponse(
        "地址中含有无法识别的字符,请检查链接或重新输入搜索内容。/ The address contains characters that cannot be used.",
        {
          status: 400,
          headers: { "content-type": "text/plain; charset=utf-8" },
        },
      ),
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

/**
 * 413 in the form the sender can show: a server action called by React gets plain text (React
 * throws it as the error's message, which the error page shows); a page's form posted without
 * JavaScript gets a small page; an upload script (the import forms) gets JSON like the routes answer.
 */
function tooLarge(request: NextRequest, limit: BodyLimit, size: number | null): NextResponse {
  const message = tooLargeMessage(limit, size);
  const text = `${message.zh} / ${message.en}`;
  const headers = { "cache-control": "no-store", connection: "close" };
  if (request.headers.get("next-action")) {
    // Exactly "text/plain": the only type whose text React passes on as the error message.
    return new NextResponse(text, { status: 413, headers: { ...headers, "content-type": "text/plain" } });
  }
  if (
    request.headers.get("sec-fetch-mode") === "navigate" ||
    (request.headers.get("accept") ?? "").includes("text/html")
  ) {
    const escape = (s: string) =>
      s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
    const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>文件过大</title>
<body style="font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6">
<h1 style="font-size:1.25rem">文件过大,未上传</h1><p role="alert">${escape(message.zh)}</p><p lang="en">${escape(message.en)}</p>
<p>请返回上一页,换一个较小的文件后再提交。/ Go back and choose a smaller file.</p></body></html>`;
    return new NextResponse(html, { status: 413, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
  }
  return NextResponse.json({ ok: false, code: "TOO_LARGE", error: message.zh, message }, { status: 413, headers });
}

export const config = {
  // Must be literal: Next.js reads it at build time. Everything but the build's static files.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
