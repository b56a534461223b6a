// Binding codes printed on letters to each dwelling. 12 characters from an alphabet without the
// look-alikes 0/O, 1/I/L (31 symbols) give about 59 bits: far beyond guessing, short enough to type.
import { randomInt } from "node:crypto";

export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 12;

export function generateBindingCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** What a resident typed → the stored form: case, spaces and dashes ignored; null when it cannot be a code. */
export function normalizeBindingCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s\-_]/g, "");
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** "ABCD-EFGH-JKMN", for printing. */
export function formatBindingCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}
