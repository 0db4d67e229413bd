-- Per-class figures for the dashboards, so that a view reads one row per question (or per
-- learner and lesson) instead of one per learner and question. The same tables and rules as the
-- SQLite migration of the same name (which describes each table); here the two procedures are
-- plpgsql functions. Class rows are written in one order (class, question, key) by every
-- writer, so two learners of one class answering at once wait for each other, never deadlock.

CREATE TABLE "learner_item_marks" (
    "userId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "mark" DOUBLE PRECISION NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,
    "tries" INTEGER NOT NULL,
    "hints" INTEGER NOT NULL,
    "ms" BIGINT NOT NULL,
    "firstTried" INTEGER NOT NULL,
    "firstCorrect" INTEGER NOT NULL,
    "firstChoice" TEXT,
    "firstMisconceptions" TEXT,
    "explored" INTEGER NOT NULL,

    CONSTRAINT "learner_item_marks_pkey" PRIMARY KEY ("userId","lessonId","questionId")
);
CREATE INDEX "learner_item_marks_questionId_ms_idx" ON "learner_item_marks"("questionId", "ms");

CREATE TABLE "class_item_totals" (
    "classId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "learners" INTEGER NOT NULL,
    "sumMark" DOUBLE PRECISION NOT NULL,
    "sumMarkSq" DOUBLE PRECISION NOT NULL,
    "sumRest" DOUBLE PRECISION NOT NULL,
    "sumRestSq" DOUBLE PRECISION NOT NULL,
    "sumMarkRest" DOUBLE PRECISION NOT NULL,
    "sumTries" INTEGER NOT NULL,
    "sumHints" INTEGER NOT NULL,
    "firstTries" INTEGER NOT NULL,
    "explored" INTEGER NOT NULL,
    "exploredRight" INTEGER NOT NULL,
    "othersRight" INTEGER NOT NULL,

    CONSTRAINT "class_item_totals_pkey" PRIMARY KEY ("classId","questionId")
);

CREATE TABLE "class_item_groups" (
    "classId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "total" DOUBLE PRECISION NOT NULL,
    "learners" INTEGER NOT NULL,
    "sumMark" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "class_item_groups_pkey" PRIMARY KEY ("classId","questionId","total")
);

CREATE TABLE "class_item_responses" (
    "classId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "choice" TEXT NOT NULL,
    "correct" INTEGER NOT NULL,
    "misconceptions" TEXT NOT NULL,
    "learners" INTEGER NOT NULL,

    CONSTRAINT "class_item_responses_pkey" PRIMARY KEY ("classId","questionId","choice","correct","misconceptions")
);

CREATE TABLE "class_item_time_bins" (
    "classId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "bin" BIGINT NOT NULL,
    "learners" INTEGER NOT NULL,

    CONSTRAINT "class_item_time_bins_pkey" PRIMARY KEY ("classId","questionId","bin")
);

CREATE TABLE "learner_misconceptions" (
    "userId" TEXT NOT NULL,
    "misconceptionId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "answers" INTEGER NOT NULL,

    CONSTRAINT "learner_misconceptions_pkey" PRIMARY KEY ("userId","misconceptionId","questionId")
);

CREATE TABLE "learner_lesson_figures" (
    "userId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "computedVersion" INTEGER NOT NULL,
    "figures" TEXT NOT NULL,

    CONSTRAINT "learner_lesson_figures_pkey" PRIMARY KEY ("userId")
);

