-- The dashboard triggers (migrations 20261202100000_dashboard_class_item_totals and
-- 20261202110000_dashboard_learner_lesson_marks) rebuilt a learner's lesson rows after every
-- answer and every attempt started or finished, whether or not the change could move them.
-- Those rows are figures of ONE attempt per learner and lesson: the first lesson attempt (the
-- lesson marks) and the first finished one (the item marks and the class sums). A change to any
-- other attempt leaves them as they are, so the triggers now skip it:
--   * an attempt is the first when no lesson attempt of the same learner and lesson sorts before
--     it by (startedAt, id), the order the rebuilds pick by; the first finished, likewise among
--     finished attempts;
--   * a change that moves the first attempt involves the attempt that was first before it or
--     the one that is first after it, and that attempt's trigger still rebuilds;
--   * an attempt update that changes only completedAt keeps the attempt's place in that order,
--     so the same test applies; any other update rebuilds as before.
-- A learner's second pass at a lesson, or a review, thus costs no rebuild. Further cuts: a
-- learner in no class has no class sums to move (learner_item_refresh skips class_item_apply);
-- the lesson-marks row is updated in place instead of deleted and inserted; and an answer in the
-- first attempt sums that attempt's totals straight away, without looking the first attempt up
-- again. bench/load/triggers.bench.ts measures each (CPU per answer).

CREATE OR REPLACE FUNCTION "attempt_question_totals_refresh_items"() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    row_attempt TEXT := CASE WHEN TG_OP = 'DELETE' THEN OLD."attemptId" ELSE NEW."attemptId" END;
    a RECORD;
BEGIN
    SELECT q."userId", q."lessonId" INTO a FROM "quiz_attempts" q
    WHERE q."id" = row_attempt AND q."kind" = 'lesson' AND q."completedAt" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = q."userId" AND e."lessonId" = q."lessonId"
                        AND e."kind" = 'lesson' AND e."completedAt" IS NOT NULL
                        AND (e."startedAt", e."id") < (q."startedAt", q."id"));
    IF FOUND THEN
        PERFORM "learner_item_refresh"(a."userId", a."lessonId");
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION "answer_explorations_refresh_items"() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    answer_id TEXT := CASE WHEN TG_OP = 'DELETE' THEN OLD."answerId" ELSE NEW."answerId" END;
    a RECORD;
BEGIN
    SELECT q."userId", q."lessonId" INTO a
    FROM "answers" x JOIN "quiz_attempts" q ON q."id" = x."attemptId"
    WHERE x."id" = answer_id AND x."tryNumber" = 1 AND q."kind" = 'lesson'
      AND q."completedAt" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = q."userId" AND e."lessonId" = q."lessonId"
                        AND e."kind" = 'lesson' AND e."completedAt" IS NOT NULL
                        AND (e."startedAt", e."id") < (q."startedAt", q."id"));
    IF FOUND THEN
        PERFORM "learner_item_refresh"(a."userId", a."lessonId");
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION "quiz_attempts_refresh_items"() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    -- Each test of an earlier attempt is a statement of its own, run only when the cheap
    -- conditions hold: a condition with a subquery is no simple expression, and would cost a
    -- query on every update of the attempt (one per answer).
    IF TG_OP = 'INSERT' THEN
        IF NEW."kind" = 'lesson' AND NEW."completedAt" IS NOT NULL THEN
            IF NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                           WHERE e."userId" = NEW."userId" AND e."lessonId" = NEW."lessonId"
                             AND e."kind" = 'lesson'
                             AND e."completedAt" IS NOT NULL
                             AND (e."startedAt", e."id") < (NEW."startedAt", NEW."id")) THEN
                PERFORM "learner_item_refresh"(NEW."userId", NEW."lessonId");
            END IF;
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        IF OLD."kind" = 'lesson' AND OLD."completedAt" IS NOT NULL THEN
            IF NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                           WHERE e."userId" = OLD."userId" AND e."lessonId" = OLD."lessonId"
                             AND e."kind" = 'lesson'
                             AND e."completedAt" IS NOT NULL
                             AND (e."startedAt", e."id") < (OLD."startedAt", OLD."id")) THEN
                PERFORM "learner_item_refresh"(OLD."userId", OLD."lessonId");
            END IF;
        END IF;
    ELSIF OLD."startedAt" IS NOT DISTINCT FROM NEW."startedAt"
       AND OLD."kind" IS NOT DISTINCT FROM NEW."kind"
       AND OLD."lessonId" IS NOT DISTINCT FROM NEW."lessonId"
       AND OLD."userId" IS NOT DISTINCT FROM NEW."userId" THEN
        IF OLD."completedAt" IS DISTINCT FROM NEW."completedAt" AND NEW."kind" = 'lesson' THEN
            IF NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                           WHERE e."userId" = NEW."userId" AND e."lessonId" = NEW."lessonId"
                             AND e."kind" = 'lesson'
                             AND e."completedAt" IS NOT NULL
                             AND (e."startedAt", e."id") < (NEW."startedAt", NEW."id")) THEN
                PERFORM "learner_item_refresh"(NEW."userId", NEW."lessonId");
            END IF;
        END IF;
    ELSE
        PERFORM "learner_item_refresh"(OLD."userId", OLD."lessonId");
        IF NEW."userId" IS DISTINCT FROM OLD."userId"
           OR NEW."lessonId" IS DISTINCT FROM OLD."lessonId" THEN
            PERFORM "learner_item_refresh"(NEW."userId", NEW."lessonId");
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION "attempt_question_totals_refresh_lesson_marks"() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    row_attempt TEXT := CASE WHEN TG_OP = 'DELETE' THEN OLD."attemptId" ELSE NEW."attemptId" END;
    a RECORD;
