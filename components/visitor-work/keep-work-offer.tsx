"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  collectVisitorWork,
  describeVisitorWork,
  forgetVisitorWork,
  keepVisitorWork,
  pageAfterKeeping,
} from "@/components/visitor-work/visitor-work";

type State =
  { kind: "asking" } | { kind: "confirm-discard" } | { kind: "keeping" } | { kind: "failed"; message: string };

/**
 * For a signed-in user whose browser still holds work from before they signed
 * in (they chose not to keep it at sign-in, signed in elsewhere, or keeping it
 * failed): keep it in the account, or discard it after a confirmation.
 * Loaded only when there is something to offer (see ProgressSync).
 */
export default function KeepWorkOffer() {
  const [work, setWork] = useState(collectVisitorWork);
  const [state, setState] = useState<State>({ kind: "asking" });
  if (!work) return null;

  const keep = async () => {
    setState({ kind: "keeping" });
    const kept = await keepVisitorWork(work);
    if (!kept.ok) return setState({ kind: "failed", message: kept.message });
    // Reload so every part of the page (lesson blocks, progress, lists) reads the account.
    window.location.assign(pageAfterKeeping(window.location.pathname + window.location.search, work, kept.result));
  };
  const discard = () => {
    forgetVisitorWork(work);
    setWork(null);
  };

  return (
    <div role="region" aria-label="Work from before you signed in" className="border-b border-border bg-accent-soft">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3 px-4 py-3 text-sm">
        <p className="flex-1" aria-live="polite">
          {state.kind === "confirm-discard"
            ? `Discard ${describeVisitorWork(work)} for good? This cannot be undone.`
            : `This browser holds ${describeVisitorWork(work)} from before you signed in. Keep it in your account?`}
          {state.kind === "failed" ? <span className="block font-medium text-danger">{state.message}</span> : null}
        </p>
        {state.kind === "confirm-discard" ? (
          <>
            <Button variant="secondary" onClick={discard}>
              Yes, discard it
            </Button>
            <Button onClick={() => setState({ kind: "asking" })}>Cancel</Button>
          </>
        ) : (
          <>
            <Button onClick={() => void keep()} disabled={state.kind === "keeping"}>
              {state.kind === "keeping" ? "Keeping…" : "Keep it in my account"}
            </Button>
            <Button
              variant="secondary"
              onClick={() => setState({ kind: "confirm-discard" })}
              disabled={state.kind === "keeping"}
            >
              Discard it
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
