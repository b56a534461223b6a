-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "VoteEvent" ADD VALUE 'PROXY_AUTHORISED';
ALTER TYPE "VoteEvent" ADD VALUE 'PROXY_REVOKED';
ALTER TYPE "VoteEvent" ADD VALUE 'PROXY_ENTERED';
ALTER TYPE "VoteEvent" ADD VALUE 'PROXY_VOIDED';

-- AlterTable
ALTER TABLE "Ballot" ADD COLUMN     "extendedAt" TIMESTAMP(3),
ADD COLUMN     "extendedById" TEXT,
ADD COLUMN     "extensionReason" TEXT,
ADD COLUMN     "originalClosesAt" TIMESTAMP(3),
ADD COLUMN     "previousRoundId" TEXT,
ADD COLUMN     "round" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "PaperBallot" ADD COLUMN     "proxyId" TEXT;

-- AlterTable
ALTER TABLE "VoteHistory" ADD COLUMN     "proxyId" TEXT;

-- CreateTable
CREATE TABLE "ProxyAuthorisation" (
    "id" TEXT NOT NULL,
    "ballotId" TEXT NOT NULL,
    "dwellingId" TEXT NOT NULL,
    "ownerName" TEXT NOT NULL,
    "proxyName" TEXT NOT NULL,
    "proxyPhone" TEXT,
    "proxyIdLast4" TEXT,
    "scanKey" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revokeReason" TEXT,

    CONSTRAINT "ProxyAuthorisation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProxyAuthorisation_ballotId_dwellingId_idx" ON "ProxyAuthorisation"("ballotId", "dwellingId");

-- CreateIndex
CREATE UNIQUE INDEX "Ballot_previousRoundId_key" ON "Ballot"("previousRoundId");

-- CreateIndex
CREATE INDEX "PaperBallot_proxyId_idx" ON "PaperBallot"("proxyId");

-- AddForeignKey
ALTER TABLE "Ballot" ADD CONSTRAINT "Ballot_previousRoundId_fkey" FOREIGN KEY ("previousRoundId") REFERENCES "Ballot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PaperBallot" ADD CONSTRAINT "PaperBallot_proxyId_fkey" FOREIGN KEY ("proxyId") REFERENCES "ProxyAuthorisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProxyAuthorisation" ADD CONSTRAINT "ProxyAuthorisation_ballotId_fkey" FOREIGN KEY ("ballotId") REFERENCES "Ballot"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProxyAuthorisation" ADD CONSTRAINT "ProxyAuthorisation_dwellingId_fkey" FOREIGN KEY ("dwellingId") REFERENCES "Dwelling"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- At most one authorisation in force per dwelling and ballot (Prisma cannot express a partial index).
CREATE UNIQUE INDEX "ProxyAuthorisation_one_in_force" ON "ProxyAuthorisation"("ballotId", "dwellingId") WHERE "revokedAt" IS NULL;
