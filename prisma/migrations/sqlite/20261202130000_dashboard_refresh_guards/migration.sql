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
-- Every learner's second pass at a lesson, or a review, thus costs no rebuild. And a learner in
-- no class has no class sums to move: class_item_apply does nothing for them, so it is not run.
-- The same rules as the PostgreSQL migration of the same name.

DROP TRIGGER "class_item_apply_run";
CREATE TRIGGER "class_item_apply_run" INSTEAD OF INSERT ON "class_item_apply"
WHEN NEW."classId" IS NOT NULL
  OR EXISTS (SELECT 1 FROM "enrollments" e JOIN "classes" c ON c."id" = e."classId"
             WHERE e."userId" = NEW."userId")
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

DROP TRIGGER "attempt_question_totals_refresh_items_insert";
CREATE TRIGGER "attempt_question_totals_refresh_items_insert"
AFTER INSERT ON "attempt_question_totals"
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "quiz_attempts" q
    WHERE q."id" = NEW."attemptId" AND q."kind" = 'lesson' AND q."completedAt" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = q."userId" AND e."lessonId" = q."lessonId"
                        AND e."kind" = 'lesson' AND e."completedAt" IS NOT NULL
                        AND e."id" <> q."id" AND (e."startedAt", e."id") < (q."startedAt", q."id"));
END;

DROP TRIGGER "attempt_question_totals_refresh_lesson_marks_insert";
CREATE TRIGGER "attempt_question_totals_refresh_lesson_marks_insert"
AFTER INSERT ON "attempt_question_totals"
BEGIN
    INSERT INTO "learner_lesson_marks_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "quiz_attempts" q
    WHERE q."id" = NEW."attemptId" AND q."kind" = 'lesson'
      AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = q."userId" AND e."lessonId" = q."lessonId"
                        AND e."kind" = 'lesson'
                        AND e."id" <> q."id" AND (e."startedAt", e."id") < (q."startedAt", q."id"));
END;

DROP TRIGGER "attempt_question_totals_refresh_items_update";
CREATE TRIGGER "attempt_question_totals_refresh_items_update"
AFTER UPDATE ON "attempt_question_totals"
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "quiz_attempts" q
    WHERE q."id" = NEW."attemptId" AND q."kind" = 'lesson' AND q."completedAt" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = q."userId" AND e."lessonId" = q."lessonId"
                        AND e."kind" = 'lesson' AND e."completedAt" IS NOT NULL
                        AND e."id" <> q."id" AND (e."startedAt", e."id") < (q."startedAt", q."id"));
END;

DROP TRIGGER "attempt_question_totals_refresh_lesson_marks_update";
CREATE TRIGGER "attempt_question_totals_refresh_lesson_marks_update"
AFTER UPDATE ON "attempt_question_totals"
BEGIN
    INSERT INTO "learner_lesson_marks_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "quiz_attempts" q
    WHERE q."id" = NEW."attemptId" AND q."kind" = 'lesson'
      AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = q."userId" AND e."lessonId" = q."lessonId"
                        AND e."kind" = 'lesson'
                        AND e."id" <> q."id" AND (e."startedAt", e."id") < (q."startedAt", q."id"));
END;

DROP TRIGGER "attempt_question_totals_refresh_items_delete";
CREATE TRIGGER "attempt_question_totals_refresh_items_delete"
AFTER DELETE ON "attempt_question_totals"
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "quiz_attempts" q
    WHERE q."id" = OLD."attemptId" AND q."kind" = 'lesson' AND q."completedAt" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = q."userId" AND e."lessonId" = q."lessonId"
                        AND e."kind" = 'lesson' AND e."completedAt" IS NOT NULL
                        AND e."id" <> q."id" AND (e."startedAt", e."id") < (q."startedAt", q."id"));
END;

DROP TRIGGER "attempt_question_totals_refresh_lesson_marks_delete";
CREATE TRIGGER "attempt_question_totals_refresh_lesson_marks_delete"
AFTER DELETE ON "attempt_question_totals"
BEGIN
    INSERT INTO "learner_lesson_marks_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "quiz_attempts" q
    WHERE q."id" = OLD."attemptId" AND q."kind" = 'lesson'
      AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = q."userId" AND e."lessonId" = q."lessonId"
                        AND e."kind" = 'lesson'
                        AND e."id" <> q."id" AND (e."startedAt", e."id") < (q."startedAt", q."id"));
END;

DROP TRIGGER "answer_explorations_refresh_items_insert";
CREATE TRIGGER "answer_explorations_refresh_items_insert" AFTER INSERT ON "answer_explorations"
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "answers" a JOIN "quiz_attempts" q ON q."id" = a."attemptId"
    WHERE a."id" = NEW."answerId" AND a."tryNumber" = 1 AND q."kind" = 'lesson'
      AND q."completedAt" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = q."userId" AND e."lessonId" = q."lessonId"
                        AND e."kind" = 'lesson' AND e."completedAt" IS NOT NULL
                        AND e."id" <> q."id" AND (e."startedAt", e."id") < (q."startedAt", q."id"));
END;

