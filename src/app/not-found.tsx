import Link from "next/link";
import { PublicShell } from "@/components/shell/public-shell";
import { getTranslator } from "@/lib/i18n/server";

export async function generateMetadata() {
  const { locale } = await getTranslator();
  return { title: locale === "zh" ? "页面不存在" : "Page not found" };
}

/** Every unknown address and every record the user may not see ends here, in the user's language. */
export default async function NotFound() {
  const { locale } = await getTranslator();
  const zh = locale === "zh";
  return (
    <PublicShell>
      <h1 className="text-2xl font-bold text-slate-900">{zh ? "找不到这个页面" : "This page could not be found"}</h1>
      <p className="mt-3 text-slate-700">
        {zh
          ? "地址可能有误,或者这条记录已被删除、不在您的管辖范围内。"
          : "The address may be wrong, or the record was removed or is outside what your account may see."}
      </p>
      <p className="mt-6 flex flex-wrap gap-3">
        <Link href="/" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {zh ? "回到首页" : "Go to the home page"}
        </Link>
        <Link
          href="/progress"
          className="rounded border border-slate-300 px-4 py-2 text-slate-800 underline-offset-2 hover:underline"
        >
          {zh ? "查看改造进度公开" : "Public progress"}
        </Link>
      </p>
    </PublicShell>
  );
}
