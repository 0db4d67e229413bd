-- Per-class figures for the dashboards, so that a view reads one row per question (or per
-- learner and lesson) instead of one per learner and question.
--
-- learner_item_marks: each learner's marks in their first FINISHED lesson attempt at each lesson
--   (what item analysis and response counts read), with the learner's lesson total beside each
--   mark. Rebuilt for one learner and lesson whenever that lesson's attempts or totals change.
-- class_item_totals, class_item_groups, class_item_responses, class_item_time_bins: the sums of
--   those rows over each class's learners (n, marks, squares, mark x rest of the lesson total,
--   tries, hints, exploration counts; learners and marks per lesson total for the upper-lower
--   discrimination; learners per first response; learners per 1,024 ms of time for the median).
--   A learner's rows are added to every class they are in, and added or taken away when they join
--   or leave a class, so the sums always cover the class's current learners.
-- learner_misconceptions: answers per learner, misconception and question (all answers).
-- learner_lesson_figures: a version counter per learner, raised by every first try stored or
--   deleted; the lesson mastery figures (BKT, computed by the application) are stored beside the
--   version they were computed from, and recomputed only for learners whose version moved.
--
-- Everything is kept by triggers in the writer's own transaction, so every writer (the submit
-- program, direct inserts, deletions by cascade) keeps the figures exact.