BEGIN
    SELECT q."userId", q."lessonId" INTO a FROM "quiz_attempts" q
    WHERE q."id" = row_attempt AND q."kind" = 'lesson'
      AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = q."userId" AND e."lessonId" = q."lessonId"
                        AND e."kind" = 'lesson'
                        AND (e."startedAt", e."id") < (q."startedAt", q."id"));
    IF FOUND THEN
        -- The attempt is the first, so its totals are the row: summed here directly, without
        -- learner_lesson_marks_refresh looking the first attempt up again.
        INSERT INTO "learner_lesson_marks" AS l ("userId", "lessonId", "answered", "sumMark",
            "firstCorrect", "hints")
        SELECT a."userId", a."lessonId", COUNT(*), SUM(t."mark"), SUM(t."firstCorrect"),
            SUM(t."hints")
        FROM "attempt_question_totals" t
        WHERE t."attemptId" = row_attempt
          -- As in the refresh: a learner being deleted keeps no row (their cascades run in
          -- no promised order, so the attempt may outlive them for a moment).
          AND EXISTS (SELECT 1 FROM "users" u WHERE u."id" = a."userId")
        HAVING COUNT(*) > 0
        ON CONFLICT ("userId", "lessonId") DO UPDATE SET
            "answered" = EXCLUDED."answered", "sumMark" = EXCLUDED."sumMark",
            "firstCorrect" = EXCLUDED."firstCorrect", "hints" = EXCLUDED."hints";
        IF NOT FOUND THEN
            DELETE FROM "learner_lesson_marks"
            WHERE "userId" = a."userId" AND "lessonId" = a."lessonId";
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION "quiz_attempts_refresh_lesson_marks"() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    -- Each test of an earlier attempt is a statement of its own, run only when the cheap
    -- conditions hold: a condition with a subquery is no simple expression, and would cost a
    -- query on every update of the attempt (one per answer).
    IF TG_OP = 'INSERT' THEN
        IF NEW."kind" = 'lesson' THEN
            IF NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                           WHERE e."userId" = NEW."userId" AND e."lessonId" = NEW."lessonId"
                             AND e."kind" = 'lesson'
                             AND (e."startedAt", e."id") < (NEW."startedAt", NEW."id")) THEN
                PERFORM "learner_lesson_marks_refresh"(NEW."userId", NEW."lessonId");
            END IF;
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        IF OLD."kind" = 'lesson' THEN
            IF NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                           WHERE e."userId" = OLD."userId" AND e."lessonId" = OLD."lessonId"
                             AND e."kind" = 'lesson'
                             AND (e."startedAt", e."id") < (OLD."startedAt", OLD."id")) THEN
                PERFORM "learner_lesson_marks_refresh"(OLD."userId", OLD."lessonId");
            END IF;
        END IF;
    ELSIF OLD."startedAt" IS DISTINCT FROM NEW."startedAt"
       OR OLD."kind" IS DISTINCT FROM NEW."kind"
       OR OLD."lessonId" IS DISTINCT FROM NEW."lessonId"
       OR OLD."userId" IS DISTINCT FROM NEW."userId" THEN
        PERFORM "learner_lesson_marks_refresh"(OLD."userId", OLD."lessonId");
        IF NEW."userId" IS DISTINCT FROM OLD."userId"
           OR NEW."lessonId" IS DISTINCT FROM OLD."lessonId" THEN
            PERFORM "learner_lesson_marks_refresh"(NEW."userId", NEW."lessonId");
        END IF;
    END IF;
    RETURN NULL;
