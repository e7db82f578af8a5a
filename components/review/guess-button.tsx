"use client";

import Link from "next/link";
import { useState } from "react";
import { useProgressStore } from "@/components/client-data/progress-store";
import { useLesson } from "@/components/lessons/progress/lesson-context";
import { Button } from "@/components/ui/button";

/**
 * "That was a guess": an answer that was right by luck becomes a review card,
 * as a miss does. Shown under a right answer in a lesson (not in the
 * instructor's preview, where nothing is saved, nor on /review, where the
 * rating says the same).
 */
export function GuessButton({ block, unit = "" }: { block: string; unit?: string }) {
  const { slug, preview, review } = useLesson();
  const known = useProgressStore((state) => state.identity.kind !== "unknown");
  const recordReviewEvent = useProgressStore((state) => state.recordReviewEvent);
  const [marked, setMarked] = useState(false);
  if (preview || review || !known) return null;
  if (marked)
    return (
      <p role="status" className="mt-2 text-sm text-muted">
        Marked as a guess: it will come back in your <Link href="/review">review queue</Link>.
      </p>
    );
  return (
    <Button
      variant="secondary"
      size="sm"
      className="mt-2 text-sm"
      onClick={() => {
        recordReviewEvent({
          type: "guess",
          id: crypto.randomUUID(),
          at: new Date().toISOString(),
          card: { lesson: slug, block, unit },
        });
        setMarked(true);
      }}
    >
      That was a guess: review it later
    </Button>
  );
}
