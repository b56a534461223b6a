import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { loadSessionActor, type Actor } from "./actor";
import { homePathFor } from "./home";
import { CHANGE_PASSWORD_PATH } from "./password-change";
import { getRequestContext } from "./session";

/**
 * For pages: the signed-in actor with one of `roles`. Anonymous visitors go to the login page;
 * a signed-in user of another role goes to their own home page; a user with a temporary password
 * goes to the page that replaces it.
 */
export async function requirePageActor(...roles: Role[]): Promise<Actor> {
  const actor = await signedInOrLogin();
  if (actor.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  if (roles.length > 0 && !roles.includes(actor.role)) redirect(homePathFor(actor.role));
  return actor;
}

/** For the account pages: any signed-in user, temporary password or not. */
export async function requireSignedIn(): Promise<Actor> {
  return signedInOrLogin();
}

async function signedInOrLogin(): Promise<Actor> {
  const context = await getRequestContext();
  try {
    return await loadSessionActor(db, context);
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect("/login");
    throw error;
  }
}

/** The signed-in actor or null, for pages open to everyone. */
export async function currentActor(): Promise<Actor | null> {
  const context = await getRequestContext();
  if (!context.userId) return null;
  try {
    return await loadSessionActor(db, context);
  } catch {
    return null;
  }
}

/** Awaits a scoped load for a page; a record that is missing or out of the actor's scope is a 404. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
