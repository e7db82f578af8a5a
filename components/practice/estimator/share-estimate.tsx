"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import type { FunnelInputs } from "@/lib/estimation/funnel";
import { shareUrl } from "@/lib/estimation/share-link";

/** A link that reopens exactly this estimate, for a mentor or a study partner; shown as well as copied. */
export function ShareEstimate({ inputs }: { inputs: FunnelInputs }) {
  const [shared, setShared] = useState<{ url: string; copied: boolean } | null>(null);
  const current = shared && shared.url === shareUrl(window.location.origin, inputs) ? shared : null;
  return (
    <div className="space-y-2 rounded-md border border-border bg-surface p-4">
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="secondary"
          onClick={async () => {
            const url = shareUrl(window.location.origin, inputs);
            let copied = false;
            try {
              await navigator.clipboard.writeText(url);
              copied = true;
            } catch {
              // No clipboard (permission or plain http): the link is shown to copy by hand.
            }
            setShared({ url, copied });
          }}
        >
          Share this estimate
        </Button>
        <p role="status" className="text-sm">
          {current
            ? current.copied
              ? "Link copied. It holds every input, so it opens this exact estimate."
              : "Copy the link below."
            : null}
        </p>
      </div>
      {current ? (
        <label className="block space-y-1">
          <span className="text-sm font-medium">Share link</span>
          <input
            className={inputClasses}
            readOnly
            value={current.url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </label>
      ) : null}
    </div>
  );
}
