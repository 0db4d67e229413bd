-- AlterTable
ALTER TABLE "classes" ADD COLUMN     "joinCodeExpiresAt" TIMESTAMP(3),
ADD COLUMN     "joinCodeRotatedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "class_instructors" (
    "id" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "class_instructors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "retired_join_codes" (
    "code" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "retiredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "retired_join_codes_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "class_instructors_email_idx" ON "class_instructors"("email");

-- CreateIndex
CREATE UNIQUE INDEX "class_instructors_classId_email_key" ON "class_instructors"("classId", "email");

-- CreateIndex
CREATE INDEX "retired_join_codes_classId_idx" ON "retired_join_codes"("classId");

-- AddForeignKey
ALTER TABLE "class_instructors" ADD CONSTRAINT "class_instructors_classId_fkey" FOREIGN KEY ("classId") REFERENCES "classes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "retired_join_codes" ADD CONSTRAINT "retired_join_codes_classId_fkey" FOREIGN KEY ("classId") REFERENCES "classes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

