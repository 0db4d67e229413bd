-- Running totals for the dashboards, kept by a trigger on answers in the answer's own
-- transaction (every writer, the submit program and direct inserts alike), and filled here from
-- the answers already stored.

-- CreateTable
CREATE TABLE "attempt_question_totals" (
    "attemptId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "tries" INTEGER NOT NULL,
    "mark" DOUBLE PRECISION NOT NULL,
    "hints" INTEGER NOT NULL,
    "ms" BIGINT NOT NULL,
    "firstCorrect" INTEGER NOT NULL,
    "firstChoice" TEXT,
    "firstMisconceptions" TEXT,
    "firstScore" DOUBLE PRECISION,
    "firstHints" INTEGER,
    "firstAt" TIMESTAMP(3),
    "firstAnswerId" TEXT,

    CONSTRAINT "attempt_question_totals_pkey" PRIMARY KEY ("attemptId","questionId")
);

-- CreateTable
CREATE TABLE "learner_day_totals" (
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "answers" INTEGER NOT NULL,
    "correct" INTEGER NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "learner_day_totals_pkey" PRIMARY KEY ("userId","day")
);

-- CreateIndex
CREATE INDEX "attempt_question_totals_userId_idx" ON "attempt_question_totals"("userId");

-- AddForeignKey
ALTER TABLE "attempt_question_totals" ADD CONSTRAINT "attempt_question_totals_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "quiz_attempts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attempt_question_totals" ADD CONSTRAINT "attempt_question_totals_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "learner_day_totals" ADD CONSTRAINT "learner_day_totals_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill from the stored answers: the same figures the trigger below adds up one answer at a
-- time. The first try's choice is read as the dashboards read it (the payload as jsonb).
INSERT INTO "attempt_question_totals" ("attemptId", "questionId", "userId", "lessonId", "tries",
    "mark", "hints", "ms", "firstCorrect", "firstChoice", "firstMisconceptions", "firstScore",
    "firstHints", "firstAt", "firstAnswerId")
