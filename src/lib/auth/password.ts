import { hash, verify } from "@node-rs/argon2";

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane).
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum, not importable here) */, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verifying against this when the username is unknown keeps the response time the same. */
export const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$1tOpban7RvQt1aXnyYQIaA$Yy+atHQ4lu6lr49JrzTMAskNPn863MHfwXGTi70Z98o";
