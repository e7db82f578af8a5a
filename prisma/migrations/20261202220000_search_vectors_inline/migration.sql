-- Keep each section's tsvector in the table row rather than in the TOAST table.
-- A section's vector is about 2 KB, just over the size at which PostgreSQL moves
-- a value out of line, so every match or rank fetched it from TOAST (three
-- buffer reads a row): a word found in 7,000 of 8,000 sections took 44 ms to
-- rank, 12 ms with the vectors inline. MAIN still moves a value out of line as a
-- last resort, so a very long section cannot fail to insert. Prisma's schema
-- cannot say this, and rows written from now on follow it.
ALTER TABLE "LessonSection" ALTER COLUMN "search" SET STORAGE MAIN;
