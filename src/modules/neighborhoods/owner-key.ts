import "server-only";
import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { ownerKeyOf } from "./owner-id";

let secret: string | undefined;

/** The owner register's key: OWNER_KEY_SECRET, or one derived from AUTH_SECRET for this purpose only. */
function ownerSecret(): string {
  if (!secret) {
    const e = env();
    secret = e.OWNER_KEY_SECRET ?? createHmac("sha256", e.AUTH_SECRET).update("owner-register-key").digest("base64url");
  }
  return secret;
}

/** The key kept in `ownerRef` for a normalised ID number. */
export const ownerKey = (normalisedId: string) => ownerKeyOf(normalisedId, ownerSecret());
