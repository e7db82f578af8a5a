"use client";

import { Button } from "@/components/ui/button";

/**
 * Shown when the stored copy changed since this one was opened (a second tab,
 * another device, or an offline draft older than the server's copy).
 */
export function ConflictChoice({ what, onKeep }: { what: string; onKeep: (keep: "mine" | "theirs") => void }) {
  return (
    <div role="alert" className="rounded-md border-l-4 border-danger bg-danger-soft px-4 py-3 text-sm">
      <p className="font-semibold">This {what} was changed in another tab or on another device.</p>
      <p className="mt-1">
        Your version is on screen and kept on this device. Keep yours to save it over the other copy, or load the other
        copy and drop your unsaved changes.
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={() => onKeep("mine")}>Keep my version</Button>
        <Button variant="secondary" onClick={() => onKeep("theirs")}>
          Load the other copy
        </Button>
      </div>
    </div>
  );
}
