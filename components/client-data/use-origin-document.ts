"use client";

import { useSession } from "next-auth/react";
import { useCallback, useEffect, useState } from "react";
import type { DocumentCollection } from "@/components/client-data/document-storage";
import { requestJson } from "@/lib/http/client";

/** Where a lesson block's document stands, from the reader's side. */
export type OriginDocument<Stored> =
  /** Signed out (or an instructor's preview): the document lives in this browser. */
  | { state: "visitor" }
  | { state: "loading" }
  | { state: "error"; message: string; retry: () => void }
  /** `stored` is null until the first save creates the block's document. */
  | { state: "editor"; stored: Stored | null };

type Loaded<Stored> =
  { state: "loading" } | { state: "ready"; stored: Stored | null } | { state: "error"; message: string };

/**
 * Finds the signed-in reader's document of `kind` started at `origin`
 * (`<lesson>/<block>`). Lesson pages are prerendered, so who is reading is
 * found out here, in the browser. A 404 is not an error: the block's storage
 * creates the document on the first save, so opening a lesson creates
 * nothing. A null `origin` (a preview) keeps everything in this browser.
 */
export function useOriginDocument<Stored>(kind: DocumentCollection, origin: string | null): OriginDocument<Stored> {
  const { status } = useSession();
  const [loaded, setLoaded] = useState<Loaded<Stored>>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  const { collection, one } = kind;

  useEffect(() => {
    if (status !== "authenticated" || origin === null) return;
    let cancelled = false;
    void requestJson(`/api/${collection}?origin=${encodeURIComponent(origin)}`, { cache: "no-store" }).then(
      (outcome) => {
        if (cancelled) return;
        // 404: nothing started here yet; the first save creates it.
        if (outcome.kind === "ok" || outcome.status === 404) {
          const stored = (outcome.body as Record<string, Stored | undefined> | null)?.[one] ?? null;
          setLoaded({ state: "ready", stored: outcome.kind === "ok" ? stored : null });
        } else {
          setLoaded({ state: "error", message: outcome.message });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [status, origin, collection, one, attempt]);

  const retry = useCallback(() => {
    setLoaded({ state: "loading" });
    setAttempt((count) => count + 1);
  }, []);

  if (origin === null || status === "unauthenticated") return { state: "visitor" };
  if (status === "loading" || loaded.state === "loading") return { state: "loading" };
  if (loaded.state === "error") return { state: "error", message: loaded.message, retry };
  return { state: "editor", stored: loaded.stored };
}
