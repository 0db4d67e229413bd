-- Shares were kept by email and matched on whoever signed in with it. Emails are not verified,
-- so a share to an address without an account could be claimed by signing up with it. A share
-- now names an instructor account. An old share is kept only where an instructor account had
-- that email when the share was made; the rest (pending, claimed later, or a learner's address)
-- are dropped, and the owner shares them again once the colleague has an account.
CREATE TABLE "new_class_instructors" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "class_instructors_classId_fkey" FOREIGN KEY ("classId") REFERENCES "classes" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "class_instructors_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_class_instructors" ("id", "classId", "userId", "createdAt")
SELECT ci."id", ci."classId", u."id", ci."createdAt"
FROM "class_instructors" ci
JOIN "users" u ON u."email" = ci."email"
WHERE u."role" = 'instructor' AND u."createdAt" <= ci."createdAt";
DROP TABLE "class_instructors";
ALTER TABLE "new_class_instructors" RENAME TO "class_instructors";

-- CreateIndex
CREATE INDEX "class_instructors_userId_idx" ON "class_instructors"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "class_instructors_classId_userId_key" ON "class_instructors"("classId", "userId");
