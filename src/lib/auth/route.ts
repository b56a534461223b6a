import "server-only";
// For route handlers (downloads, uploads): the signed-in actor, or the response to send instead.
import { databaseUnavailable } from "@/lib/database-errors";
import { db } from "@/lib/db";
import { DomainError, UnauthenticatedError } from "@/lib/errors";
import { uploadResponse } from "@/lib/storage";
import { xlsxResponse } from "@/lib/xlsx";
import { loadSessionActor, type Actor } from "./actor";
import { assertPasswordSettled } from "./password-change";
import { getRequestContext } from "./session";

export async function routeActor(): Promise<Actor | Response> {
  try {
    const actor = await loadSessionActor(db, await getRequestContext());
    assertPasswordSettled(actor);
    return actor;
  } catch (error) {
    if (error instanceof UnauthenticatedError)
      return Response.json({ ok: false, error: error.messageIn("zh") }, { status: 401 });
    if (error instanceof DomainError) return domainErrorResponse(error);
    const unavailable = databaseUnavailable(error);
    if (unavailable) return domainErrorResponse(unavailable);
    throw error;
  }
}

/** A domain error as a JSON response with a fitting status; anything else is rethrown. */
export function domainErrorResponse(error: unknown): Response {
  if (!(error instanceof DomainError)) throw error;
  const status = { FORBIDDEN: 403, NOT_FOUND: 404, UNAUTHENTICATED: 401, UNAVAILABLE: 503 }[error.code] ?? 400;
  return Response.json({ ok: false, code: error.code, error: error.messageIn("zh") }, { status });
}

/**
 * A stored file for the signed-in user. `load` finds it and checks they may see it; missing and
 * forbidden answer alike (404), so a file's existence is not given away.
 */
export async function storedFileResponse(
  load: (actor: Actor) => Promise<{ storageKey: string; mimeType: string; fileName: string }>,
  missing = "文件不存在或您无权查看。",
): Promise<Response> {
  try {
    const actor = await loadSessionActor(db, await getRequestContext());
    assertPasswordSettled(actor);
    return await uploadResponse(await load(actor));
  } catch (error) {
    if (error instanceof DomainError)
      return new Response(missing, { status: error.code === "UNAUTHENTICATED" ? 401 : 404 });
    throw error;
  }
}

/**
 * An Excel download for the signed-in user: `build` loads what they may see through the module
 * (whose query applies the scope) and makes the workbook; a refusal answers as JSON with its
 * status, as every route does. `build` may answer with a Response of its own (a bad query).
 */
export async function workbookResponse(
  build: (actor: Actor) => Promise<{ workbook: Buffer; fileName: string } | Response>,
): Promise<Response> {
  const actor = await routeActor();
  if (actor instanceof Response) return actor;
  try {
    const built = await build(actor);
    return built instanceof Response ? built : xlsxResponse(built.workbook, built.fileName);
  } catch (error) {
    return domainErrorResponse(error);
  }
}
