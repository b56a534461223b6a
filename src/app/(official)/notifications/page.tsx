import { AppShell, Card, PageTitle } from "@/components/shell/app-shell";
import { requirePageActor } from "@/lib/auth/page";
import { getTranslator } from "@/lib/i18n/server";
import { Flash, type FlashParams } from "@/modules/consultation/components/flash";
import { MarkAllReadButton, NotificationList } from "@/modules/notifications/components/notification-list";
import { notificationsOf } from "@/modules/notifications/queries";
import { localizedTitle } from "@/lib/i18n/metadata";
import { getTranslations } from "next-intl/server";

export const generateMetadata = localizedTitle("routes.notifications.notifications");

export default async function NotificationsPage({ searchParams }: { searchParams: FlashParams }) {
  const actor = await requirePageActor();
  const { locale } = await getTranslator();
  const t = await getTranslations();
  const { ok, error } = await searchParams;
  const notifications = await notificationsOf(actor);
  const unread = notifications.filter((n) => !n.readAt).length;
  const resident = actor.role === "RESIDENT";
  return (
    <AppShell actor={actor} wide={!resident}>
      <PageTitle
        subtitle={
          resident
            ? t("routes.notifications.ballotsOpeningAndClosingResultsReplies")
            : t("routes.notifications.remindersSuchAsOverdueEscalationsAddressed")
        }
      >
        {t("routes.notifications.notifications")}
      </PageTitle>
      <Flash ok={ok} error={error} messages={{ read: t("routes.notifications.markedAsRead") }} />
      <Card title={t("routes.notifications.unread", { unread: String(unread) })}>
        {unread > 0 ? (
          <div className="mb-3">
            <MarkAllReadButton locale={locale} returnTo="notifications" large={resident} />
          </div>
        ) : null}
        <NotificationList notifications={notifications} locale={locale} returnTo="notifications" large={resident} />
      </Card>
    </AppShell>
  );
}
