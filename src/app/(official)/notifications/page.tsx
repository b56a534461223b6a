import Link from "next/link";
import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { formatDateTime } from "@/lib/format";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { markNotificationsReadForm } from "@/modules/notifications/forms";
import { notificationsOf } from "@/modules/notifications/queries";

export const metadata = { title: "通知" };

export default async function NotificationsPage({ searchParams }: { searchParams: FlashParams }) {
  const actor = await requirePageActor();
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { ok, error } = await searchParams;
  const notifications = await notificationsOf(actor);
  const unread = notifications.filter((n) => !n.readAt).length;
  return (
    <AppShell actor={actor} wide={actor.role !== "RESIDENT"}>
      <PageTitle subtitle={L("逾期督办等提醒,只发给您本人。", "Reminders such as overdue escalations, addressed to you only.")}>{L("通知", "Notifications")}</PageTitle>
      <Flash ok={ok} error={error} messages={{ read: L("已标为已读。", "Marked as read.") }} />
      <Card title={L(`未读 ${unread} 条`, `${unread} unread`)}>
        {unread > 0 ? (
          <form action={markNotificationsReadForm} className="mb-3">
            <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm">{L("全部标为已读", "Mark all as read")}</button>
          </form>
        ) : null}
        {notifications.length === 0 ? <p className="text-sm text-slate-600">{L("暂无通知。", "No notifications.")}</p> : null}
        <ul className="space-y-2">
          {notifications.map((n) => (
            <li key={n.id} data-testid="notification" className={`rounded border p-3 text-sm ${n.readAt ? "border-slate-200 text-slate-600" : "border-amber-300 bg-amber-50"}`}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <p className="font-medium text-slate-900">{n.readAt ? null : <span className="mr-1 text-amber-800">{L("[未读]", "[unread]")}</span>}{n.title}</p>
                  {n.body ? <p className="mt-1">{n.body}</p> : null}
                  <p className="mt-1 text-xs text-slate-500">
                    {formatDateTime(n.createdAt, locale)}
                    {n.link ? <> · <Link href={n.link} className="text-brand-700 underline">{L("查看", "Open")}</Link></> : null}
                  </p>
                </div>
                {n.readAt ? null : (
                  <form action={markNotificationsReadForm}>
                    <input type="hidden" name="notificationId" value={n.id} />
                    <button type="submit" className="rounded border border-slate-300 px-2 py-0.5 text-xs">{L("标为已读", "Mark read")}</button>
                  </form>
                )}
              </div>
            </li>
          ))}
        </ul>
      </Card>
    </AppShell>
  );
}
