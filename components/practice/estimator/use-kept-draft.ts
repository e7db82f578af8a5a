"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { FunnelInputs } from "@/lib/estimation/funnel";
import { fromDraft, toDraft, upgradeDraft, type FunnelDraft } from "@/lib/estimation/funnel-draft";
import { decodeEstimate, sharedPayload } from "@/lib/estimation/share-link";

type Kept = { presetId: string; draft: FunnelDraft };

const validInputs = (draft: FunnelDraft) => {
  const checked = fromDraft(draft);
  return checked.ok ? checked.inputs : null;
};

function readKept(key: string): Kept | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Kept;
    return { presetId: parsed.presetId, draft: upgradeDraft(parsed.draft) };
  } catch {
    return null; // a corrupt or inaccessible draft: start from the preset
  }
}

/** Drops "#estimate=…" from the address, so a reload shows what is on screen now. */
function forgetSharedLink() {
  if (sharedPayload(window.location.hash))
    history.replaceState(null, "", window.location.pathname + window.location.search);
}

/**
 * The estimator's form and where this browser keeps it. A shared link
 * (#estimate=…) opens on top of the visitor's own kept estimate without
 * touching it: the kept one is overwritten only once they edit the shared
 * one, and until then they can go back to it.
 */
export function useKeptDraft({
  initial,
  initialPresetId,
  draftKey,
  onEdit,
}: {
  initial: FunnelInputs;
  initialPresetId: string;
  draftKey?: string;
  onEdit?: (inputs: FunnelInputs | null) => void;
}) {
  const [presetId, setPresetId] = useState(initialPresetId);
  const [draft, setDraft] = useState<FunnelDraft>(() => toDraft(initial));
  const [shared, setShared] = useState<{ own: Kept | null } | null>(null);
  const [brokenLink, setBrokenLink] = useState(false);

  // Through a ref: the draft is restored once per key, whatever the caller's callback is at the time.
  const onEditRef = useRef(onEdit);
  useEffect(() => {
    onEditRef.current = onEdit;
  }, [onEdit]);

  useEffect(() => {
    if (!draftKey) return;
    const load = () => {
      const own = readKept(draftKey);
      const payload = sharedPayload(window.location.hash);
      const inputs = payload ? decodeEstimate(payload) : null;
      setBrokenLink(Boolean(payload) && !inputs);
      if (inputs) {
        setDraft(toDraft(inputs));
        setPresetId("");
        setShared({ own });
        onEditRef.current?.(inputs);
      } else if (own) {
        setDraft(own.draft);
        setPresetId(own.presetId);
        onEditRef.current?.(validInputs(own.draft));
      }
    };
    load();
    // A shared link pasted into this tab changes only the hash: no reload, so listen for it.
    window.addEventListener("hashchange", load);
    return () => window.removeEventListener("hashchange", load);
  }, [draftKey]);

  const keep = useCallback(
    (next: Kept) => {
      if (!draftKey) return;
      try {
        localStorage.setItem(draftKey, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the estimate still works, it just is not kept.
      }
    },
    [draftKey],
  );

  const change = (next: FunnelDraft, nextPreset = "") => {
    onEdit?.(validInputs(next));
    setDraft(next);
    setPresetId(nextPreset);
    setBrokenLink(false);
    if (shared && draftKey) {
      // The visitor made the shared estimate theirs: it replaces their kept one from now on.
      setShared(null);
      forgetSharedLink();
    }
    keep({ presetId: nextPreset, draft: next });
  };

  /** Leaves a shared estimate for the visitor's own (or the starting example when they had none). */
  const backToOwn = () => {
    const own = shared?.own;
    setShared(null);
    forgetSharedLink();
    const draftBack = own?.draft ?? toDraft(initial);
    setDraft(draftBack);
    setPresetId(own ? own.presetId : initialPresetId);
    onEdit?.(validInputs(draftBack));
  };

  return { draft, presetId, change, shared: shared !== null, hasOwn: Boolean(shared?.own), backToOwn, brokenLink };
}
