"use client";
// What a page shows when something it called failed outright instead of answering with a result,
// e.g. an upload over its limit refused before the server action ran (the refusal's text comes as
// the error's message). Errors from the server carry a digest and no detail: those get the
// generic words, never a stack or an internal message.
// The page's language is not known here (the layout's data is gone), so both are shown, Chinese first.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const own = !error.digest && error.message && /[\u4e00-\u9fff]/.test(error.message) ? error.message : null;
  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="text-lg font-semibold">
        操作未完成 <span lang="en" className="text-sm font-normal text-gray-600">/ That did not go through</span>
      </h1>
      <p role="alert" className="mt-3">
        {own ?? "服务暂时出现问题,未保存任何内容。请稍后重试。/ Something went wrong on our side; nothing was saved. Please try again shortly."}
      </p>
      <button type="button" onClick={reset} className="mt-4 rounded border px-4 py-2">
        返回重试 / Try again
      </button>
    </main>
  );
}
