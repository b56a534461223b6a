// The outcome of a plain-form post, read from the address the form redirected to.
export function Flash({ ok, error, messages }: { ok?: string; error?: string; messages: Record<string, string> }) {
  if (error) {
    return (
      <p
        role="alert"
        data-testid="flash-error"
        className="mb-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-800"
      >
        {error}
      </p>
    );
  }
  if (ok && messages[ok]) {
    return (
      <p
        role="status"
        data-testid="flash-ok"
        className="mb-4 rounded-lg border border-green-300 bg-green-50 p-4 text-green-800"
      >
        {messages[ok]}
      </p>
    );
  }
  return null;
}

export type FlashParams = Promise<{ ok?: string; error?: string }>;
