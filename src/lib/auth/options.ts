import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authenticate, LoginError } from "./credentials";
import { clientIpFrom } from "./client-ip";

const EIGHT_HOURS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  secret: env().AUTH_SECRET,
  // JWT sessions keep app servers stateless; every action still re-reads the user from the
  // database (src/lib/auth/actor.ts), so a disabled account stops at its next request.
  session: { strategy: "jwt", maxAge: EIGHT_HOURS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          const user = await authenticate(db, {
            username: credentials?.username,
            password: credentials?.password,
            ip: clientIpFrom(req?.headers),
          });
          return { id: user.id, name: user.displayName, role: user.role, districtId: user.districtId, departmentId: user.departmentId };
        } catch (error) {
          // next-auth passes the message to the client as the error code.
          if (error instanceof LoginError) throw new Error(error.reason);
          console.error("sign-in failed", error);
          throw new Error("GENERIC");
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // Role and scope ride along for display; guards never trust them and re-read the user.
      if (user) {
        const signedIn = user as { id: string; role?: string; districtId?: string | null; departmentId?: string | null };
        token.uid = signedIn.id;
        token.role = signedIn.role;
        token.districtId = signedIn.districtId ?? null;
        token.departmentId = signedIn.departmentId ?? null;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        Object.assign(session.user, { id: token.uid, role: token.role, districtId: token.districtId, departmentId: token.departmentId });
      }
      return session;
    },
  },
};
