-- The tutor's dialogue state is kept with the saved conversation (the server's copy is the one
-- a turn uses); a learner's message keeps the misconceptions the tutor corrected in it, and a
-- reply the chat-quiz question it left open, so a client cannot claim one it was never asked.
-- AlterTable
ALTER TABLE "tutor_conversations" ADD COLUMN "state" TEXT;

-- AlterTable
ALTER TABLE "tutor_messages" ADD COLUMN "misconceptions" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "tutor_messages" ADD COLUMN "quizQuestionId" TEXT;
