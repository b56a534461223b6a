-- CreateTable
CREATE TABLE "DepartmentTaskAttachment" (
    "id" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "uploadedById" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DepartmentTaskAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DepartmentTaskAttachment_storageKey_key" ON "DepartmentTaskAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "DepartmentTaskAttachment_taskId_idx" ON "DepartmentTaskAttachment"("taskId");

-- AddForeignKey
ALTER TABLE "DepartmentTaskAttachment" ADD CONSTRAINT "DepartmentTaskAttachment_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "DepartmentTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;
