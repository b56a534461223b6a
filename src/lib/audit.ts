import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  districtId?: string | null;
  before?: unknown;
  after?: unknown;
};

// Fields never written to the audit log, whatever record they appear in.
const SECRET_FIELDS = new Set(["passwordHash", "password", "secret"]);

/** Makes a record storable as JSON: BigInt and Decimal become strings, secrets are dropped. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  const text = JSON.stringify(value, (key, v: unknown) => {
    if (SECRET_FIELDS.has(key)) return "[redacted]";
    if (typeof v === "bigint") return v.toString();
    return v;
  });
  return JSON.parse(text) as Prisma.InputJsonValue;
}

/** Writes one audit row in the caller's transaction, so the change and its record stand or fall together. */
export async function writeAudit(
  tx: Tx,
  actor: { id: string; role: Role } | null,
  entry: AuditEntry,
  ip: string | null = null,
): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      districtId: entry.districtId ?? null,
      before: toAuditJson(entry.before),
      after: toAuditJson(entry.after),
      ip,
    },
    select: { id: true },
  });
}