ALTER TABLE "learner_item_marks" ADD CONSTRAINT "learner_item_marks_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "class_item_totals" ADD CONSTRAINT "class_item_totals_classId_fkey" FOREIGN KEY ("classId") REFERENCES "classes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "class_item_groups" ADD CONSTRAINT "class_item_groups_classId_fkey" FOREIGN KEY ("classId") REFERENCES "classes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "class_item_responses" ADD CONSTRAINT "class_item_responses_classId_fkey" FOREIGN KEY ("classId") REFERENCES "classes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "class_item_time_bins" ADD CONSTRAINT "class_item_time_bins_classId_fkey" FOREIGN KEY ("classId") REFERENCES "classes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "learner_misconceptions" ADD CONSTRAINT "learner_misconceptions_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "learner_lesson_figures" ADD CONSTRAINT "learner_lesson_figures_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Adds (sign 1) or takes away (sign -1) one learner's item rows (one lesson, or all when
-- p_lesson is null) to one class, or to each of the learner's classes when p_class is null.
-- Only classes still stored are touched: a class being deleted takes its sums with it.
CREATE FUNCTION "class_item_apply"(p_class TEXT, p_user TEXT, p_lesson TEXT, p_sign INTEGER)
RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    INSERT INTO "class_item_totals" AS t ("classId", "questionId", "lessonId", "learners",
        "sumMark", "sumMarkSq", "sumRest", "sumRestSq", "sumMarkRest", "sumTries", "sumHints",
        "firstTries", "explored", "exploredRight", "othersRight")
    SELECT r."classId", r."questionId", MIN(r."lessonId"), p_sign * COUNT(*),
        p_sign * SUM(r."mark"), p_sign * SUM(r."mark" * r."mark"),
        p_sign * SUM(r."total" - r."mark"),
        p_sign * SUM((r."total" - r."mark") * (r."total" - r."mark")),
        p_sign * SUM(r."mark" * (r."total" - r."mark")),
        p_sign * SUM(r."tries"), p_sign * SUM(r."hints"), p_sign * SUM(r."firstTried"),
        p_sign * SUM(r."explored"), p_sign * SUM(r."explored" * r."firstCorrect"),
        p_sign * SUM((1 - r."explored") * r."firstCorrect")
    FROM (
        SELECT k."classId", m."questionId", m."lessonId", m."mark", m."total", m."tries", m."hints",
            m."ms", m."firstTried", m."firstCorrect",
            CASE WHEN m."firstChoice" IS NULL THEN '-' ELSE '=' || m."firstChoice" END AS "choice",
            COALESCE(m."firstMisconceptions", '[]') AS "misconceptions", m."explored"
        FROM "learner_item_marks" m
        JOIN (SELECT e."classId" FROM "enrollments" e
              WHERE e."userId" = p_user AND p_class IS NULL
              UNION SELECT p_class WHERE p_class IS NOT NULL) k ON TRUE
        JOIN "classes" c ON c."id" = k."classId"
        WHERE m."userId" = p_user AND (p_lesson IS NULL OR m."lessonId" = p_lesson)
    ) r
    GROUP BY r."classId", r."questionId"
    ORDER BY r."classId", r."questionId"
    ON CONFLICT ("classId", "questionId") DO UPDATE SET
        "learners" = t."learners" + EXCLUDED."learners",
        "sumMark" = t."sumMark" + EXCLUDED."sumMark",
        "sumMarkSq" = t."sumMarkSq" + EXCLUDED."sumMarkSq",
        "sumRest" = t."sumRest" + EXCLUDED."sumRest",
        "sumRestSq" = t."sumRestSq" + EXCLUDED."sumRestSq",
        "sumMarkRest" = t."sumMarkRest" + EXCLUDED."sumMarkRest",
        "sumTries" = t."sumTries" + EXCLUDED."sumTries",
        "sumHints" = t."sumHints" + EXCLUDED."sumHints",
        "firstTries" = t."firstTries" + EXCLUDED."firstTries",
        "explored" = t."explored" + EXCLUDED."explored",
        "exploredRight" = t."exploredRight" + EXCLUDED."exploredRight",
        "othersRight" = t."othersRight" + EXCLUDED."othersRight";

    INSERT INTO "class_item_groups" AS g ("classId", "questionId", "total", "learners", "sumMark")
    SELECT r."classId", r."questionId", r."total", p_sign * COUNT(*), p_sign * SUM(r."mark")
    FROM (
        SELECT k."classId", m."questionId", m."lessonId", m."mark", m."total", m."tries", m."hints",
            m."ms", m."firstTried", m."firstCorrect",
            CASE WHEN m."firstChoice" IS NULL THEN '-' ELSE '=' || m."firstChoice" END AS "choice",
            COALESCE(m."firstMisconceptions", '[]') AS "misconceptions", m."explored"
        FROM "learner_item_marks" m
        JOIN (SELECT e."classId" FROM "enrollments" e
              WHERE e."userId" = p_user AND p_class IS NULL
              UNION SELECT p_class WHERE p_class IS NOT NULL) k ON TRUE
        JOIN "classes" c ON c."id" = k."classId"
        WHERE m."userId" = p_user AND (p_lesson IS NULL OR m."lessonId" = p_lesson)
    ) r
    GROUP BY r."classId", r."questionId", r."total"
    ORDER BY r."classId", r."questionId", r."total"
    ON CONFLICT ("classId", "questionId", "total") DO UPDATE SET
        "learners" = g."learners" + EXCLUDED."learners",
        "sumMark" = g."sumMark" + EXCLUDED."sumMark";

    INSERT INTO "class_item_responses" AS x ("classId", "questionId", "choice", "correct",
        "misconceptions", "learners")
    SELECT r."classId", r."questionId", r."choice", r."firstCorrect", r."misconceptions",
        p_sign * COUNT(*)
    FROM (
        SELECT k."classId", m."questionId", m."lessonId", m."mark", m."total", m."tries", m."hints",
            m."ms", m."firstTried", m."firstCorrect",
            CASE WHEN m."firstChoice" IS NULL THEN '-' ELSE '=' || m."firstChoice" END AS "choice",
            COALESCE(m."firstMisconceptions", '[]') AS "misconceptions", m."explored"
        FROM "learner_item_marks" m
        JOIN (SELECT e."classId" FROM "enrollments" e
              WHERE e."userId" = p_user AND p_class IS NULL
              UNION SELECT p_class WHERE p_class IS NOT NULL) k ON TRUE
        JOIN "classes" c ON c."id" = k."classId"
        WHERE m."userId" = p_user AND (p_lesson IS NULL OR m."lessonId" = p_lesson)
    ) r
    GROUP BY r."classId", r."questionId", r."choice", r."firstCorrect", r."misconceptions"
    ORDER BY r."classId", r."questionId", r."choice", r."firstCorrect", r."misconceptions"
    ON CONFLICT ("classId", "questionId", "choice", "correct", "misconceptions") DO UPDATE SET
        "learners" = x."learners" + EXCLUDED."learners";

    INSERT INTO "class_item_time_bins" AS b ("classId", "questionId", "bin", "learners")
    SELECT r."classId", r."questionId", r."ms" / 1024, p_sign * COUNT(*)
    FROM (
        SELECT k."classId", m."questionId", m."lessonId", m."mark", m."total", m."tries", m."hints",
            m."ms", m."firstTried", m."firstCorrect",
            CASE WHEN m."firstChoice" IS NULL THEN '-' ELSE '=' || m."firstChoice" END AS "choice",
            COALESCE(m."firstMisconceptions", '[]') AS "misconceptions", m."explored"
        FROM "learner_item_marks" m
        JOIN (SELECT e."classId" FROM "enrollments" e
              WHERE e."userId" = p_user AND p_class IS NULL
              UNION SELECT p_class WHERE p_class IS NOT NULL) k ON TRUE
        JOIN "classes" c ON c."id" = k."classId"
        WHERE m."userId" = p_user AND (p_lesson IS NULL OR m."lessonId" = p_lesson)
    ) r
    GROUP BY r."classId", r."questionId", r."ms" / 1024
    ORDER BY r."classId", r."questionId", r."ms" / 1024
    ON CONFLICT ("classId", "questionId", "bin") DO UPDATE SET
        "learners" = b."learners" + EXCLUDED."learners";

    -- Rows nobody is counted in any more are dropped, as if they had never been written: only
    -- after taking away, and only the rows of this learner's questions.
    IF p_sign < 0 THEN
        DELETE FROM "class_item_totals" WHERE "learners" <= 0
          AND ("classId", "questionId") IN (SELECT k."classId", m."questionId"
            FROM "learner_item_marks" m,
                 (SELECT e."classId" FROM "enrollments" e WHERE e."userId" = p_user
                  UNION SELECT p_class) k
            WHERE m."userId" = p_user AND (p_lesson IS NULL OR m."lessonId" = p_lesson));
        DELETE FROM "class_item_groups" WHERE "learners" <= 0
          AND ("classId", "questionId", "total") IN (SELECT k."classId", m."questionId", m."total"
            FROM "learner_item_marks" m,
                 (SELECT e."classId" FROM "enrollments" e WHERE e."userId" = p_user
                  UNION SELECT p_class) k
            WHERE m."userId" = p_user AND (p_lesson IS NULL OR m."lessonId" = p_lesson));
        DELETE FROM "class_item_responses" WHERE "learners" <= 0
          AND ("classId", "questionId") IN (SELECT k."classId", m."questionId"
            FROM "learner_item_marks" m,
                 (SELECT e."classId" FROM "enrollments" e WHERE e."userId" = p_user
                  UNION SELECT p_class) k
            WHERE m."userId" = p_user AND (p_lesson IS NULL OR m."lessonId" = p_lesson));
        DELETE FROM "class_item_time_bins" WHERE "learners" <= 0
          AND ("classId", "questionId", "bin") IN (SELECT k."classId", m."questionId", m."ms" / 1024
            FROM "learner_item_marks" m,
                 (SELECT e."classId" FROM "enrollments" e WHERE e."userId" = p_user
                  UNION SELECT p_class) k
            WHERE m."userId" = p_user AND (p_lesson IS NULL OR m."lessonId" = p_lesson));
    END IF;
