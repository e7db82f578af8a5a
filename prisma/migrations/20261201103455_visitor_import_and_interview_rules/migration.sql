-- AlterTable
ALTER TABLE "Diagram" ADD COLUMN     "importKey" UUID;

-- AlterTable
ALTER TABLE "MockInterview" ADD COLUMN     "wrapUp" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Worksheet" ADD COLUMN     "importKey" UUID;

-- Repair data the old code could leave behind, so the constraints below can be created.
-- 1. Concurrent review requests could leave two live requests for one interview:
--    keep the oldest live one, close the others (their comments and reviews stay).
UPDATE "ReviewRequest" AS r SET "status" = 'closed', "claimedUntil" = NULL
WHERE r."status" <> 'closed' AND EXISTS (
  SELECT 1 FROM "ReviewRequest" AS older
  WHERE older."interviewId" = r."interviewId" AND older."status" <> 'closed'
    AND (older."createdAt", older."id") < (r."createdAt", r."id"));

-- 2. An interview's worksheet or diagram could be deleted on its own, leaving the
--    interview unopenable: give it an empty one back (its submitted iterations keep the answer).
INSERT INTO "Worksheet" ("id", "userId", "title", "promptId", "document", "version", "createdAt", "updatedAt")
SELECT DISTINCT ON (m."worksheetId") m."worksheetId", m."userId", 'Mock interview worksheet (restored)', m."promptId", '{}'::jsonb, 1, now(), now()
FROM "MockInterview" AS m WHERE NOT EXISTS (SELECT 1 FROM "Worksheet" AS w WHERE w."id" = m."worksheetId");
INSERT INTO "Diagram" ("id", "userId", "title", "source", "version", "createdAt", "updatedAt")
SELECT DISTINCT ON (m."diagramId") m."diagramId", m."userId", 'Mock interview diagram (restored)', E'flowchart LR\n', 1, now(), now()
FROM "MockInterview" AS m WHERE NOT EXISTS (SELECT 1 FROM "Diagram" AS d WHERE d."id" = m."diagramId");

-- CreateIndex
CREATE UNIQUE INDEX "Diagram_userId_importKey_key" ON "Diagram"("userId", "importKey");

-- CreateIndex
CREATE INDEX "MockInterview_worksheetId_idx" ON "MockInterview"("worksheetId");

-- CreateIndex
CREATE INDEX "MockInterview_diagramId_idx" ON "MockInterview"("diagramId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewRequest_one_live_per_interview" ON "ReviewRequest"("interviewId") WHERE (status <> 'closed');

-- CreateIndex
CREATE UNIQUE INDEX "Worksheet_userId_importKey_key" ON "Worksheet"("userId", "importKey");

-- AddForeignKey
ALTER TABLE "MockInterview" ADD CONSTRAINT "MockInterview_worksheetId_fkey" FOREIGN KEY ("worksheetId") REFERENCES "Worksheet"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MockInterview" ADD CONSTRAINT "MockInterview_diagramId_fkey" FOREIGN KEY ("diagramId") REFERENCES "Diagram"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
