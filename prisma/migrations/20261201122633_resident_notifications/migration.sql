-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('BALLOT_OPENED', 'BALLOT_CLOSING', 'BALLOT_EXTENDED', 'RESULT_PUBLISHED', 'OBJECTION_ANSWERED', 'PROJECT_STAGE_CHANGED');

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "dedupeKey" TEXT,
ADD COLUMN     "kind" "NotificationKind",
ADD COLUMN     "params" JSONB;

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");
