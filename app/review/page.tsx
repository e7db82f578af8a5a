import type { Metadata } from "next";
import { ReviewSession } from "@/components/review/review-session";

export const metadata: Metadata = {
  title: "Review",
  description:
    "The exercises you missed or guessed, brought back by spaced repetition just before you would forget them.",
};

/** Prerendered shell; the queue is the learner's own and loads in the browser. */
export default function ReviewPage() {
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold tracking-tight">Review</h1>
        <p className="text-muted">
          Each card is an exercise you missed, or got right but marked as a guess, asked again where it was. Answer it,
          read the explanation, then rate how it went: the schedule (FSRS) brings the card back sooner when it was hard
          and later when it was easy. Keys: 1–9 pick, Enter checks and goes on.
        </p>
      </header>
      <ReviewSession />
    </div>
  );
}
