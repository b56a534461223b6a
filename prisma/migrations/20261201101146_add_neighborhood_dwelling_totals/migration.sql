-- AlterTable
ALTER TABLE "Neighborhood" ADD COLUMN     "dwellingAreaM2" DECIMAL(14,2) NOT NULL DEFAULT 0,
ADD COLUMN     "dwellingCount" INTEGER NOT NULL DEFAULT 0;

-- Kept by the database, not the app: every write to "Dwelling" (the app's forms and imports, the
-- seed, the generator's bulk inserts, cascades from a deleted building) adjusts the totals of the
-- neighbourhoods it touched, once per statement, from the statement's transition tables.
CREATE FUNCTION "neighborhood_dwelling_totals"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Neighborhood" n
       SET "dwellingCount" = n."dwellingCount" - d.c, "dwellingAreaM2" = n."dwellingAreaM2" - d.a
      FROM (SELECT "neighborhoodId" AS id, count(*) AS c, sum("areaM2") AS a FROM old_rows GROUP BY 1 ORDER BY 1) d
     WHERE n.id = d.id;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    UPDATE "Neighborhood" n
       SET "dwellingCount" = n."dwellingCount" + d.c, "dwellingAreaM2" = n."dwellingAreaM2" + d.a
      FROM (SELECT "neighborhoodId" AS id, count(*) AS c, sum("areaM2") AS a FROM new_rows GROUP BY 1 ORDER BY 1) d
     WHERE n.id = d.id;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "dwelling_totals_insert" AFTER INSERT ON "Dwelling"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "neighborhood_dwelling_totals"();
CREATE TRIGGER "dwelling_totals_update" AFTER UPDATE ON "Dwelling"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "neighborhood_dwelling_totals"();
CREATE TRIGGER "dwelling_totals_delete" AFTER DELETE ON "Dwelling"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "neighborhood_dwelling_totals"();

-- Existing dwellings, once.
UPDATE "Neighborhood" n SET "dwellingCount" = d.c, "dwellingAreaM2" = d.a
  FROM (SELECT "neighborhoodId" AS id, count(*) AS c, sum("areaM2") AS a FROM "Dwelling" GROUP BY 1) d
 WHERE n.id = d.id;
