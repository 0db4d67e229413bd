-- Each learner's marks in their FIRST lesson attempt at each lesson (finished or not), summed
-- per lesson: what the learner progress table and export read (questions answered, mean mark,
-- right at the first try, hints), one row per learner and lesson instead of one per question.
-- Rebuilt for one learner and lesson by triggers whenever that lesson's attempts or totals
-- change, in the writer's own transaction, and filled here from the data already stored.

CREATE TABLE "learner_lesson_marks" (
    "userId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "answered" INTEGER NOT NULL,
    "sumMark" DOUBLE PRECISION NOT NULL,
    "firstCorrect" INTEGER NOT NULL,
    "hints" INTEGER NOT NULL,

    CONSTRAINT "learner_lesson_marks_pkey" PRIMARY KEY ("userId","lessonId")
);

ALTER TABLE "learner_lesson_marks" ADD CONSTRAINT "learner_lesson_marks_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE FUNCTION "learner_lesson_marks_refresh"(p_user TEXT, p_lesson TEXT)
RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM "learner_lesson_marks" WHERE "userId" = p_user AND "lessonId" = p_lesson;
    INSERT INTO "learner_lesson_marks" ("userId", "lessonId", "answered", "sumMark",
        "firstCorrect", "hints")
    SELECT f."userId", f."lessonId", COUNT(*), SUM(t."mark"), SUM(t."firstCorrect"), SUM(t."hints")
    FROM (SELECT q."id", q."userId", q."lessonId" FROM "quiz_attempts" q
          JOIN "users" u ON u."id" = q."userId"
          WHERE q."userId" = p_user AND q."lessonId" = p_lesson AND q."kind" = 'lesson'
          ORDER BY q."startedAt", q."id" LIMIT 1) f
    JOIN "attempt_question_totals" t ON t."attemptId" = f."id"
    GROUP BY f."userId", f."lessonId";
END
$$;

INSERT INTO "learner_lesson_marks" ("userId", "lessonId", "answered", "sumMark", "firstCorrect",
    "hints")
SELECT f."userId", f."lessonId", COUNT(*), SUM(t."mark"), SUM(t."firstCorrect"), SUM(t."hints")
FROM (SELECT q."id", q."userId", q."lessonId",
             ROW_NUMBER() OVER (PARTITION BY q."userId", q."lessonId"
                                ORDER BY q."startedAt", q."id") AS rn
      FROM "quiz_attempts" q WHERE q."kind" = 'lesson') f
JOIN "attempt_question_totals" t ON t."attemptId" = f."id"
WHERE f.rn = 1
GROUP BY f."userId", f."lessonId";

CREATE FUNCTION "attempt_question_totals_refresh_lesson_marks"() RETURNS trigger
LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    row_attempt TEXT := CASE WHEN TG_OP = 'DELETE' THEN OLD."attemptId" ELSE NEW."attemptId" END;
    a RECORD;
BEGIN
    SELECT q."userId", q."lessonId" INTO a FROM "quiz_attempts" q
    WHERE q."id" = row_attempt AND q."kind" = 'lesson';
    IF FOUND THEN
        PERFORM "learner_lesson_marks_refresh"(a."userId", a."lessonId");
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "attempt_question_totals_refresh_lesson_marks"
AFTER INSERT OR UPDATE OR DELETE ON "attempt_question_totals"
FOR EACH ROW EXECUTE FUNCTION "attempt_question_totals_refresh_lesson_marks"();

CREATE FUNCTION "quiz_attempts_refresh_lesson_marks"() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW."kind" = 'lesson' THEN
            PERFORM "learner_lesson_marks_refresh"(NEW."userId", NEW."lessonId");
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        IF OLD."kind" = 'lesson' THEN
            PERFORM "learner_lesson_marks_refresh"(OLD."userId", OLD."lessonId");
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

CREATE TRIGGER "quiz_attempts_refresh_lesson_marks"
AFTER INSERT OR UPDATE OR DELETE ON "quiz_attempts"
FOR EACH ROW EXECUTE FUNCTION "quiz_attempts_refresh_lesson_marks"();
