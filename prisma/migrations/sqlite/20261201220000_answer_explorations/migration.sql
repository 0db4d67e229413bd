-- The slider moves a learner made on the lesson's plot before a try, one row per try that had
-- any, deleted with its answer or its learner (and by the learner's "clear my exploration record").
-- CreateTable
CREATE TABLE "answer_explorations" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "answerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "moves" TEXT NOT NULL,
    "moveCount" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "answer_explorations_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "answers" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "answer_explorations_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "answer_explorations_answerId_key" ON "answer_explorations"("answerId");

-- CreateIndex
CREATE INDEX "answer_explorations_userId_idx" ON "answer_explorations"("userId");
