import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { loadActor, type Actor } from "./actor";
import { homePathFor } from "./home";
import { getRequestContext } from "./session";

/**
 * For pages: the signed-in actor with one of `roles`. Anonymous visitors go to the login page;
 * a signed-in user of another role goes to their own home page.
 */
export async function requirePageActor(...roles: Role[]): Promise<Actor> {
  const { userId } = await getRequestContext();
  let actor: Actor;
  try {
    actor = await loadActor(db, userId);
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect("/login");
    throw error;
  }
  if (roles.length > 0 && !roles.includes(actor.role)) redirect(homePathFor(actor.role));
  return actor;
}

/** The signed-in actor or null, for pages open to everyone. */
export async function currentActor(): Promise<Actor | null> {
  const { userId } = await getRequestContext();
  if (!userId) return null;
  try {
    return await loadActor(db, userId);
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