END
$$;

-- Rebuilds one learner's item rows for one lesson from that lesson's first finished attempt
-- (the marks of lib/db/dashboard/marks.ts with finishedOnly), and moves the class sums with them.
CREATE FUNCTION "learner_item_refresh"(p_user TEXT, p_lesson TEXT)
RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM "class_item_apply"(NULL, p_user, p_lesson, -1);
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
    PERFORM "class_item_apply"(NULL, p_user, p_lesson, 1);
END
$$;

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

SELECT "class_item_apply"(NULL, u."userId", NULL, 1)
FROM (SELECT DISTINCT "userId" FROM "learner_item_marks") u;

INSERT INTO "learner_misconceptions" ("userId", "misconceptionId", "questionId", "answers")
SELECT a."userId", j.value, a."questionId", COUNT(*)
FROM "answers" a, json_array_elements_text(a."misconceptions"::json) AS j(value)
WHERE a."misconceptions" <> '[]'
GROUP BY a."userId", j.value, a."questionId";

INSERT INTO "learner_lesson_figures" ("userId", "version", "computedVersion", "figures")
SELECT DISTINCT "userId", 1, 0, '{}' FROM "answers" WHERE "tryNumber" = 1;

-- What moves a learner's item rows: a totals row of the lesson (an answer stored or deleted),
-- an attempt started, finished, moved or deleted, an exploration stored or cleared.
CREATE FUNCTION "attempt_question_totals_refresh_items"() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
DECLARE
    row_attempt TEXT := CASE WHEN TG_OP = 'DELETE' THEN OLD."attemptId" ELSE NEW."attemptId" END;
    a RECORD;
