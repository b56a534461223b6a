"use client";
// Shown when a page fails unexpectedly. A client component (Next.js requires it), so the language
// comes from the page's <html lang>, which the root layout sets from the user's choice. A refusal
// that came back as plain text before any action ran (an upload over its limit) is the error's own
// message and is shown as it is; errors from the server carry a digest and no detail.
import Link from "next/link";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const zh = useSyncExternalStore(
    noSubscription,
    () => !document.documentElement.lang.startsWith("en"),
    () => true,
  );
  const own = !error.digest && /[\u4e00-\u9fff]/.test(error.message) ? error.message : null;
  return (
    <main id="main" className="mx-auto w-full max-w-2xl px-4 py-10">
      <h1 className="text-2xl font-bold text-slate-900">{zh ? "页面出错了" : "Something went wrong"}</h1>
      <p className="mt-3 text-slate-700">
        {own ??
          (zh
            ? "这次操作没有完成,数据没有被改动。请稍后重试;如果反复出现,请把下面的错误编号告诉系统管理员。"
            : "This action did not complete and nothing was changed. Please try again in a moment; if it keeps happening, give the reference below to the administrator.")}
      </p>
      {error.digest ? (
        <p className="mt-3 font-mono text-sm text-slate-600">
          {zh ? "错误编号" : "Reference"}: {error.digest}
        </p>
      ) : null}
      <p className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {zh ? "重试" : "Try again"}
        </button>
        <Link href="/" className="rounded border border-slate-300 px-4 py-2 text-slate-800">
          {zh ? "回到首页" : "Go to the home page"}
        </Link>
      </p>
    </main>
  );
}
