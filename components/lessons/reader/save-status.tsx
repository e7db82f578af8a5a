"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { useProgressStore } from "@/components/client-data/progress-store";
import { Button } from "@/components/ui/button";

/**
 * Says, at all times, whether the learner's work is safe: saved, saving,
 * waiting to retry (and when), or kept on this device until they sign in.
 */
export function SaveStatus() {
  const identity = useProgressStore((state) => state.identity);
  const status = useProgressStore((state) => state.status);
  const flush = useProgressStore((state) => state.flush);
  const [now, setNow] = useState(() => Date.now());
  // Signing up or in from here comes back to this page, where the work is.
  const back = `?callbackUrl=${encodeURIComponent(usePathname() ?? "/")}`;

  useEffect(() => {
    if (status.state !== "retrying") return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [status.state]);

  let message: React.ReactNode = null;
  let action: React.ReactNode = null;
  if (identity.kind === "anonymous") {
    message = (
      <>
        Your answers are kept in this browser. <Link href={`/signup${back}`}>Create an account</Link> to save them.
      </>
    );
  } else if (identity.kind === "user") {
    switch (status.state) {
      case "saving":
        message = `Saving ${status.pending} change${status.pending === 1 ? "" : "s"}…`;
        break;
      case "saved":
        message = "All changes saved.";
        break;
      case "retrying": {
        const seconds = Math.max(0, Math.ceil((status.retryAt - now) / 1000));
        message = status.offline
          ? `You are offline. ${status.pending} change${status.pending === 1 ? " is" : "s are"} kept on this device and will be saved when you reconnect.`
          : `Could not save ${status.pending} change${status.pending === 1 ? "" : "s"}. Retrying in ${seconds} s.`;
        action = (
          <Button variant="secondary" size="sm" onClick={() => void flush()}>
            Retry now
          </Button>
        );
        break;
      }
      case "signed-out":
        message = (
          <>
            Your session has ended. {status.pending} change{status.pending === 1 ? " is" : "s are"} kept on this device:{" "}
            <Link href={`/signin${back}`}>sign in</Link> to save {status.pending === 1 ? "it" : "them"}.
          </>
        );
        break;
      case "rejected":
        message = `Not saved: ${status.message}`;
        break;
      default:
        message = null;
    }
  }

  const problem = status.state === "retrying" || status.state === "signed-out" || status.state === "rejected";
  // The status is filled in only once the browser knows who is reading, so its
  // place is held from the first paint: two lines on a phone, where a
  // visitor's message wraps, one row (or the Retry button) on wider screens.
  return (
    <div
      role="status"
      data-testid="save-status"
      data-state={identity.kind === "user" ? status.state : identity.kind}
      className={`flex min-h-10 flex-wrap items-center gap-2 text-sm sm:min-h-8 ${problem ? "font-medium text-danger" : "text-muted"}`}
    >
      <span>{message}</span>
      {action}
    </div>
  );
}
