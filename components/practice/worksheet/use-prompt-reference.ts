"use client";

import { useEffect, useState } from "react";
import { loadPromptReference } from "@/lib/prompts/load-reference";
import type { PromptReference } from "@/lib/prompts/reference";

type Loaded = { id: string; failed: false; reference: PromptReference | undefined } | { id: string; failed: true };

/** The prompt's reference answer once fetched; `failed` when the fetch failed (offline, say), with a way to ask again. */
export function usePromptReference(id: string) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [tries, setTries] = useState(0);
  useEffect(() => {
    let current = true;
    loadPromptReference(id).then(
      (reference) => current && setLoaded({ id, failed: false, reference }),
      () => current && setLoaded({ id, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [id, tries]);
  const retry = () => {
    setLoaded(null);
    setTries((count) => count + 1);
  };
  return { loaded: loaded?.id === id ? loaded : null, retry };
}
