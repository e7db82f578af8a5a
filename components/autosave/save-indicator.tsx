"use client";

import type { AutosaveStatus } from "@/components/client-data/use-versioned-autosave";
import { cn } from "@/lib/cn";

const TEXT: Record<AutosaveStatus["state"], string> = {
  saved: "All changes saved.",
  pending: "Unsaved changes…",
  saving: "Saving…",
  retrying: "",
  conflict: "Not saved: this was changed elsewhere. Choose which copy to keep.",
  rejected: "",
};

/** The autosave state in words, announced politely to screen readers. */
export function SaveIndicator({ status, className }: { status: AutosaveStatus; className?: string }) {
  const text =
    status.state === "retrying"
      ? `Not saved yet (${status.message}) Your changes are kept on this device; retrying in ${status.inSeconds} s.`
      : status.state === "rejected"
        ? `Not saved: ${status.message}`
        : TEXT[status.state];
  const problem = status.state === "retrying" || status.state === "conflict" || status.state === "rejected";
  return (
    <p
      role="status"
      data-testid="autosave-status"
      data-state={status.state}
      className={cn("text-sm", problem ? "font-medium text-danger" : "text-muted", className)}
    >
      {text}
    </p>
  );
}
