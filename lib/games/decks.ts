/**
 * The decision-game decks on /practice/games. Each is a DecisionGame block of
 * a lesson (chapter 9, or the database decision tree for the datastore deck),
 * so answers given on the practice page are that block's attempts and count
 * toward its lesson, and the answer keys live (and are tested) in one place.
 */
export const DECKS_LESSON = "mastering-consistency";

/** Each deck's block id and the lesson that holds it (DECKS_LESSON unless it says otherwise). */
export const DECKS: readonly { id: string; lesson: string }[] = [
  { id: "cp-or-ap", lesson: DECKS_LESSON },
  { id: "strong-or-eventual", lesson: DECKS_LESSON },
  { id: "read-after-write-fix", lesson: DECKS_LESSON },
  { id: "pick-the-datastore", lesson: "the-database-decision-tree" },
];

export const DECK_IDS = DECKS.map((deck) => deck.id);