END
$$;

-- In place: the row is updated (no delete, and no foreign-key check of a new row), and only
-- removed when the first attempt has no totals (or there is no attempt, or no learner).
CREATE OR REPLACE FUNCTION "learner_lesson_marks_refresh"(p_user TEXT, p_lesson TEXT)
RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO "learner_lesson_marks" AS l ("userId", "lessonId", "answered", "sumMark",
        "firstCorrect", "hints")
    SELECT f."userId", f."lessonId", COUNT(*), SUM(t."mark"), SUM(t."firstCorrect"), SUM(t."hints")
    FROM (SELECT q."id", q."userId", q."lessonId" FROM "quiz_attempts" q
          JOIN "users" u ON u."id" = q."userId"
          WHERE q."userId" = p_user AND q."lessonId" = p_lesson AND q."kind" = 'lesson'
          ORDER BY q."startedAt", q."id" LIMIT 1) f
    JOIN "attempt_question_totals" t ON t."attemptId" = f."id"
    GROUP BY f."userId", f."lessonId"
    ON CONFLICT ("userId", "lessonId") DO UPDATE SET
        "answered" = EXCLUDED."answered", "sumMark" = EXCLUDED."sumMark",
        "firstCorrect" = EXCLUDED."firstCorrect", "hints" = EXCLUDED."hints";
    IF NOT FOUND THEN
        DELETE FROM "learner_lesson_marks" WHERE "userId" = p_user AND "lessonId" = p_lesson;
    END IF;
END
$$;

-- A learner in no (stored) class has no class sums to take away or add back: only their item
-- rows are rebuilt. Enrolments cannot change between the two checks (one function, no writer
-- in between), so the sums stay exactly as class_item_apply would leave them.
CREATE OR REPLACE FUNCTION "learner_item_refresh"(p_user TEXT, p_lesson TEXT)
RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    enrolled BOOLEAN := EXISTS (SELECT 1 FROM "enrollments" e JOIN "classes" c ON c."id" = e."classId"
                                WHERE e."userId" = p_user);
BEGIN
    IF enrolled THEN
        PERFORM "class_item_apply"(NULL, p_user, p_lesson, -1);
    END IF;
    DELETE FROM "learner_item_marks" WHERE "userId" = p_user AND "lessonId" = p_lesson;
    INSERT INTO "learner_item_marks" ("userId", "lessonId", "questionId", "mark", "total",
        "tries", "hints", "ms", "firstTried", "firstCorrect", "firstChoice",
        "firstMisconceptions", "explored")
    SELECT f."userId", f."lessonId", t."questionId", t."mark", SUM(t."mark") OVER (), t."tries",
        t."hints", t."ms", CASE WHEN t."firstAnswerId" IS NULL THEN 0 ELSE 1 END,
        t."firstCorrect", t."firstChoice", t."firstMisconceptions",
        CASE WHEN EXISTS (SELECT 1 FROM "answer_explorations" x
                          WHERE x."answerId" = t."firstAnswerId") THEN 1 ELSE 0 END
    FROM (SELECT q."id", q."userId", q."lessonId" FROM "quiz_attempts" q
          JOIN "users" u ON u."id" = q."userId"
          WHERE q."userId" = p_user AND q."lessonId" = p_lesson
            AND q."kind" = 'lesson' AND q."completedAt" IS NOT NULL
          ORDER BY q."startedAt", q."id" LIMIT 1) f
    JOIN "attempt_question_totals" t ON t."attemptId" = f."id";
    IF enrolled THEN
        PERFORM "class_item_apply"(NULL, p_user, p_lesson, 1);
    END IF;
END
$$;
