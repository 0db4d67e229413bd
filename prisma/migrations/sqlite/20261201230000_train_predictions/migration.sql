-- The training lab's "predict before you run": a learner's committed prediction (which models
-- will solve the task at these settings) and, once the run ended, what happened.
-- CreateTable
CREATE TABLE "train_predictions" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "task" TEXT NOT NULL,
    "lag" INTEGER NOT NULL,
    "hidden" INTEGER NOT NULL,
    "lr" REAL NOT NULL,
    "seed" INTEGER NOT NULL,
    "forgetBias" REAL NOT NULL,
    "iterations" INTEGER NOT NULL,
    "predicted" TEXT NOT NULL,
    "outcome" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcomeAt" DATETIME,
    CONSTRAINT "train_predictions_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "train_predictions_userId_createdAt_idx" ON "train_predictions"("userId", "createdAt");