BEGIN
    SELECT q."userId", q."lessonId" INTO a FROM "quiz_attempts" q
    WHERE q."id" = row_attempt AND q."kind" = 'lesson' AND q."completedAt" IS NOT NULL;
    IF FOUND THEN
        PERFORM "learner_item_refresh"(a."userId", a."lessonId");
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "attempt_question_totals_refresh_items"
AFTER INSERT OR UPDATE OR DELETE ON "attempt_question_totals"
FOR EACH ROW EXECUTE FUNCTION "attempt_question_totals_refresh_items"();

CREATE FUNCTION "quiz_attempts_refresh_items"() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW."kind" = 'lesson' AND NEW."completedAt" IS NOT NULL THEN
            PERFORM "learner_item_refresh"(NEW."userId", NEW."lessonId");
        END IF;
    ELSIF TG_OP = 'DELETE' THEN
        IF OLD."kind" = 'lesson' AND OLD."completedAt" IS NOT NULL THEN
            PERFORM "learner_item_refresh"(OLD."userId", OLD."lessonId");
        END IF;
    ELSIF OLD."completedAt" IS DISTINCT FROM NEW."completedAt"
       OR OLD."startedAt" IS DISTINCT FROM NEW."startedAt"
       OR OLD."kind" IS DISTINCT FROM NEW."kind"
       OR OLD."lessonId" IS DISTINCT FROM NEW."lessonId"
       OR OLD."userId" IS DISTINCT FROM NEW."userId" THEN
        PERFORM "learner_item_refresh"(OLD."userId", OLD."lessonId");
        IF NEW."userId" IS DISTINCT FROM OLD."userId"
           OR NEW."lessonId" IS DISTINCT FROM OLD."lessonId" THEN
            PERFORM "learner_item_refresh"(NEW."userId", NEW."lessonId");
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "quiz_attempts_refresh_items"
AFTER INSERT OR UPDATE OR DELETE ON "quiz_attempts"
FOR EACH ROW EXECUTE FUNCTION "quiz_attempts_refresh_items"();

