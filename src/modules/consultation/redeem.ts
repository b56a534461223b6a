import "server-only";
// A signed-in resident binding a further dwelling (or as co-owner) with a letter's code. Throttled
// per account and per address (./code-throttle), counted before the code is looked up; every
// attempt is recorded in LoginAttempt (kind REDEEM), never with the code's text. The binding and
// its audit row are one transaction; a refusal writes only the counted, recorded attempt.
import { loadSessionActor } from "@/lib/auth/actor";
import { requireRole } from "@/lib/auth/guards";
import { assertPasswordSettled } from "@/lib/auth/password-change";
import type { RequestContext } from "@/lib/auth/session";
import { writeAudit } from "@/lib/audit";
import type { Db } from "@/lib/db";
import { ConflictError, DomainError, InvalidInputError } from "@/lib/errors";
import { normalizeBindingCode } from "./codes";
import { CODE_THROTTLED, CODE_UNUSABLE, codeThrottleKeys, countCodeAttempt, forgiveCodeAttempt } from "./code-throttle";
import { ref } from "@/lib/i18n/message-ref";

type Context = Pick<RequestContext, "userId" | "sessionId" | "locale" | "ip">;

export async function redeemCodeForResident(
  client: Db,
  context: Context,
  input: { code?: unknown },
): Promise<{ dwellingId: string }> {
  const actor = await loadSessionActor(client, context);
  assertPasswordSettled(actor);
  requireRole(actor, "RESIDENT");
  const ip = context.ip ?? "unknown";
  const record = (success: boolean, reason: string | null) =>
    client.loginAttempt.create({
      data: { kind: "REDEEM", username: actor.username, ip, success, reason },
      select: { id: true },
    });

  const keys = codeThrottleKeys(context.ip, { account: actor.id });
  if (await countCodeAttempt(client, keys)) {
    await record(false, "THROTTLED");
    throw new DomainError("THROTTLED", CODE_THROTTLED);
  }

  const typed = typeof input.code === "string" ? input.code.slice(0, 60) : "";
  const unusable = new InvalidInputError({ code: [CODE_UNUSABLE] }, CODE_UNUSABLE);
  try {
    if (!typed.trim()) {
      throw new InvalidInputError({ code: [ref("errors.consultation.enterTheCode")] });
    }
    const normalized = normalizeBindingCode(typed);
    if (!normalized) throw unusable;
    const result = await client.$transaction(async (tx) => {
      const code = await tx.bindingCode.findUnique({
        where: { code: normalized },
        select: {
          id: true,
          dwellingId: true,
          revokedAt: true,
          redeemedAt: true,
          dwelling: { select: { neighborhood: { select: { districtId: true } } } },
        },
      });
      if (!code || code.revokedAt || code.redeemedAt) throw unusable;
      // One-time: only the first of two simultaneous redemptions finds the code unused.
      const { count } = await tx.bindingCode.updateMany({
        where: { id: code.id, redeemedAt: null, revokedAt: null },
        data: { redeemedAt: new Date() },
      });
      if (count === 0) throw unusable;
      const existing = await tx.residentDwelling.findUnique({
        where: { userId_dwellingId: { userId: actor.id, dwellingId: code.dwellingId } },
        select: { id: true, revokedAt: true },
      });
      if (existing && !existing.revokedAt) {
        throw new ConflictError(ref("errors.consultation.thisDwellingIsAlreadyBoundTo"));
      }
      const binding = existing
        ? await tx.residentDwelling.update({
            where: { id: existing.id },
            data: { revokedAt: null, codeId: code.id, boundAt: new Date() },
            select: { id: true },
          })
        : await tx.residentDwelling.create({
            data: { userId: actor.id, dwellingId: code.dwellingId, codeId: code.id },
            select: { id: true },
          });
      await writeAudit(
        tx,
        actor,
        {
          action: "bindingCode.redeem",
          entityType: "ResidentDwelling",
          entityId: binding.id,
          districtId: code.dwelling.neighborhood.districtId,
          after: { dwellingId: code.dwellingId, codeId: code.id },
        },
        context.ip,
      );
      await tx.loginAttempt.create({
        data: { kind: "REDEEM", username: actor.username, ip, success: true, reason: null },
        select: { id: true },
      });
      return { dwellingId: code.dwellingId };
    });
    await forgiveCodeAttempt(client, keys);
    return result;
  } catch (error) {
    const reason = error === unusable ? "CODE_UNUSABLE" : error instanceof DomainError ? error.code : "ERROR";
    await record(false, reason);
    throw error;
  }
}