SELECT a."attemptId", a."questionId", MIN(a."userId"), MIN(q."lessonId"), COUNT(*),
    MAX(a."score"), MAX(a."hintsUsed"), SUM(a."timeTakenMs"),
    MAX(CASE WHEN a."tryNumber" = 1 AND a."correct" THEN 1 ELSE 0 END),
    MAX(CASE WHEN a."tryNumber" = 1 THEN
        COALESCE(a."payload"::jsonb #>> '{response,optionId}',
                 (a."payload"::jsonb #> '{response,optionIds}')::text) END),
    MAX(CASE WHEN a."tryNumber" = 1 THEN a."misconceptions" END),
    MAX(CASE WHEN a."tryNumber" = 1 THEN a."score" END),
    MAX(CASE WHEN a."tryNumber" = 1 THEN a."hintsUsed" END),
    MAX(CASE WHEN a."tryNumber" = 1 THEN a."createdAt" END),
    MAX(CASE WHEN a."tryNumber" = 1 THEN a."id" END)
FROM "answers" a JOIN "quiz_attempts" q ON q."id" = a."attemptId"
GROUP BY a."attemptId", a."questionId";

INSERT INTO "learner_day_totals" ("userId", "day", "answers", "correct", "lastAt")
SELECT "userId", to_char("createdAt", 'YYYY-MM-DD'), COUNT(*),
    SUM(CASE WHEN "correct" THEN 1 ELSE 0 END), MAX("createdAt")
FROM "answers"
GROUP BY "userId", to_char("createdAt", 'YYYY-MM-DD');

-- Answers are only ever inserted (and deleted with their attempt or learner, which cascades to
-- the totals), so one AFTER INSERT trigger keeps both tables exact. At most one answer per try
-- (answers_attemptId_questionId_tryNumber_key), so the first-try columns are set once. Both
-- rows belong to the answering learner, whose writes already take turns (lockLearner), so the
-- trigger adds no lock that other learners wait on. The search path is the migration's, so the
-- function finds these tables whatever the session's path.
CREATE FUNCTION "answers_keep_totals"() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO "attempt_question_totals" AS t ("attemptId", "questionId", "userId", "lessonId",
        "tries", "mark", "hints", "ms", "firstCorrect", "firstChoice", "firstMisconceptions",
        "firstScore", "firstHints", "firstAt", "firstAnswerId")
    SELECT NEW."attemptId", NEW."questionId", NEW."userId", q."lessonId", 1, NEW."score",
        NEW."hintsUsed", NEW."timeTakenMs",
        CASE WHEN NEW."tryNumber" = 1 AND NEW."correct" THEN 1 ELSE 0 END,
        CASE WHEN NEW."tryNumber" = 1 THEN
            COALESCE(NEW."payload"::jsonb #>> '{response,optionId}',
                     (NEW."payload"::jsonb #> '{response,optionIds}')::text) END,
        CASE WHEN NEW."tryNumber" = 1 THEN NEW."misconceptions" END,
        CASE WHEN NEW."tryNumber" = 1 THEN NEW."score" END,
        CASE WHEN NEW."tryNumber" = 1 THEN NEW."hintsUsed" END,
        CASE WHEN NEW."tryNumber" = 1 THEN NEW."createdAt" END,
        CASE WHEN NEW."tryNumber" = 1 THEN NEW."id" END
    FROM "quiz_attempts" q WHERE q."id" = NEW."attemptId"
    ON CONFLICT ("attemptId", "questionId") DO UPDATE SET
        "tries" = t."tries" + 1,
        "mark" = GREATEST(t."mark", EXCLUDED."mark"),
        "hints" = GREATEST(t."hints", EXCLUDED."hints"),
        "ms" = t."ms" + EXCLUDED."ms",
        "firstCorrect" = GREATEST(t."firstCorrect", EXCLUDED."firstCorrect"),
        "firstChoice" = COALESCE(t."firstChoice", EXCLUDED."firstChoice"),
        "firstMisconceptions" = COALESCE(t."firstMisconceptions", EXCLUDED."firstMisconceptions"),
        "firstScore" = COALESCE(t."firstScore", EXCLUDED."firstScore"),
        "firstHints" = COALESCE(t."firstHints", EXCLUDED."firstHints"),
        "firstAt" = COALESCE(t."firstAt", EXCLUDED."firstAt"),
        "firstAnswerId" = COALESCE(t."firstAnswerId", EXCLUDED."firstAnswerId");

    INSERT INTO "learner_day_totals" AS d ("userId", "day", "answers", "correct", "lastAt")
    VALUES (NEW."userId", to_char(NEW."createdAt", 'YYYY-MM-DD'), 1,
        CASE WHEN NEW."correct" THEN 1 ELSE 0 END, NEW."createdAt")
    ON CONFLICT ("userId", "day") DO UPDATE SET
        "answers" = d."answers" + 1,
        "correct" = d."correct" + EXCLUDED."correct",
        "lastAt" = GREATEST(d."lastAt", EXCLUDED."lastAt");
    RETURN NULL;
END
$$;

CREATE TRIGGER "answers_keep_totals" AFTER INSERT ON "answers"
FOR EACH ROW EXECUTE FUNCTION "answers_keep_totals"();

-- The app never deletes an answer alone, but deleting an attempt or a learner deletes its
-- answers (cascade). The attempt's totals go with it (their own cascade); a day's totals are
-- the learner's across attempts, so they are taken down here, and an answer deleted any other
-- way has its attempt-and-question row recomputed from the tries left (none if the attempt
-- itself is gone).
CREATE FUNCTION "answers_drop_totals"() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    DELETE FROM "learner_day_totals"
    WHERE "userId" = OLD."userId" AND "day" = to_char(OLD."createdAt", 'YYYY-MM-DD')
      AND "answers" <= 1;
    UPDATE "learner_day_totals" SET
        "answers" = "answers" - 1,
        "correct" = "correct" - CASE WHEN OLD."correct" THEN 1 ELSE 0 END,
        "lastAt" = COALESCE((SELECT MAX(a."createdAt") FROM "answers" a
                    WHERE a."userId" = OLD."userId"
                      AND to_char(a."createdAt", 'YYYY-MM-DD') = to_char(OLD."createdAt", 'YYYY-MM-DD')), "lastAt")
    WHERE "userId" = OLD."userId" AND "day" = to_char(OLD."createdAt", 'YYYY-MM-DD');

    DELETE FROM "attempt_question_totals"
    WHERE "attemptId" = OLD."attemptId" AND "questionId" = OLD."questionId";
    INSERT INTO "attempt_question_totals" ("attemptId", "questionId", "userId", "lessonId",
        "tries", "mark", "hints", "ms", "firstCorrect", "firstChoice", "firstMisconceptions",
        "firstScore", "firstHints", "firstAt", "firstAnswerId")
    SELECT a."attemptId", a."questionId", MIN(a."userId"), MIN(q."lessonId"), COUNT(*),
        MAX(a."score"), MAX(a."hintsUsed"), SUM(a."timeTakenMs"),
        MAX(CASE WHEN a."tryNumber" = 1 AND a."correct" THEN 1 ELSE 0 END),
        MAX(CASE WHEN a."tryNumber" = 1 THEN
            COALESCE(a."payload"::jsonb #>> '{response,optionId}',
                     (a."payload"::jsonb #> '{response,optionIds}')::text) END),
        MAX(CASE WHEN a."tryNumber" = 1 THEN a."misconceptions" END),
        MAX(CASE WHEN a."tryNumber" = 1 THEN a."score" END),
        MAX(CASE WHEN a."tryNumber" = 1 THEN a."hintsUsed" END),
        MAX(CASE WHEN a."tryNumber" = 1 THEN a."createdAt" END),
        MAX(CASE WHEN a."tryNumber" = 1 THEN a."id" END)
    FROM "answers" a JOIN "quiz_attempts" q ON q."id" = a."attemptId"
    WHERE a."attemptId" = OLD."attemptId" AND a."questionId" = OLD."questionId"
    GROUP BY a."attemptId", a."questionId";
    RETURN NULL;
END
$$;

CREATE TRIGGER "answers_drop_totals" AFTER DELETE ON "answers"
FOR EACH ROW EXECUTE FUNCTION "answers_drop_totals"();
