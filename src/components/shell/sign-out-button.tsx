import { signOutAction } from "@/modules/accounts/session-actions";

/** A plain form post: signs out on the server, with or without JavaScript. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className="rounded border border-white/40 px-2 py-1 text-sm hover:bg-white/10"
        data-testid="sign-out"
      >
        {label}
      </button>
    </form>
  );
}
