import { redirect } from "next/navigation";

/** The short address printed on binding letters. The code itself is typed, never put in a URL. */
export default function ShortBindAddress() {
  redirect("/resident/bind");
}
