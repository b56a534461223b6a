-- AlterTable
ALTER TABLE "Neighborhood" ADD COLUMN     "contactPhone" TEXT;
