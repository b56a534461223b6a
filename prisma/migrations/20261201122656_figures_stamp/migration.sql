-- CreateTable
CREATE TABLE "FiguresStamp" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FiguresStamp_pkey" PRIMARY KEY ("id")
);

-- The one row the triggers below keep.
INSERT INTO "FiguresStamp" ("id", "version", "changedAt") VALUES (1, 0, now());

-- Bumps the stamp once per transaction, at its commit (the triggers are deferred). Taking the
-- stamp's row lock as the transaction's very last step means a writer holding it never waits for
-- another lock, so it cannot join a deadlock, and concurrent writers queue only for the moment of
-- commit. The transaction-local setting skips the repeat bumps of a many-row statement. The upsert
-- puts the row back if a test's TRUNCATE removed it.
CREATE FUNCTION "figures_stamp_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('renew.figures_stamped', true) = pg_current_xact_id()::text THEN
    RETURN NULL;
  END IF;
  PERFORM set_config('renew.figures_stamped', pg_current_xact_id()::text, true);
  INSERT INTO "FiguresStamp" ("id", "version", "changedAt") VALUES (1, 1, clock_timestamp())
    ON CONFLICT ("id") DO UPDATE SET "version" = "FiguresStamp"."version" + 1, "changedAt" = clock_timestamp();
  RETURN NULL;
END
$$;

-- The tables the cached figures read (src/lib/figures-cache.ts lists the views). Votes are not
-- among them: no dashboard figure counts votes (the tallies reach the figures only through
-- BallotItem.outcome/result at closing), so the vote path neither bumps nor waits here.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['District', 'Street', 'Setting', 'Neighborhood', 'Project', 'ProjectNeighborhood', 'ProjectItem', 'Milestone',
                           'DepartmentTask', 'Department', 'FundingRecord', 'Ballot', 'Feedback', 'ProgrammeTarget', 'DistrictTargetShare',
                           'AnnualPlan', 'AnnualPlanEntry', 'AnnualPlanVersion', 'PlanReview', 'CatalogueItem', 'RollupSnapshot'] LOOP
    EXECUTE format('CREATE CONSTRAINT TRIGGER "figures_stamp" AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "figures_stamp_bump"()', t);
    -- TRUNCATE has no row triggers; it bumps at once (only tests and restores truncate).
    EXECUTE format('CREATE TRIGGER "figures_stamp_truncate" AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "figures_stamp_bump"()', t);
  END LOOP;
END
$$;
-- A ballot item's figures change at closing; columns a later change may add for live tallies do not count.
CREATE CONSTRAINT TRIGGER "figures_stamp" AFTER INSERT OR UPDATE OF "ballotId", "outcome", "result" OR DELETE ON "BallotItem"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "figures_stamp_bump"();
CREATE TRIGGER "figures_stamp_truncate" AFTER TRUNCATE ON "BallotItem" FOR EACH STATEMENT EXECUTE FUNCTION "figures_stamp_bump"();
