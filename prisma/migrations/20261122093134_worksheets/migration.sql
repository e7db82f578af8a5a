-- CreateTable
CREATE TABLE "Worksheet" (
    "id" UUID NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "promptId" TEXT,
    "origin" TEXT,
    "document" JSONB NOT NULL,
    "estimate" JSONB,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Worksheet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Worksheet_userId_updatedAt_idx" ON "Worksheet"("userId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Worksheet_userId_origin_key" ON "Worksheet"("userId", "origin");

-- AddForeignKey
ALTER TABLE "Worksheet" ADD CONSTRAINT "Worksheet_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