CREATE TABLE "learner_item_marks" (
    "userId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "mark" REAL NOT NULL,
    "total" REAL NOT NULL,
    "tries" INTEGER NOT NULL,
    "hints" INTEGER NOT NULL,
    "ms" BIGINT NOT NULL,
    "firstTried" INTEGER NOT NULL,
    "firstCorrect" INTEGER NOT NULL,
    "firstChoice" TEXT,
    "firstMisconceptions" TEXT,
    "explored" INTEGER NOT NULL,

    PRIMARY KEY ("userId", "lessonId", "questionId"),
    CONSTRAINT "learner_item_marks_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "learner_item_marks_questionId_ms_idx" ON "learner_item_marks"("questionId", "ms");

CREATE TABLE "class_item_totals" (
    "classId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "learners" INTEGER NOT NULL,
    "sumMark" REAL NOT NULL,
    "sumMarkSq" REAL NOT NULL,
    "sumRest" REAL NOT NULL,
    "sumRestSq" REAL NOT NULL,
    "sumMarkRest" REAL NOT NULL,
    "sumTries" INTEGER NOT NULL,
    "sumHints" INTEGER NOT NULL,
    "firstTries" INTEGER NOT NULL,
    "explored" INTEGER NOT NULL,
    "exploredRight" INTEGER NOT NULL,
    "othersRight" INTEGER NOT NULL,

    PRIMARY KEY ("classId", "questionId"),
    CONSTRAINT "class_item_totals_classId_fkey" FOREIGN KEY ("classId") REFERENCES "classes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "class_item_groups" (
    "classId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "total" REAL NOT NULL,
    "learners" INTEGER NOT NULL,
    "sumMark" REAL NOT NULL,

    PRIMARY KEY ("classId", "questionId", "total"),
    CONSTRAINT "class_item_groups_classId_fkey" FOREIGN KEY ("classId") REFERENCES "classes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "class_item_responses" (
    "classId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "choice" TEXT NOT NULL,
    "correct" INTEGER NOT NULL,
    "misconceptions" TEXT NOT NULL,
    "learners" INTEGER NOT NULL,

    PRIMARY KEY ("classId", "questionId", "choice", "correct", "misconceptions"),
    CONSTRAINT "class_item_responses_classId_fkey" FOREIGN KEY ("classId") REFERENCES "classes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "class_item_time_bins" (
    "classId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "bin" BIGINT NOT NULL,
    "learners" INTEGER NOT NULL,

    PRIMARY KEY ("classId", "questionId", "bin"),
    CONSTRAINT "class_item_time_bins_classId_fkey" FOREIGN KEY ("classId") REFERENCES "classes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "learner_misconceptions" (
    "userId" TEXT NOT NULL,
    "misconceptionId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "answers" INTEGER NOT NULL,

    PRIMARY KEY ("userId", "misconceptionId", "questionId"),
    CONSTRAINT "learner_misconceptions_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "learner_lesson_figures" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL,
    "computedVersion" INTEGER NOT NULL,
    "figures" TEXT NOT NULL,
    CONSTRAINT "learner_lesson_figures_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Procedures, as views with an INSTEAD OF INSERT trigger (SQLite has no stored procedures).
-- A response's choice is stored as '=' || option id(s), or '-' when the first try chose nothing,
-- so that it can be part of the key.

-- Adds (sign 1) or takes away (sign -1) the item rows of one learner (one lesson, or all when
-- lessonId is null) to one class, or to each of the learner's classes when classId is null. Only
-- classes still stored are touched: a class being deleted takes its sums with it.
CREATE VIEW "class_item_apply" AS
SELECT NULL AS "classId", NULL AS "userId", NULL AS "lessonId", 0 AS "sign";

CREATE TRIGGER "class_item_apply_run" INSTEAD OF INSERT ON "class_item_apply"
BEGIN
    INSERT INTO "class_item_totals" ("classId", "questionId", "lessonId", "learners", "sumMark",
        "sumMarkSq", "sumRest", "sumRestSq", "sumMarkRest", "sumTries", "sumHints", "firstTries",
        "explored", "exploredRight", "othersRight")
    SELECT k."classId", m."questionId", MIN(m."lessonId"), NEW."sign" * COUNT(*),
        NEW."sign" * SUM(m."mark"), NEW."sign" * SUM(m."mark" * m."mark"),
        NEW."sign" * SUM(m."total" - m."mark"),
        NEW."sign" * SUM((m."total" - m."mark") * (m."total" - m."mark")),
        NEW."sign" * SUM(m."mark" * (m."total" - m."mark")),
        NEW."sign" * SUM(m."tries"), NEW."sign" * SUM(m."hints"), NEW."sign" * SUM(m."firstTried"),
        NEW."sign" * SUM(m."explored"), NEW."sign" * SUM(m."explored" * m."firstCorrect"),
        NEW."sign" * SUM((1 - m."explored") * m."firstCorrect")
    FROM "learner_item_marks" m
    JOIN (SELECT e."classId" FROM "enrollments" e
          WHERE e."userId" = NEW."userId" AND NEW."classId" IS NULL
          UNION SELECT NEW."classId" WHERE NEW."classId" IS NOT NULL) k
    JOIN "classes" c ON c."id" = k."classId"
    WHERE m."userId" = NEW."userId" AND (NEW."lessonId" IS NULL OR m."lessonId" = NEW."lessonId")
    GROUP BY k."classId", m."questionId"
    ON CONFLICT ("classId", "questionId") DO UPDATE SET
        "learners" = "learners" + excluded."learners",
        "sumMark" = "sumMark" + excluded."sumMark",
        "sumMarkSq" = "sumMarkSq" + excluded."sumMarkSq",
        "sumRest" = "sumRest" + excluded."sumRest",
        "sumRestSq" = "sumRestSq" + excluded."sumRestSq",
        "sumMarkRest" = "sumMarkRest" + excluded."sumMarkRest",
        "sumTries" = "sumTries" + excluded."sumTries",
        "sumHints" = "sumHints" + excluded."sumHints",
        "firstTries" = "firstTries" + excluded."firstTries",
        "explored" = "explored" + excluded."explored",
        "exploredRight" = "exploredRight" + excluded."exploredRight",
        "othersRight" = "othersRight" + excluded."othersRight";

    INSERT INTO "class_item_groups" ("classId", "questionId", "total", "learners", "sumMark")
    SELECT k."classId", m."questionId", m."total", NEW."sign" * COUNT(*), NEW."sign" * SUM(m."mark")
    FROM "learner_item_marks" m
    JOIN (SELECT e."classId" FROM "enrollments" e
          WHERE e."userId" = NEW."userId" AND NEW."classId" IS NULL
          UNION SELECT NEW."classId" WHERE NEW."classId" IS NOT NULL) k
    JOIN "classes" c ON c."id" = k."classId"
    WHERE m."userId" = NEW."userId" AND (NEW."lessonId" IS NULL OR m."lessonId" = NEW."lessonId")
    GROUP BY k."classId", m."questionId", m."total"
    ON CONFLICT ("classId", "questionId", "total") DO UPDATE SET
        "learners" = "learners" + excluded."learners",
        "sumMark" = "sumMark" + excluded."sumMark";

    INSERT INTO "class_item_responses" ("classId", "questionId", "choice", "correct",
        "misconceptions", "learners")
    SELECT k."classId", m."questionId",
        CASE WHEN m."firstChoice" IS NULL THEN '-' ELSE '=' || m."firstChoice" END,
        m."firstCorrect", COALESCE(m."firstMisconceptions", '[]'), NEW."sign" * COUNT(*)
    FROM "learner_item_marks" m
    JOIN (SELECT e."classId" FROM "enrollments" e
          WHERE e."userId" = NEW."userId" AND NEW."classId" IS NULL
          UNION SELECT NEW."classId" WHERE NEW."classId" IS NOT NULL) k
    JOIN "classes" c ON c."id" = k."classId"
    WHERE m."userId" = NEW."userId" AND (NEW."lessonId" IS NULL OR m."lessonId" = NEW."lessonId")
    GROUP BY k."classId", m."questionId",
        CASE WHEN m."firstChoice" IS NULL THEN '-' ELSE '=' || m."firstChoice" END,
        m."firstCorrect", COALESCE(m."firstMisconceptions", '[]')
    ON CONFLICT ("classId", "questionId", "choice", "correct", "misconceptions") DO UPDATE SET
        "learners" = "learners" + excluded."learners";

    INSERT INTO "class_item_time_bins" ("classId", "questionId", "bin", "learners")
    SELECT k."classId", m."questionId", m."ms" / 1024, NEW."sign" * COUNT(*)
    FROM "learner_item_marks" m
    JOIN (SELECT e."classId" FROM "enrollments" e
          WHERE e."userId" = NEW."userId" AND NEW."classId" IS NULL
          UNION SELECT NEW."classId" WHERE NEW."classId" IS NOT NULL) k
    JOIN "classes" c ON c."id" = k."classId"
    WHERE m."userId" = NEW."userId" AND (NEW."lessonId" IS NULL OR m."lessonId" = NEW."lessonId")
    GROUP BY k."classId", m."questionId", m."ms" / 1024
    ON CONFLICT ("classId", "questionId", "bin") DO UPDATE SET
        "learners" = "learners" + excluded."learners";

    -- Rows nobody is counted in any more are dropped, as if they had never been written: only
    -- after taking away, and only the rows of this learner's questions.
    DELETE FROM "class_item_totals" WHERE NEW."sign" < 0 AND "learners" <= 0
      AND ("classId", "questionId") IN (SELECT k."classId", m."questionId"
        FROM "learner_item_marks" m,
             (SELECT e."classId" FROM "enrollments" e WHERE e."userId" = NEW."userId"
              UNION SELECT NEW."classId") k
        WHERE m."userId" = NEW."userId" AND (NEW."lessonId" IS NULL OR m."lessonId" = NEW."lessonId"));
    DELETE FROM "class_item_groups" WHERE NEW."sign" < 0 AND "learners" <= 0
      AND ("classId", "questionId", "total") IN (SELECT k."classId", m."questionId", m."total"
        FROM "learner_item_marks" m,
             (SELECT e."classId" FROM "enrollments" e WHERE e."userId" = NEW."userId"
              UNION SELECT NEW."classId") k
        WHERE m."userId" = NEW."userId" AND (NEW."lessonId" IS NULL OR m."lessonId" = NEW."lessonId"));
    DELETE FROM "class_item_responses" WHERE NEW."sign" < 0 AND "learners" <= 0
      AND ("classId", "questionId") IN (SELECT k."classId", m."questionId"
        FROM "learner_item_marks" m,
             (SELECT e."classId" FROM "enrollments" e WHERE e."userId" = NEW."userId"
              UNION SELECT NEW."classId") k
        WHERE m."userId" = NEW."userId" AND (NEW."lessonId" IS NULL OR m."lessonId" = NEW."lessonId"));
    DELETE FROM "class_item_time_bins" WHERE NEW."sign" < 0 AND "learners" <= 0
      AND ("classId", "questionId", "bin") IN (SELECT k."classId", m."questionId", m."ms" / 1024
        FROM "learner_item_marks" m,
             (SELECT e."classId" FROM "enrollments" e WHERE e."userId" = NEW."userId"
              UNION SELECT NEW."classId") k
        WHERE m."userId" = NEW."userId" AND (NEW."lessonId" IS NULL OR m."lessonId" = NEW."lessonId"));
END;

-- Rebuilds one learner's item rows for one lesson from that lesson's first finished attempt
-- (the marks of lib/db/dashboard/marks.ts with finishedOnly), and moves the class sums with them.
CREATE VIEW "learner_item_refresh" AS SELECT NULL AS "userId", NULL AS "lessonId";

CREATE TRIGGER "learner_item_refresh_run" INSTEAD OF INSERT ON "learner_item_refresh"
BEGIN
    INSERT INTO "class_item_apply" ("classId", "userId", "lessonId", "sign")
    VALUES (NULL, NEW."userId", NEW."lessonId", -1);
    DELETE FROM "learner_item_marks"
    WHERE "userId" = NEW."userId" AND "lessonId" = NEW."lessonId";
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
          WHERE q."userId" = NEW."userId" AND q."lessonId" = NEW."lessonId"
            AND q."kind" = 'lesson' AND q."completedAt" IS NOT NULL
          ORDER BY q."startedAt", q."id" LIMIT 1) f
    JOIN "attempt_question_totals" t ON t."attemptId" = f."id";
    INSERT INTO "class_item_apply" ("classId", "userId", "lessonId", "sign")
    VALUES (NULL, NEW."userId", NEW."lessonId", 1);
END;

-- Backfill: every learner's first finished attempts, then each class's sums over its learners.
INSERT INTO "learner_item_marks" ("userId", "lessonId", "questionId", "mark", "total", "tries",
    "hints", "ms", "firstTried", "firstCorrect", "firstChoice", "firstMisconceptions", "explored")
SELECT f."userId", f."lessonId", t."questionId", t."mark",
    SUM(t."mark") OVER (PARTITION BY f."id"), t."tries", t."hints", t."ms",
    CASE WHEN t."firstAnswerId" IS NULL THEN 0 ELSE 1 END, t."firstCorrect", t."firstChoice",
    t."firstMisconceptions",
    CASE WHEN EXISTS (SELECT 1 FROM "answer_explorations" x
                      WHERE x."answerId" = t."firstAnswerId") THEN 1 ELSE 0 END
FROM (SELECT q."id", q."userId", q."lessonId",
             ROW_NUMBER() OVER (PARTITION BY q."userId", q."lessonId"
                                ORDER BY q."startedAt", q."id") AS rn
      FROM "quiz_attempts" q WHERE q."kind" = 'lesson' AND q."completedAt" IS NOT NULL) f
JOIN "attempt_question_totals" t ON t."attemptId" = f."id"
WHERE f.rn = 1;

INSERT INTO "class_item_apply" ("classId", "userId", "lessonId", "sign")
SELECT DISTINCT NULL, "userId", NULL, 1 FROM "learner_item_marks";

INSERT INTO "learner_misconceptions" ("userId", "misconceptionId", "questionId", "answers")
SELECT a."userId", j.value, a."questionId", COUNT(*)
FROM "answers" a, json_each(a."misconceptions") j
WHERE a."misconceptions" <> '[]' AND json_valid(a."misconceptions")
GROUP BY a."userId", j.value, a."questionId";

INSERT INTO "learner_lesson_figures" ("userId", "version", "computedVersion", "figures")
SELECT DISTINCT "userId", 1, 0, '{}' FROM "answers" WHERE "tryNumber" = 1;

-- What moves a learner's item rows: a totals row of the lesson (an answer stored or deleted),
-- an attempt started, finished, moved or deleted, an exploration stored or cleared.
CREATE TRIGGER "attempt_question_totals_refresh_items_insert"
AFTER INSERT ON "attempt_question_totals"
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "quiz_attempts" q
    WHERE q."id" = NEW."attemptId" AND q."kind" = 'lesson' AND q."completedAt" IS NOT NULL;
END;

CREATE TRIGGER "attempt_question_totals_refresh_items_update"
AFTER UPDATE ON "attempt_question_totals"
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "quiz_attempts" q
    WHERE q."id" = NEW."attemptId" AND q."kind" = 'lesson' AND q."completedAt" IS NOT NULL;
END;

CREATE TRIGGER "attempt_question_totals_refresh_items_delete"
AFTER DELETE ON "attempt_question_totals"
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "quiz_attempts" q
    WHERE q."id" = OLD."attemptId" AND q."kind" = 'lesson' AND q."completedAt" IS NOT NULL;
END;

CREATE TRIGGER "quiz_attempts_refresh_items_insert" AFTER INSERT ON "quiz_attempts"
WHEN NEW."kind" = 'lesson' AND NEW."completedAt" IS NOT NULL
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId") VALUES (NEW."userId", NEW."lessonId");
END;

CREATE TRIGGER "quiz_attempts_refresh_items_update" AFTER UPDATE ON "quiz_attempts"
WHEN OLD."completedAt" IS NOT NEW."completedAt" OR OLD."startedAt" IS NOT NEW."startedAt"
  OR OLD."kind" IS NOT NEW."kind" OR OLD."lessonId" IS NOT NEW."lessonId"
  OR OLD."userId" IS NOT NEW."userId"
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId") VALUES (OLD."userId", OLD."lessonId");
    INSERT INTO "learner_item_refresh" ("userId", "lessonId")
    SELECT NEW."userId", NEW."lessonId"
    WHERE NEW."userId" IS NOT OLD."userId" OR NEW."lessonId" IS NOT OLD."lessonId";
END;

CREATE TRIGGER "quiz_attempts_refresh_items_delete" AFTER DELETE ON "quiz_attempts"
WHEN OLD."kind" = 'lesson' AND OLD."completedAt" IS NOT NULL
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId") VALUES (OLD."userId", OLD."lessonId");
END;

CREATE TRIGGER "answer_explorations_refresh_items_insert" AFTER INSERT ON "answer_explorations"
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "answers" a JOIN "quiz_attempts" q ON q."id" = a."attemptId"
    WHERE a."id" = NEW."answerId" AND a."tryNumber" = 1 AND q."kind" = 'lesson'
      AND q."completedAt" IS NOT NULL;
END;

CREATE TRIGGER "answer_explorations_refresh_items_delete" AFTER DELETE ON "answer_explorations"
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "answers" a JOIN "quiz_attempts" q ON q."id" = a."attemptId"
    WHERE a."id" = OLD."answerId" AND a."tryNumber" = 1 AND q."kind" = 'lesson'
      AND q."completedAt" IS NOT NULL;
END;

-- A learner joining or leaving a class brings their rows to it or takes them away.
CREATE TRIGGER "enrollments_items_insert" AFTER INSERT ON "enrollments"
BEGIN
    INSERT INTO "class_item_apply" ("classId", "userId", "lessonId", "sign")
    VALUES (NEW."classId", NEW."userId", NULL, 1);
END;

CREATE TRIGGER "enrollments_items_delete" AFTER DELETE ON "enrollments"
BEGIN
    INSERT INTO "class_item_apply" ("classId", "userId", "lessonId", "sign")
    VALUES (OLD."classId", OLD."userId", NULL, -1);
END;

CREATE TRIGGER "enrollments_items_update" AFTER UPDATE OF "classId", "userId" ON "enrollments"
BEGIN
    INSERT INTO "class_item_apply" ("classId", "userId", "lessonId", "sign")
    VALUES (OLD."classId", OLD."userId", NULL, -1);
    INSERT INTO "class_item_apply" ("classId", "userId", "lessonId", "sign")
    VALUES (NEW."classId", NEW."userId", NULL, 1);
END;

-- A learner deleted: their rows leave every class first, while both are still there (the
-- cascades below run in no promised order), then go.
CREATE TRIGGER "users_items_delete" BEFORE DELETE ON "users"
BEGIN
    INSERT INTO "class_item_apply" ("classId", "userId", "lessonId", "sign")
    VALUES (NULL, OLD."id", NULL, -1);
    DELETE FROM "learner_item_marks" WHERE "userId" = OLD."id";
END;

-- Misconceptions per learner and question, and the learner's first-try version.
CREATE TRIGGER "answers_keep_misconceptions" AFTER INSERT ON "answers"
WHEN NEW."misconceptions" <> '[]' AND json_valid(NEW."misconceptions")
BEGIN
    INSERT INTO "learner_misconceptions" ("userId", "misconceptionId", "questionId", "answers")
    SELECT NEW."userId", j.value, NEW."questionId", COUNT(*)
    FROM json_each(NEW."misconceptions") j GROUP BY j.value
    ON CONFLICT ("userId", "misconceptionId", "questionId") DO UPDATE SET
        "answers" = "answers" + excluded."answers";
END;

CREATE TRIGGER "answers_drop_misconceptions" AFTER DELETE ON "answers"
WHEN OLD."misconceptions" <> '[]' AND json_valid(OLD."misconceptions")
BEGIN
    UPDATE "learner_misconceptions" SET "answers" = "answers" -
        (SELECT COUNT(*) FROM json_each(OLD."misconceptions") j
         WHERE j.value = "learner_misconceptions"."misconceptionId")
    WHERE "userId" = OLD."userId" AND "questionId" = OLD."questionId"
      AND "misconceptionId" IN (SELECT j.value FROM json_each(OLD."misconceptions") j);
    DELETE FROM "learner_misconceptions"
    WHERE "userId" = OLD."userId" AND "questionId" = OLD."questionId" AND "answers" <= 0;
END;

CREATE TRIGGER "answers_first_try_version_insert" AFTER INSERT ON "answers"
WHEN NEW."tryNumber" = 1
BEGIN
    INSERT INTO "learner_lesson_figures" ("userId", "version", "computedVersion", "figures")
    SELECT NEW."userId", 1, 0, '{}' FROM "users" u WHERE u."id" = NEW."userId"
    ON CONFLICT ("userId") DO UPDATE SET "version" = "version" + 1;
END;

CREATE TRIGGER "answers_first_try_version_delete" AFTER DELETE ON "answers"
WHEN OLD."tryNumber" = 1
BEGIN
    UPDATE "learner_lesson_figures" SET "version" = "version" + 1 WHERE "userId" = OLD."userId";
END;
