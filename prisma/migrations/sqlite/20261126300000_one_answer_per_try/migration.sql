-- Two tabs could store the same try of one question twice (each read "no try yet" before
-- either wrote). Such duplicates can only come from that race; the first stored one is the
-- one that counts, so later copies go before the index that rules them out.
DELETE FROM "answers"
WHERE "id" IN (
    SELECT later."id" FROM "answers" later
    JOIN "answers" earlier
      ON earlier."attemptId" = later."attemptId"
     AND earlier."questionId" = later."questionId"
     AND earlier."tryNumber" = later."tryNumber"
     AND (earlier."createdAt" < later."createdAt"
          OR (earlier."createdAt" = later."createdAt" AND earlier."id" < later."id"))
);

-- CreateIndex
CREATE UNIQUE INDEX "answers_attemptId_questionId_tryNumber_key" ON "answers"("attemptId", "questionId", "tryNumber");
