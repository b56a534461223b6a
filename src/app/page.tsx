import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/page";
import { homePathFor } from "@/lib/auth/home";

/** The front door: signed-in users go to their role's home page, everyone else to sign in. */
export default async function Index() {
  const actor = await currentActor();
  redirect(actor ? homePathFor(actor.role) : "/login");
}
