/**
 * Exercises that moved to another lesson with their block id unchanged. The
 * stored answers were moved by a migration (prisma/migrations/*_move_*); an
 * answer still queued in a browser, or kept by a visitor, names the old
 * lesson and is saved under the new one.
 */
export const MOVED_BLOCKS: readonly { block: string; from: string; to: string }[] = [
  { block: "pick-the-datastore", from: "mastering-consistency", to: "the-database-decision-tree" },
];

/** The lesson an exercise lives in now. */
export function lessonOfBlock(lesson: string, block: string): string {
  return MOVED_BLOCKS.find((moved) => moved.from === lesson && moved.block === block)?.to ?? lesson;
}
