-- The answer submit as two calls instead of about ten statements (lib/services/quiz/submit.ts,
-- lib/services/quiz/submit-store-postgres.ts): one reads what grading needs under the
-- learner's lock, the other stores the graded answer. Both run inside the caller's
-- transaction (BEGIN … COMMIT), so the lock is held from the read to the COMMIT and the
-- answer, its mastery and review card and the attempt's position commit together or not at
-- all. The answers row is an ordinary INSERT: the triggers on answers fire as for any writer.
-- VOLATILE (the default) matters: under Read Committed each statement inside takes a new
-- snapshot, so the reads after the lock see whatever the learner's previous write committed.

CREATE FUNCTION submit_context(
    p_user_id TEXT,
    p_attempt_id TEXT,
    p_question_id TEXT,
    p_idempotency_key TEXT,
    p_concept_ids TEXT[]
) RETURNS json LANGUAGE plpgsql AS $$
BEGIN
    -- The learner's write programs take turns (lockLearner in lib/db/quiz-store.ts).
    PERFORM 1 FROM users WHERE id = p_user_id FOR NO KEY UPDATE;
    RETURN json_build_object(
        'attempt', (
            SELECT json_build_object(
                'id', a.id, 'userId', a."userId", 'lessonId', a."lessonId", 'kind', a.kind,
                'reviewQuestionId', a."reviewQuestionId")
            FROM quiz_attempts a WHERE a.id = p_attempt_id),
        'hintsUsed', (
            SELECT COUNT(*) FROM hint_uses h
            WHERE h."userId" = p_user_id AND h."questionId" = p_question_id),
        'answers', (
            SELECT COALESCE(json_agg(json_build_object(
                'questionId', a."questionId", 'correct', a.correct, 'tryNumber', a."tryNumber",
                'idempotencyKey', a."idempotencyKey",
                'payload', CASE WHEN a."questionId" = p_question_id
                    OR a."idempotencyKey" = p_idempotency_key THEN a.payload END)
                ORDER BY a."tryNumber"), '[]'::json)
            FROM answers a WHERE a."attemptId" = p_attempt_id),
        'mastery', (
            SELECT COALESCE(json_agg(json_build_object(
                'conceptId', m."conceptId", 'pKnown', m."pKnown", 'attempts', m.attempts,
                'correct', m.correct)), '[]'::json)
            FROM concept_mastery m
            WHERE m."userId" = p_user_id AND m."conceptId" = ANY (p_concept_ids)),
        'reviewCard', (
            SELECT json_build_object(
                'due', r.due, 'stability', r.stability, 'difficulty', r.difficulty,
                'elapsedDays', r."elapsedDays", 'scheduledDays', r."scheduledDays",
                'reps', r.reps, 'lapses', r.lapses, 'state', r.state,
                'lastReview', r."lastReview")
            FROM review_cards r
            WHERE r."userId" = p_user_id AND r."questionId" = p_question_id));
END;
$$;

-- p_mastery: a JSON array of {id, conceptId, pKnown, attempts, correct} (the changed concepts;
-- id is used only for a new row). A null p_moves stores no exploration, a null p_due no review
-- card. Timestamps arrive as UTC wall time, as Prisma stores them.
CREATE FUNCTION submit_write(
    p_answer_id TEXT,
    p_attempt_id TEXT,
    p_user_id TEXT,
    p_question_id TEXT,
    p_payload TEXT,
    p_correct BOOLEAN,
    p_score DOUBLE PRECISION,
    p_try_number INTEGER,
    p_hints_used INTEGER,
    p_time_taken_ms INTEGER,
    p_idempotency_key TEXT,
    p_misconceptions TEXT,
    p_now TIMESTAMP,
    p_exploration_id TEXT,
    p_moves TEXT,
    p_move_count INTEGER,
    p_mastery json,
    p_card_id TEXT,
    p_due TIMESTAMP,
    p_stability DOUBLE PRECISION,
    p_difficulty DOUBLE PRECISION,
    p_elapsed_days INTEGER,
    p_scheduled_days INTEGER,
    p_reps INTEGER,
    p_lapses INTEGER,
    p_state INTEGER,
    p_last_review TIMESTAMP,
    p_current_question_id TEXT
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO answers (id, "attemptId", "userId", "questionId", payload, correct, score,
        "tryNumber", "hintsUsed", "timeTakenMs", "idempotencyKey", misconceptions, "createdAt")
    VALUES (p_answer_id, p_attempt_id, p_user_id, p_question_id, p_payload, p_correct, p_score,
        p_try_number, p_hints_used, p_time_taken_ms, p_idempotency_key, p_misconceptions, p_now);

    IF p_moves IS NOT NULL THEN
        INSERT INTO answer_explorations (id, "answerId", "userId", moves, "moveCount", "createdAt")
        VALUES (p_exploration_id, p_answer_id, p_user_id, p_moves, p_move_count, p_now);
    END IF;

    IF json_array_length(p_mastery) > 0 THEN
        INSERT INTO concept_mastery (id, "userId", "conceptId", "pKnown", attempts, correct,
            "updatedAt")
        SELECT m.id, p_user_id, m."conceptId", m."pKnown", m.attempts, m.correct, p_now
        FROM json_to_recordset(p_mastery)
            AS m(id TEXT, "conceptId" TEXT, "pKnown" DOUBLE PRECISION, attempts INTEGER,
                correct INTEGER)
        ON CONFLICT ("userId", "conceptId") DO UPDATE SET
            "pKnown" = excluded."pKnown", attempts = excluded.attempts,
            correct = excluded.correct, "updatedAt" = excluded."updatedAt";
    END IF;

    IF p_due IS NOT NULL THEN
        INSERT INTO review_cards (id, "userId", "questionId", due, stability, difficulty,
            "elapsedDays", "scheduledDays", reps, lapses, state, "lastReview")
        VALUES (p_card_id, p_user_id, p_question_id, p_due, p_stability, p_difficulty,
            p_elapsed_days, p_scheduled_days, p_reps, p_lapses, p_state, p_last_review)
        ON CONFLICT ("userId", "questionId") DO UPDATE SET
            due = excluded.due, stability = excluded.stability,
            difficulty = excluded.difficulty, "elapsedDays" = excluded."elapsedDays",
            "scheduledDays" = excluded."scheduledDays", reps = excluded.reps,
            lapses = excluded.lapses, state = excluded.state,
            "lastReview" = excluded."lastReview";
    END IF;

    UPDATE quiz_attempts SET "currentQuestionId" = p_current_question_id,
        "completedAt" = CASE WHEN p_current_question_id IS NULL THEN p_now END,
        "updatedAt" = p_now
    WHERE id = p_attempt_id;
END;
$$;
