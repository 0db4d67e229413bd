-- Each learner's marks in their FIRST lesson attempt at each lesson (finished or not), summed
-- per lesson: what the learner progress table and export read (questions answered, mean mark,
-- right at the first try, hints), one row per learner and lesson instead of one per question.
-- Rebuilt for one learner and lesson by triggers whenever that lesson's attempts or totals
-- change, in the writer's own transaction, and filled here from the data already stored.

CREATE TABLE "learner_lesson_marks" (
    "userId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "answered" INTEGER NOT NULL,
    "sumMark" REAL NOT NULL,
    "firstCorrect" INTEGER NOT NULL,
    "hints" INTEGER NOT NULL,

    PRIMARY KEY ("userId", "lessonId"),
    CONSTRAINT "learner_lesson_marks_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- A procedure (a view with an INSTEAD OF INSERT trigger): rebuilds one learner's lesson row.
CREATE VIEW "learner_lesson_marks_refresh" AS SELECT NULL AS "userId", NULL AS "lessonId";

CREATE TRIGGER "learner_lesson_marks_refresh_run" INSTEAD OF INSERT ON "learner_lesson_marks_refresh"
BEGIN
    DELETE FROM "learner_lesson_marks"
    WHERE "userId" = NEW."userId" AND "lessonId" = NEW."lessonId";
    INSERT INTO "learner_lesson_marks" ("userId", "lessonId", "answered", "sumMark",
        "firstCorrect", "hints")
    SELECT f."userId", f."lessonId", COUNT(*), SUM(t."mark"), SUM(t."firstCorrect"), SUM(t."hints")
    FROM (SELECT q."id", q."userId", q."lessonId" FROM "quiz_attempts" q
          JOIN "users" u ON u."id" = q."userId"
          WHERE q."userId" = NEW."userId" AND q."lessonId" = NEW."lessonId" AND q."kind" = 'lesson'
          ORDER BY q."startedAt", q."id" LIMIT 1) f
    JOIN "attempt_question_totals" t ON t."attemptId" = f."id"
    GROUP BY f."userId", f."lessonId";
END;

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

CREATE TRIGGER "attempt_question_totals_refresh_lesson_marks_insert"
AFTER INSERT ON "attempt_question_totals"
BEGIN
    INSERT INTO "learner_lesson_marks_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "quiz_attempts" q
    WHERE q."id" = NEW."attemptId" AND q."kind" = 'lesson';
END;

CREATE TRIGGER "attempt_question_totals_refresh_lesson_marks_update"
AFTER UPDATE ON "attempt_question_totals"
BEGIN
    INSERT INTO "learner_lesson_marks_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "quiz_attempts" q
    WHERE q."id" = NEW."attemptId" AND q."kind" = 'lesson';
END;

CREATE TRIGGER "attempt_question_totals_refresh_lesson_marks_delete"
AFTER DELETE ON "attempt_question_totals"
BEGIN
    INSERT INTO "learner_lesson_marks_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "quiz_attempts" q
    WHERE q."id" = OLD."attemptId" AND q."kind" = 'lesson';
END;

CREATE TRIGGER "quiz_attempts_refresh_lesson_marks_insert" AFTER INSERT ON "quiz_attempts"
WHEN NEW."kind" = 'lesson'
BEGIN
    INSERT INTO "learner_lesson_marks_refresh" ("userId", "lessonId")
    VALUES (NEW."userId", NEW."lessonId");
END;

CREATE TRIGGER "quiz_attempts_refresh_lesson_marks_update" AFTER UPDATE ON "quiz_attempts"
WHEN OLD."startedAt" IS NOT NEW."startedAt" OR OLD."kind" IS NOT NEW."kind"
  OR OLD."lessonId" IS NOT NEW."lessonId" OR OLD."userId" IS NOT NEW."userId"
BEGIN
    INSERT INTO "learner_lesson_marks_refresh" ("userId", "lessonId")
    VALUES (OLD."userId", OLD."lessonId");
    INSERT INTO "learner_lesson_marks_refresh" ("userId", "lessonId")
    SELECT NEW."userId", NEW."lessonId"
    WHERE NEW."userId" IS NOT OLD."userId" OR NEW."lessonId" IS NOT OLD."lessonId";
END;

CREATE TRIGGER "quiz_attempts_refresh_lesson_marks_delete" AFTER DELETE ON "quiz_attempts"
WHEN OLD."kind" = 'lesson'
BEGIN
    INSERT INTO "learner_lesson_marks_refresh" ("userId", "lessonId")
    VALUES (OLD."userId", OLD."lessonId");
END;
