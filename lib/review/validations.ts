import * as z from "@/lib/validations/zod";
import { blockId } from "@/lib/lessons/blocks/schemas";
import { lessonSlug } from "@/lib/progress/validations";
import { text } from "@/lib/validations/text";

/** Which part of which exercise a card asks: a deck's card or a simulator's scenario, "" for the whole. */
export const cardKey = z.strictObject({ lesson: lessonSlug, block: blockId, unit: text(100).default("") });
export type CardKey = z.infer<typeof cardKey>;

const eventBase = {
  /** Made by the browser, so a retried send is recognised. */
  id: z.uuid("must be a UUID made when the learner acted"),
  at: z.iso.datetime({ offset: true }),
};

/**
 * What the browser sends about review cards, through the same outbox as
 * answers: "that was a guess" (make a card of an answer that was right), and
 * a review with the learner's rating.
 */
export const reviewEvent = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("guess"), ...eventBase, card: cardKey }),
  z.strictObject({
    type: z.literal("review"),
    ...eventBase,
    card: cardKey,
    rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
      error: "must be 1 (again), 2 (hard), 3 (good) or 4 (easy)",
    }),
    /** From seeing the card to answering it. */
    ms: z.int().min(0).max(86_400_000).optional(),
  }),
]);
export type ReviewEvent = z.infer<typeof reviewEvent>;

export const reviewEventsBody = z.strictObject({ events: z.array(reviewEvent).min(1).max(100) });

export type ReviewEventResult = { id: string; ok: true } | { id: string; ok: false; error: string };

export const dailyGoalBody = z.strictObject({
  goal: z.int("must be a whole number").min(1, "must be at least 1").max(200, "must be at most 200"),
});

/** A card's database id (a cuid): anything else names no card. */
export const cardId = z.string().regex(/^[a-z0-9]{1,40}$/);
