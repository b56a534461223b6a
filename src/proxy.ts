// A convenience redirect for anonymous visitors; every page and action checks permission itself.
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET });
  if (!token) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
}

export const config = {
  // Must be literal: Next.js reads it at build time.
  matcher: ["/admin/:path*", "/commission/:path*", "/district/:path*", "/department/:path*", "/resident/:path*", "/notifications", "/account/:path*"],
};
