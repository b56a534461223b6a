-- The default was written `'2016-01-01'::timestamp` on a DATE column. PostgreSQL keeps it as
-- `'2016-01-01 00:00:00'::timestamp without time zone`, which never reads back as the schema's
-- text: every diff from the migrations (and so every `prisma migrate dev`) wanted to set it again.
-- Same value, written as the date it is.

-- AlterTable
ALTER TABLE "District" ALTER COLUMN "validFrom" SET DEFAULT '2016-01-01'::date;