CREATE FUNCTION "answer_explorations_refresh_items"() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
DECLARE
    answer_id TEXT := CASE WHEN TG_OP = 'DELETE' THEN OLD."answerId" ELSE NEW."answerId" END;
    a RECORD;
BEGIN
    SELECT q."userId", q."lessonId" INTO a
    FROM "answers" x JOIN "quiz_attempts" q ON q."id" = x."attemptId"
    WHERE x."id" = answer_id AND x."tryNumber" = 1 AND q."kind" = 'lesson'
      AND q."completedAt" IS NOT NULL;
    IF FOUND THEN
        PERFORM "learner_item_refresh"(a."userId", a."lessonId");
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "answer_explorations_refresh_items"
AFTER INSERT OR DELETE ON "answer_explorations"
FOR EACH ROW EXECUTE FUNCTION "answer_explorations_refresh_items"();

-- A learner joining or leaving a class brings their rows to it or takes them away.
CREATE FUNCTION "enrollments_items"() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM "class_item_apply"(OLD."classId", OLD."userId", NULL, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM "class_item_apply"(NEW."classId", NEW."userId", NULL, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "enrollments_items" AFTER INSERT OR DELETE OR UPDATE OF "classId", "userId"
ON "enrollments" FOR EACH ROW EXECUTE FUNCTION "enrollments_items"();

-- A learner deleted: their rows leave every class first, while both are still there (the
-- cascades run in no promised order), then go.
CREATE FUNCTION "users_items_delete"() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    PERFORM "class_item_apply"(NULL, OLD."id", NULL, -1);
    DELETE FROM "learner_item_marks" WHERE "userId" = OLD."id";
    RETURN OLD;
END
$$;

CREATE TRIGGER "users_items_delete" BEFORE DELETE ON "users"
FOR EACH ROW EXECUTE FUNCTION "users_items_delete"();

-- Misconceptions per learner and question, and the learner's first-try version.
CREATE FUNCTION "answers_keep_learner_figures"() RETURNS trigger LANGUAGE plpgsql
SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW."misconceptions" <> '[]' THEN
            INSERT INTO "learner_misconceptions" AS l ("userId", "misconceptionId", "questionId",
                "answers")
            SELECT NEW."userId", j.value, NEW."questionId", COUNT(*)
            FROM json_array_elements_text(NEW."misconceptions"::json) AS j(value)
            GROUP BY j.value
            ON CONFLICT ("userId", "misconceptionId", "questionId") DO UPDATE SET
                "answers" = l."answers" + EXCLUDED."answers";
        END IF;
        IF NEW."tryNumber" = 1 THEN
            INSERT INTO "learner_lesson_figures" AS f ("userId", "version", "computedVersion",
                "figures")
            SELECT NEW."userId", 1, 0, '{}' FROM "users" u WHERE u."id" = NEW."userId"
            ON CONFLICT ("userId") DO UPDATE SET "version" = f."version" + 1;
        END IF;
    ELSE
        IF OLD."misconceptions" <> '[]' THEN
            UPDATE "learner_misconceptions" l SET "answers" = l."answers" - s.n
            FROM (SELECT j.value, COUNT(*) AS n
                  FROM json_array_elements_text(OLD."misconceptions"::json) AS j(value)
                  GROUP BY j.value) s
            WHERE l."userId" = OLD."userId" AND l."questionId" = OLD."questionId"
              AND l."misconceptionId" = s.value;
            DELETE FROM "learner_misconceptions"
            WHERE "userId" = OLD."userId" AND "questionId" = OLD."questionId" AND "answers" <= 0;
        END IF;
        IF OLD."tryNumber" = 1 THEN
            UPDATE "learner_lesson_figures" SET "version" = "version" + 1
            WHERE "userId" = OLD."userId";
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "answers_keep_learner_figures" AFTER INSERT OR DELETE ON "answers"
FOR EACH ROW EXECUTE FUNCTION "answers_keep_learner_figures"();
