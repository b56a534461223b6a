-- AlterTable
ALTER TABLE "VoteHistory" ADD COLUMN     "paperBallotId" TEXT;
