-- AlterTable
ALTER TABLE "classes" ADD COLUMN "joinCodeExpiresAt" DATETIME;
ALTER TABLE "classes" ADD COLUMN "joinCodeRotatedAt" DATETIME;

-- CreateTable
CREATE TABLE "class_instructors" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "class_instructors_classId_fkey" FOREIGN KEY ("classId") REFERENCES "classes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "retired_join_codes" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "classId" TEXT NOT NULL,
    "retiredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "retired_join_codes_classId_fkey" FOREIGN KEY ("classId") REFERENCES "classes" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "class_instructors_email_idx" ON "class_instructors"("email");

-- CreateIndex
CREATE UNIQUE INDEX "class_instructors_classId_email_key" ON "class_instructors"("classId", "email");

-- CreateIndex
CREATE INDEX "retired_join_codes_classId_idx" ON "retired_join_codes"("classId");

