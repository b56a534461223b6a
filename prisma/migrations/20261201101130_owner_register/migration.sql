-- CreateTable
CREATE TABLE "DwellingOwner" (
    "id" TEXT NOT NULL,
    "dwellingId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "idLast4" TEXT NOT NULL,
    "ownerRef" TEXT NOT NULL,
    "phone" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DwellingOwner_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DwellingOwner_ownerRef_idx" ON "DwellingOwner"("ownerRef");

-- CreateIndex
CREATE UNIQUE INDEX "DwellingOwner_dwellingId_ownerRef_key" ON "DwellingOwner"("dwellingId", "ownerRef");

-- AddForeignKey
ALTER TABLE "DwellingOwner" ADD CONSTRAINT "DwellingOwner_dwellingId_fkey" FOREIGN KEY ("dwellingId") REFERENCES "Dwelling"("id") ON DELETE CASCADE ON UPDATE CASCADE;
