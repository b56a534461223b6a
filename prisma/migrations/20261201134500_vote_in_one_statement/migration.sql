-- A resident's vote in one round trip (src/modules/consultation/actions.ts castVote). The app used
-- to run it as an interactive transaction of ~9 statements (session, binding, item, ballot lock,
-- scope count, upsert, history, audit, commit), each a round trip with the Node event loop in
-- between; under a burst the connections sat idle in transaction most of the time. This function
-- does the same checks in the same order and the same writes in one statement, so it is atomic
-- on its own, and gives back what refused the vote (the app turns that into the usual message).
--
-- Order of the checks, as before: the session is open and its user active (UNAUTHENTICATED),
-- no temporary password (PASSWORD), a resident (ROLE), the dwelling is bound to them
-- (NOT_BOUND), the item exists (NO_ITEM), the ballot is open — under a shared lock on its row, so
-- closing (which takes it exclusively) waits for votes in flight and refuses later ones —
-- (CLOSED / NOT_YET), the dwelling is asked this item: a lift item only its stairwell unit, any
-- other item the dwellings of the project's neighbourhoods (OUT_OF_SCOPE). Paper forms are not
-- touched: which vote counts is decided when counting (src/modules/consultation/effective.ts).
-- Times are UTC like every DateTime Prisma writes.
CREATE OR REPLACE FUNCTION "cast_vote"(
  p_session_id text, p_user_id text, p_item_id text, p_dwelling_id text, p_choice text, p_ip text
) RETURNS TABLE (r_outcome text, r_vote_id text, r_event text) LANGUAGE plpgsql AS $$
DECLARE
  v_now timestamp(3) := timezone('UTC', clock_timestamp());
  v_role "Role";
  v_must boolean;
  v_ballot text;
  v_unit text;
  v_project text;
  v_district text;
  v_status "BallotStatus";
  v_opens timestamp(3);
  v_closes timestamp(3);
  v_inserted boolean;
  v_event "VoteEvent";
  v_vote_id text;
BEGIN
  SELECT u.role, u."mustChangePassword" INTO v_role, v_must
    FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
   WHERE s.id = p_session_id AND s."userId" = p_user_id AND s."revokedAt" IS NULL AND s."expiresAt" > v_now AND u.active;
  IF NOT FOUND THEN RETURN QUERY SELECT 'UNAUTHENTICATED'::text, NULL::text, NULL::text; RETURN; END IF;
  IF v_must THEN RETURN QUERY SELECT 'PASSWORD'::text, NULL::text, NULL::text; RETURN; END IF;
  IF v_role <> 'RESIDENT' THEN RETURN QUERY SELECT 'ROLE'::text, NULL::text, NULL::text; RETURN; END IF;

  PERFORM 1 FROM "ResidentDwelling" WHERE "userId" = p_user_id AND "dwellingId" = p_dwelling_id AND "revokedAt" IS NULL;
  IF NOT FOUND THEN RETURN QUERY SELECT 'NOT_BOUND'::text, NULL::text, NULL::text; RETURN; END IF;

  SELECT i."ballotId", i."unitId", b."projectId", p."districtId" INTO v_ballot, v_unit, v_project, v_district
    FROM "BallotItem" i JOIN "Ballot" b ON b.id = i."ballotId" JOIN "Project" p ON p.id = b."projectId"
   WHERE i.id = p_item_id;
  IF NOT FOUND THEN RETURN QUERY SELECT 'NO_ITEM'::text, NULL::text, NULL::text; RETURN; END IF;

  SELECT b.status, b."opensAt", b."closesAt" INTO v_status, v_opens, v_closes FROM "Ballot" b WHERE b.id = v_ballot FOR SHARE;
  IF NOT FOUND OR v_status <> 'OPEN' OR v_now >= v_closes THEN RETURN QUERY SELECT 'CLOSED'::text, NULL::text, NULL::text; RETURN; END IF;
  IF v_now < v_opens THEN RETURN QUERY SELECT 'NOT_YET'::text, NULL::text, NULL::text; RETURN; END IF;

  IF v_unit IS NOT NULL THEN
    PERFORM 1 FROM "Dwelling" d WHERE d.id = p_dwelling_id AND d."unitId" = v_unit;
  ELSE
    PERFORM 1 FROM "Dwelling" d JOIN "ProjectNeighborhood" pn ON pn."neighborhoodId" = d."neighborhoodId" AND pn."projectId" = v_project
     WHERE d.id = p_dwelling_id;
  END IF;
  IF NOT FOUND THEN RETURN QUERY SELECT 'OUT_OF_SCOPE'::text, NULL::text, NULL::text; RETURN; END IF;

  -- One row per dwelling per item; the unique index makes simultaneous votes replace, never add.
  -- The row lock taken here orders the history of co-owners voting at the same moment.
  INSERT INTO "Vote" AS v (id, "ballotItemId", "dwellingId", choice, "castById", "castAt", "updatedAt")
  VALUES (gen_random_uuid()::text, p_item_id, p_dwelling_id, p_choice::"VoteChoice", p_user_id, v_now, v_now)
  ON CONFLICT ("ballotItemId", "dwellingId")
  DO UPDATE SET choice = EXCLUDED.choice, "castById" = EXCLUDED."castById", "updatedAt" = EXCLUDED."updatedAt"
  RETURNING v.id, (v.xmax = 0) INTO v_vote_id, v_inserted;
  v_event := CASE WHEN v_inserted THEN 'ONLINE_CAST' ELSE 'ONLINE_CHANGED' END;

  INSERT INTO "VoteHistory" ("ballotItemId", "dwellingId", event, choice, "actorId", at)
  VALUES (p_item_id, p_dwelling_id, v_event, p_choice::"VoteChoice", p_user_id, v_now);
  -- The same audit row writeAudit (src/lib/audit.ts) makes, in the same statement as the change.
  INSERT INTO "AuditLog" (at, "actorId", "actorRole", action, "entityType", "entityId", "districtId", after, ip)
  VALUES (v_now, p_user_id, v_role, 'vote.cast', 'Vote', v_vote_id, v_district,
          jsonb_build_object('ballotItemId', p_item_id, 'dwellingId', p_dwelling_id, 'choice', p_choice, 'event', v_event::text), p_ip);

  RETURN QUERY SELECT 'OK'::text, v_vote_id, v_event::text;
END
$$;
