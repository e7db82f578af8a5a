"use client";

import { useEffect, useState } from "react";
import {
  collectVisitorWork,
  describeVisitorWork,
  keepVisitorWork,
  pageAfterKeeping,
  type VisitorWork,
} from "@/components/visitor-work/visitor-work";

/**
 * For the sign-in and sign-up forms: what this browser holds from before, and
 * whether to keep it in the account (yes unless the user says otherwise).
 */
export function useVisitorWorkChoice() {
  const [work, setWork] = useState<VisitorWork | null>(null);
  const [keep, setKeep] = useState(true);
  useEffect(() => {
    // localStorage exists only in the browser, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading browser-only state once
    setWork(collectVisitorWork());
  }, []);
  return { work, keep, setKeep };
}

export function KeepWorkChoice({ work, keep, setKeep }: ReturnType<typeof useVisitorWorkChoice>) {
  if (!work) return null;
  return (
    <label className="flex items-start gap-3 rounded-md border border-border bg-surface p-3 text-sm">
      <input
        type="checkbox"
        className="mt-1 size-4"
        checked={keep}
        onChange={(event) => setKeep(event.target.checked)}
      />
      <span>
        Keep what I did in this browser in my account: {describeVisitorWork(work)}.
        <span className="block text-muted">Unticked, it stays in this browser and you can keep it later.</span>
      </span>
    </label>
  );
}

/**
 * After signing in: keeps the visitor's work if asked, then opens the page the
 * visitor came from with a full load, so every part of it reads the account.
 * If keeping fails, the work stays in this browser and is offered again there.
 */
export async function enterAccount(callbackPath: string, work: VisitorWork | null): Promise<void> {
  let destination = callbackPath;
  if (work) {
    const kept = await keepVisitorWork(work);
    if (kept.ok) destination = pageAfterKeeping(callbackPath, work, kept.result);
  }
  window.location.assign(destination);
}
