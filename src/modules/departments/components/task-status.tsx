import type { TaskStatus } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { TASK_STATUS_LABELS, TASK_STATUS_STYLE } from "../labels";

export function TaskStatusBadge({ status, locale }: { status: TaskStatus; locale: Locale }) {
  return (
    <span className={`rounded px-2 py-0.5 text-xs font-semibold ${TASK_STATUS_STYLE[status]}`} data-status={status}>
      {TASK_STATUS_LABELS[status][locale]}
    </span>
  );
}
