import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { pick } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/i18n/server";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { MarkAllReadButton, NotificationList } from "@/modules/notifications/components/notification-list";
import { notificationsOf } from "@/modules/notifications/queries";
import { localizedTitle } from "@/lib/i18n/metadata";

export const generateMetadata = localizedTitle({ zh: "通知", en: "Notifications" });

export default async function NotificationsPage({ searchParams }: { searchParams: FlashParams }) {
  const actor = await requirePageActor();
  const { locale } = await getTranslator();
  const L = (zh: string, en: string) => pick(locale, { zh, en });
  const { ok, error } = await searchParams;
  const notifications = await notificationsOf(actor);
  const unread = notifications.filter((n) => !n.readAt).length;
  const resident = actor.role === "RESIDENT";
  return (
    <AppShell actor={actor} wide={!resident}>
      <PageTitle subtitle={resident ? L("投票开始、快截止、结果公示、异议答复和改造进展,都会在这里告诉您。", "Ballots opening and closing, results, replies to objections and your project's progress are announced here.") : L("逾期督办等提醒,只发给您本人。", "Reminders such as overdue escalations, addressed to you only.")}>{L("通知", "Notifications")}</PageTitle>
      <Flash ok={ok} error={error} messages={{ read: L("已标为已读。", "Marked as read.") }} />
      <Card title={L(`未读 ${unread} 条`, `${unread} unread`)}>
        {unread > 0 ? <div className="mb-3"><MarkAllReadButton locale={locale} returnTo="notifications" large={resident} /></div> : null}
        <NotificationList notifications={notifications} locale={locale} returnTo="notifications" large={resident} />
      </Card>
    </AppShell>
  );
}
