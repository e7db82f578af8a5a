/**
 * The decision-game decks on /practice/games. Each is a DecisionGame block of
 * chapter 9, so answers given on the practice page are that block's attempts
 * and count toward the chapter, and the answer keys live (and are tested) in
 * one place: the lesson.
 */
export const DECKS_LESSON = "mastering-consistency";

export const DECK_IDS = ["cp-or-ap", "strong-or-eventual", "read-after-write-fix", "pick-the-datastore"] as const;

export const SIMULATORS = [
  {
    href: "/practice/games/partition",
    title: "Partition simulator",
    text: "Cut five replicas into two sides, choose CP or AP, and predict every answer before you see it.",
  },
  {
    href: "/practice/games/quorum",
    title: "Quorum explorer",
    text: "Set N, W and R, fail replicas, and find a stale read, or prove there is none.",
  },
  {
    href: "/practice/games/lag",
    title: "Replication lag",
    text: "Slide the lag and the read time: does the reader see the new like count?",
  },
] as const;
