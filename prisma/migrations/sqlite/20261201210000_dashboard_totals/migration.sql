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
    "mark" REAL NOT NULL,
    "hints" INTEGER NOT NULL,
    "ms" BIGINT NOT NULL,
    "firstCorrect" INTEGER NOT NULL,
    "firstChoice" TEXT,
    "firstMisconceptions" TEXT,
    "firstScore" REAL,
    "firstHints" INTEGER,
    "firstAt" DATETIME,
    "firstAnswerId" TEXT,

    PRIMARY KEY ("attemptId", "questionId"),
    CONSTRAINT "attempt_question_totals_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "quiz_attempts" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "attempt_question_totals_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "learner_day_totals" (
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "answers" INTEGER NOT NULL,
    "correct" INTEGER NOT NULL,
    "lastAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "day"),
    CONSTRAINT "learner_day_totals_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "attempt_question_totals_userId_idx" ON "attempt_question_totals"("userId");

-- Backfill from the stored answers: the same figures the trigger below adds up one answer at a
-- time. The first try's choice is read as the dashboards read it (json_extract of the payload).
INSERT INTO "attempt_question_totals" ("attemptId", "questionId", "userId", "lessonId", "tries",
    "mark", "hints", "ms", "firstCorrect", "firstChoice", "firstMisconceptions", "firstScore",
    "firstHints", "firstAt", "firstAnswerId")
SELECT a."attemptId", a."questionId", MIN(a."userId"), MIN(q."lessonId"), COUNT(*),
    MAX(a."score"), MAX(a."hintsUsed"), SUM(a."timeTakenMs"),
    MAX(CASE WHEN a."tryNumber" = 1 AND a."correct" THEN 1 ELSE 0 END),
    MAX(CASE WHEN a."tryNumber" = 1 AND json_valid(a."payload") THEN
        COALESCE(json_extract(a."payload", '$.response.optionId'),
                 json_extract(a."payload", '$.response.optionIds')) END),
    MAX(CASE WHEN a."tryNumber" = 1 THEN a."misconceptions" END),
    MAX(CASE WHEN a."tryNumber" = 1 THEN a."score" END),
    MAX(CASE WHEN a."tryNumber" = 1 THEN a."hintsUsed" END),
    MAX(CASE WHEN a."tryNumber" = 1 THEN a."createdAt" END),
    MAX(CASE WHEN a."tryNumber" = 1 THEN a."id" END)
FROM "answers" a JOIN "quiz_attempts" q ON q."id" = a."attemptId"
GROUP BY a."attemptId", a."questionId";

INSERT INTO "learner_day_totals" ("userId", "day", "answers", "correct", "lastAt")
SELECT "userId", substr("createdAt", 1, 10), COUNT(*),
    SUM(CASE WHEN "correct" THEN 1 ELSE 0 END), MAX("createdAt")
FROM "answers"
GROUP BY "userId", substr("createdAt", 1, 10);

-- Answers are only ever inserted (and deleted with their attempt or learner, which cascades to
-- the totals), so one AFTER INSERT trigger keeps both tables exact. At most one answer per try
-- (answers_attemptId_questionId_tryNumber_key), so the first-try columns are set once.
CREATE TRIGGER "answers_keep_totals" AFTER INSERT ON "answers"
BEGIN
    INSERT INTO "attempt_question_totals" ("attemptId", "questionId", "userId", "lessonId",
        "tries", "mark", "hints", "ms", "firstCorrect", "firstChoice", "firstMisconceptions",
        "firstScore", "firstHints", "firstAt", "firstAnswerId")
    SELECT NEW."attemptId", NEW."questionId", NEW."userId", q."lessonId", 1, NEW."score",
        NEW."hintsUsed", NEW."timeTakenMs",
        CASE WHEN NEW."tryNumber" = 1 AND NEW."correct" THEN 1 ELSE 0 END,
        CASE WHEN NEW."tryNumber" = 1 AND json_valid(NEW."payload") THEN
            COALESCE(json_extract(NEW."payload", '$.response.optionId'),
                     json_extract(NEW."payload", '$.response.optionIds')) END,
        CASE WHEN NEW."tryNumber" = 1 THEN NEW."misconceptions" END,
        CASE WHEN NEW."tryNumber" = 1 THEN NEW."score" END,
        CASE WHEN NEW."tryNumber" = 1 THEN NEW."hintsUsed" END,
        CASE WHEN NEW."tryNumber" = 1 THEN NEW."createdAt" END,
        CASE WHEN NEW."tryNumber" = 1 THEN NEW."id" END
    FROM "quiz_attempts" q WHERE q."id" = NEW."attemptId"
    ON CONFLICT ("attemptId", "questionId") DO UPDATE SET
        "tries" = "tries" + 1,
        "mark" = MAX("mark", excluded."mark"),
        "hints" = MAX("hints", excluded."hints"),
        "ms" = "ms" + excluded."ms",
        "firstCorrect" = MAX("firstCorrect", excluded."firstCorrect"),
        "firstChoice" = COALESCE("firstChoice", excluded."firstChoice"),
        "firstMisconceptions" = COALESCE("firstMisconceptions", excluded."firstMisconceptions"),
        "firstScore" = COALESCE("firstScore", excluded."firstScore"),
        "firstHints" = COALESCE("firstHints", excluded."firstHints"),
        "firstAt" = COALESCE("firstAt", excluded."firstAt"),
        "firstAnswerId" = COALESCE("firstAnswerId", excluded."firstAnswerId");

    INSERT INTO "learner_day_totals" ("userId", "day", "answers", "correct", "lastAt")
    VALUES (NEW."userId", substr(NEW."createdAt", 1, 10), 1,
        CASE WHEN NEW."correct" THEN 1 ELSE 0 END, NEW."createdAt")
    ON CONFLICT ("userId", "day") DO UPDATE SET
        "answers" = "answers" + 1,
        "correct" = "correct" + excluded."correct",
        "lastAt" = MAX("lastAt", excluded."lastAt");
END;

-- The app never deletes an answer alone, but deleting an attempt or a learner deletes its
-- answers (cascade). The attempt's totals go with it (their own cascade); a day's totals are
-- the learner's across attempts, so they are taken down here, and an answer deleted any other
-- way has its attempt-and-question row recomputed from the tries left (none if the attempt
-- itself is gone).
CREATE TRIGGER "answers_drop_totals" AFTER DELETE ON "answers"
BEGIN
    DELETE FROM "learner_day_totals"
    WHERE "userId" = OLD."userId" AND "day" = substr(OLD."createdAt", 1, 10) AND "answers" <= 1;
    UPDATE "learner_day_totals" SET
        "answers" = "answers" - 1,
        "correct" = "correct" - CASE WHEN OLD."correct" THEN 1 ELSE 0 END,
        "lastAt" = COALESCE((SELECT MAX(a."createdAt") FROM "answers" a
                    WHERE a."userId" = OLD."userId"
                      AND substr(a."createdAt", 1, 10) = substr(OLD."createdAt", 1, 10)), "lastAt")
    WHERE "userId" = OLD."userId" AND "day" = substr(OLD."createdAt", 1, 10);

    DELETE FROM "attempt_question_totals"
    WHERE "attemptId" = OLD."attemptId" AND "questionId" = OLD."questionId";
    INSERT INTO "attempt_question_totals" ("attemptId", "questionId", "userId", "lessonId",
        "tries", "mark", "hints", "ms", "firstCorrect", "firstChoice", "firstMisconceptions",
        "firstScore", "firstHints", "firstAt", "firstAnswerId")
    SELECT a."attemptId", a."questionId", MIN(a."userId"), MIN(q."lessonId"), COUNT(*),
        MAX(a."score"), MAX(a."hintsUsed"), SUM(a."timeTakenMs"),
        MAX(CASE WHEN a."tryNumber" = 1 AND a."correct" THEN 1 ELSE 0 END),
        MAX(CASE WHEN a."tryNumber" = 1 AND json_valid(a."payload") THEN
            COALESCE(json_extract(a."payload", '$.response.optionId'),
                     json_extract(a."payload", '$.response.optionIds')) END),
        MAX(CASE WHEN a."tryNumber" = 1 THEN a."misconceptions" END),
        MAX(CASE WHEN a."tryNumber" = 1 THEN a."score" END),
        MAX(CASE WHEN a."tryNumber" = 1 THEN a."hintsUsed" END),
        MAX(CASE WHEN a."tryNumber" = 1 THEN a."createdAt" END),
        MAX(CASE WHEN a."tryNumber" = 1 THEN a."id" END)
    FROM "answers" a JOIN "quiz_attempts" q ON q."id" = a."attemptId"
    WHERE a."attemptId" = OLD."attemptId" AND a."questionId" = OLD."questionId"
    GROUP BY a."attemptId", a."questionId";
END;
