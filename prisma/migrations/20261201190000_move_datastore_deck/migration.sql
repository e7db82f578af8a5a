-- The "pick the datastore" deck moved from chapter 9 (mastering-consistency) to
-- the database decision tree with its block and card ids unchanged: the
-- answers learners gave before the move follow it (lib/content/moved-blocks.ts
-- does the same for answers still queued in a browser).
UPDATE "Attempt" SET "lessonSlug" = 'the-database-decision-tree'
WHERE "lessonSlug" = 'mastering-consistency' AND "blockId" = 'pick-the-datastore';
