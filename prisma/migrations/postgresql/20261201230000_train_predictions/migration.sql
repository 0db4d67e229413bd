-- The training lab's "predict before you run": a learner's committed prediction (which models
-- will solve the task at these settings) and, once the run ended, what happened.
-- CreateTable
CREATE TABLE "train_predictions" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "task" TEXT NOT NULL,
    "lag" INTEGER NOT NULL,
    "hidden" INTEGER NOT NULL,
    "lr" DOUBLE PRECISION NOT NULL,
    "seed" INTEGER NOT NULL,
    "forgetBias" DOUBLE PRECISION NOT NULL,
    "iterations" INTEGER NOT NULL,
    "predicted" TEXT NOT NULL,
    "outcome" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcomeAt" TIMESTAMP(3),

    CONSTRAINT "train_predictions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "train_predictions_userId_createdAt_idx" ON "train_predictions"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "train_predictions" ADD CONSTRAINT "train_predictions_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
