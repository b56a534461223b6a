import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane).
const OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id (a const enum, not importable here) */,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

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

// Temporary passwords: 12 characters without look-alikes (0/O, 1/l/I), in three groups so they
// can be read out at a counter. About 70 bits; they work once, until the user picks their own.
const TEMP_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ";

export function generateTemporaryPassword(): string {
  const bytes = randomBytes(12);
  let out = "";
  for (let i = 0; i < 12; i++) {
    if (i > 0 && i % 4 === 0) out += "-";
    out += TEMP_ALPHABET[bytes[i]! % TEMP_ALPHABET.length];
  }
  return out;
}