DROP TRIGGER "quiz_attempts_refresh_items_insert";
CREATE TRIGGER "quiz_attempts_refresh_items_insert" AFTER INSERT ON "quiz_attempts"
WHEN NEW."kind" = 'lesson' AND NEW."completedAt" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = NEW."userId" AND e."lessonId" = NEW."lessonId"
                        AND e."kind" = 'lesson' AND e."completedAt" IS NOT NULL
                        AND e."id" <> NEW."id" AND (e."startedAt", e."id") < (NEW."startedAt", NEW."id"))
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId") VALUES (NEW."userId", NEW."lessonId");
END;

DROP TRIGGER "quiz_attempts_refresh_lesson_marks_insert";
CREATE TRIGGER "quiz_attempts_refresh_lesson_marks_insert" AFTER INSERT ON "quiz_attempts"
WHEN NEW."kind" = 'lesson'
  AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = NEW."userId" AND e."lessonId" = NEW."lessonId"
                        AND e."kind" = 'lesson'
                        AND e."id" <> NEW."id" AND (e."startedAt", e."id") < (NEW."startedAt", NEW."id"))
BEGIN
    INSERT INTO "learner_lesson_marks_refresh" ("userId", "lessonId")
    VALUES (NEW."userId", NEW."lessonId");
END;

DROP TRIGGER "answer_explorations_refresh_items_delete";
CREATE TRIGGER "answer_explorations_refresh_items_delete" AFTER DELETE ON "answer_explorations"
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId")
    SELECT q."userId", q."lessonId" FROM "answers" a JOIN "quiz_attempts" q ON q."id" = a."attemptId"
    WHERE a."id" = OLD."answerId" AND a."tryNumber" = 1 AND q."kind" = 'lesson'
      AND q."completedAt" IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = q."userId" AND e."lessonId" = q."lessonId"
                        AND e."kind" = 'lesson' AND e."completedAt" IS NOT NULL
                        AND e."id" <> q."id" AND (e."startedAt", e."id") < (q."startedAt", q."id"));
END;

DROP TRIGGER "quiz_attempts_refresh_items_delete";
CREATE TRIGGER "quiz_attempts_refresh_items_delete" AFTER DELETE ON "quiz_attempts"
WHEN OLD."kind" = 'lesson' AND OLD."completedAt" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = OLD."userId" AND e."lessonId" = OLD."lessonId"
                        AND e."kind" = 'lesson' AND e."completedAt" IS NOT NULL
                        AND e."id" <> OLD."id" AND (e."startedAt", e."id") < (OLD."startedAt", OLD."id"))
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId") VALUES (OLD."userId", OLD."lessonId");
END;

DROP TRIGGER "quiz_attempts_refresh_lesson_marks_delete";
CREATE TRIGGER "quiz_attempts_refresh_lesson_marks_delete" AFTER DELETE ON "quiz_attempts"
WHEN OLD."kind" = 'lesson'
  AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = OLD."userId" AND e."lessonId" = OLD."lessonId"
                        AND e."kind" = 'lesson'
                        AND e."id" <> OLD."id" AND (e."startedAt", e."id") < (OLD."startedAt", OLD."id"))
BEGIN
    INSERT INTO "learner_lesson_marks_refresh" ("userId", "lessonId")
    VALUES (OLD."userId", OLD."lessonId");
END;

-- An update of an attempt's place (started, kind, lesson, learner) rebuilds as before; one that
-- only finishes or reopens it rebuilds when it is, after the update, the first finished attempt
-- or sorts before it (then it was, or now is, the first).
DROP TRIGGER "quiz_attempts_refresh_items_update";
CREATE TRIGGER "quiz_attempts_refresh_items_update" AFTER UPDATE ON "quiz_attempts"
WHEN OLD."startedAt" IS NOT NEW."startedAt" OR OLD."kind" IS NOT NEW."kind"
  OR OLD."lessonId" IS NOT NEW."lessonId" OR OLD."userId" IS NOT NEW."userId"
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId") VALUES (OLD."userId", OLD."lessonId");
    INSERT INTO "learner_item_refresh" ("userId", "lessonId")
    SELECT NEW."userId", NEW."lessonId"
    WHERE NEW."userId" IS NOT OLD."userId" OR NEW."lessonId" IS NOT OLD."lessonId";
END;

CREATE TRIGGER "quiz_attempts_refresh_items_finish" AFTER UPDATE OF "completedAt" ON "quiz_attempts"
WHEN OLD."completedAt" IS NOT NEW."completedAt" AND OLD."startedAt" IS NEW."startedAt"
  AND OLD."kind" IS NEW."kind" AND OLD."lessonId" IS NEW."lessonId"
  AND OLD."userId" IS NEW."userId" AND NEW."kind" = 'lesson'
  AND NOT EXISTS (SELECT 1 FROM "quiz_attempts" e
                      WHERE e."userId" = NEW."userId" AND e."lessonId" = NEW."lessonId"
                        AND e."kind" = 'lesson' AND e."completedAt" IS NOT NULL
                        AND e."id" <> NEW."id" AND (e."startedAt", e."id") < (NEW."startedAt", NEW."id"))
BEGIN
    INSERT INTO "learner_item_refresh" ("userId", "lessonId") VALUES (NEW."userId", NEW."lessonId");
END;
