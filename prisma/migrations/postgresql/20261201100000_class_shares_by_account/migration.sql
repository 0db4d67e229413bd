-- Shares were kept by email and matched on whoever signed in with it. Emails are not verified,
-- so a share to an address without an account could be claimed by signing up with it. A share
-- now names an instructor account. An old share is kept only where an instructor account had
-- that email when the share was made; the rest (pending, claimed later, or a learner's address)
-- are dropped, and the owner shares them again once the colleague has an account.
ALTER TABLE "class_instructors" ADD COLUMN "userId" TEXT;

UPDATE "class_instructors" ci SET "userId" = u."id"
FROM "users" u
WHERE u."email" = ci."email" AND u."role" = 'instructor' AND u."createdAt" <= ci."createdAt";

DELETE FROM "class_instructors" WHERE "userId" IS NULL;

-- DropIndex
DROP INDEX "class_instructors_email_idx";

-- DropIndex
DROP INDEX "class_instructors_classId_email_key";

-- AlterTable
ALTER TABLE "class_instructors" DROP COLUMN "email",
ALTER COLUMN "userId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "class_instructors_userId_idx" ON "class_instructors"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "class_instructors_classId_userId_key" ON "class_instructors"("classId", "userId");

-- AddForeignKey
ALTER TABLE "class_instructors" ADD CONSTRAINT "class_instructors_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
