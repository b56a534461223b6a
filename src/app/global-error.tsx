"use client";
// The last resort, when even the root layout fails: it must bring its own <html> and <body>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "3rem auto", padding: "0 1rem" }}>
        <h1>系统暂时无法使用 / The platform is unavailable</h1>
        <p>
          请稍后重试;如果反复出现,请把错误编号告诉系统管理员。/ Please try again later; if it keeps happening, give the
          reference to the administrator.
        </p>
        {error.digest ? <p style={{ fontFamily: "monospace" }}>错误编号 / Reference: {error.digest}</p> : null}
        <button type="button" onClick={reset}>
          重试 / Try again
        </button>
      </body>
    </html>
  );
}
