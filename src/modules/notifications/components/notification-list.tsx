// The list of one's notices, as plain forms (no JavaScript needed): the notice's button opens
// where it points and marks it read; "标为已读" only marks it. Used on the resident's home page
// and on /notifications.
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/i18n/messages";
import { markNotificationsReadForm, openNotificationForm } from "../forms";
import { renderNotice } from "../notice-text";
import type { NotificationRow } from "../queries";
import type { ReturnTo } from "../schema";
import { useTranslations } from "next-intl";

export function NotificationList({
  notifications,
  locale,
  returnTo,
  large = false,
}: {
  notifications: NotificationRow[];
  locale: Locale;
  returnTo: ReturnTo;
  large?: boolean;
}) {
  const t = useTranslations();
  if (notifications.length === 0)
    return <p className="text-slate-600">{t("notifications.notificationList.noNotifications")}</p>;
  return (
    <ul className="space-y-3">
      {notifications.map((n) => {
        const text = renderNotice(n, locale);
        return (
          <li
            key={n.id}
            data-testid="notification"
            className={`rounded-lg border p-3 ${large ? "text-base" : "text-sm"} ${n.readAt ? "border-slate-200 bg-white text-slate-600" : "border-amber-400 bg-amber-50"}`}
          >
            <p className={`font-semibold text-slate-900 ${large ? "text-lg" : ""}`}>
              {n.readAt ? null : (
                <span className="mr-1 text-amber-800">{t("notifications.notificationList.unread")}</span>
              )}
              {text.title}
            </p>
            {text.body ? <p className="mt-1 break-words">{text.body}</p> : null}
            <p className="mt-1 text-xs text-slate-500">{formatDateTime(n.createdAt, locale)}</p>
            <div className="mt-2 flex flex-wrap gap-2">
              {n.link ? (
                <form action={openNotificationForm}>
                  <input type="hidden" name="notificationId" value={n.id} />
                  <input type="hidden" name="returnTo" value={returnTo} />
                  <button
                    type="submit"
                    className={`rounded-lg bg-brand-700 font-semibold text-white ${large ? "min-h-11 px-5 py-2 text-lg" : "px-3 py-1 text-sm"}`}
                  >
                    {text.linkLabel}
                  </button>
                </form>
              ) : null}
              {n.readAt ? null : (
                <form action={markNotificationsReadForm}>
                  <input type="hidden" name="notificationId" value={n.id} />
                  <input type="hidden" name="returnTo" value={returnTo} />
                  <button
                    type="submit"
                    className={`rounded-lg border border-slate-400 bg-white ${large ? "min-h-11 px-4 py-2" : "px-2 py-0.5 text-xs"}`}
                  >
                    {t("notifications.notificationList.markRead")}
                  </button>
                </form>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

export function MarkAllReadButton({
  locale,
  returnTo,
  large = false,
}: {
  locale: Locale;
  returnTo: ReturnTo;
  large?: boolean;
}) {
  return (
    <form action={markNotificationsReadForm}>
      <input type="hidden" name="returnTo" value={returnTo} />
      <button
        type="submit"
        className={`rounded-lg border border-slate-400 bg-white ${large ? "min-h-11 px-4 py-2" : "px-3 py-1 text-sm"}`}
      >
        {pick(locale, { zh: "全部标为已读", en: "Mark all as read" })}
      </button>
    </form>
  );
}
