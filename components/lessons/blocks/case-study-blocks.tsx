"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useState } from "react";
import { readDeviceWorksheet, worksheetDocuments } from "@/components/client-data/worksheet-storage";
import { useOriginDocument } from "@/components/client-data/use-origin-document";
import { useLesson } from "@/components/lessons/progress/lesson-context";
import { usePromptReference } from "@/components/practice/worksheet/use-prompt-reference";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { WhenVisible } from "@/components/ui/when-visible";
import { inputsFromScale } from "@/lib/estimation/from-scale";
import { DEFAULT_LIMITS } from "@/lib/estimation/preset-parts";
import { formatCount } from "@/lib/estimation/format";
import { REFERENCE_PART_NAMES, type ReferencePart } from "@/lib/prompts/reference";
import type { WorksheetDocument } from "@/lib/worksheet/document";
import type { StoredWorksheet } from "@/lib/worksheet/worksheets";

// The estimator and the reference views load only when a reader reaches or opens them.
const loading = () => <p className="text-muted">Loading…</p>;
const Estimator = dynamic(
  () => import("@/components/practice/estimator/estimator").then((module) => module.Estimator),
  { ssr: false, loading },
);
const ReferencePartView = dynamic(
  () => import("@/components/case-study/reference-parts").then((module) => module.ReferencePartView),
  { ssr: false, loading },
);

/**
 * One stage of a prompt's reference answer, closed until the learner opens it
 * (they do the stage first). The answer is fetched on opening, from the same
 * object the mock interview shows after submitting.
 */
export function CaseReference({ prompt, part, item }: { prompt: string; part: ReferencePart; item?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="not-prose my-6 rounded-lg border border-border bg-surface p-4"
      data-block="case-reference"
      data-part={part}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer font-semibold">Open {REFERENCE_PART_NAMES[part].reveal}</summary>
      {open ? <OpenedReference prompt={prompt} part={part} item={item} /> : null}
    </details>
  );
}

function OpenedReference({ prompt, part, item }: { prompt: string; part: ReferencePart; item?: string }) {
  const { loaded, retry } = usePromptReference(prompt);
  if (!loaded)
    return (
      <p role="status" className="mt-3 text-sm text-muted">
        Loading the reference…
      </p>
    );
  if (loaded.failed || !loaded.reference) {
    return (
      <div className="mt-3 space-y-2">
        <p role="alert" className="text-sm">
          The reference could not be loaded. Check your connection and try again.
        </p>
        <Button size="sm" onClick={retry}>
          Try again
        </Button>
      </div>
    );
  }
  return (
    <div className="mt-4 space-y-3">
      <ReferencePartView reference={loaded.reference} part={part} item={item} />
      {loaded.reference.authored ? (
        <p className="text-xs text-muted">This reference is Tradeoff&apos;s own; other good answers exist.</p>
      ) : null}
    </div>
  );
}

/** The scale a worksheet states, in words, so the learner sees what the estimate started from. */
function scaleInWords(scale: WorksheetDocument["scale"]): string {
  const rates = [
    scale.readsPerUserPerDay === null ? null : `${scale.readsPerUserPerDay} reads`,
    scale.writesPerUserPerDay === null ? null : `${scale.writesPerUserPerDay} writes`,
  ].filter(Boolean);
  return [
    scale.dau === null ? null : `${formatCount(scale.dau)} daily users`,
    rates.length ? `${rates.join(" and ")} per user a day` : null,
    scale.peakMultiplier === null ? null : `a peak of ×${scale.peakMultiplier}`,
  ]
    .filter(Boolean)
    .join(", ");
}

/**
 * The estimator of a case study, started from the scale the learner typed in
 * the lesson's worksheet (never from the reference). Signed in, the estimate
 * is attached to that worksheet and reopens from /practice; signed out, it is
 * kept in this browser. "Start again from my worksheet" re-reads the worksheet
 * after the learner changes its scale.
 */
export function CaseEstimator({ id, worksheet }: { id: string; worksheet: string; prompt: string }) {
  const { slug } = useLesson();
  const [round, setRound] = useState(0);
  const draftKey = `tradeoff:lesson-estimate:${slug}/${id}`;
  const restart = () => {
    try {
      localStorage.removeItem(draftKey);
    } catch {
      // Storage disabled: nothing was kept either.
    }
    setRound((count) => count + 1);
  };
  return (
    <section
      className="not-prose my-8 rounded-lg border border-border p-4 sm:p-5"
      data-block="case-estimator"
      aria-label="Estimate from your worksheet"
    >
      <p className="mb-3 text-xs font-semibold tracking-wide text-muted uppercase">Estimator</p>
      <WhenVisible minHeight="40rem">
        <FromWorksheet key={round} worksheetOrigin={`${slug}/${worksheet}`} draftKey={draftKey} onRestart={restart} />
      </WhenVisible>
    </section>
  );
}

function FromWorksheet({
  worksheetOrigin,
  draftKey,
  onRestart,
}: {
  worksheetOrigin: string;
  draftKey: string;
  onRestart: () => void;
}) {
  const { slug, preview } = useLesson();
  const found = useOriginDocument<StoredWorksheet>(worksheetDocuments, preview ? null : worksheetOrigin);
  const hydrated = useHydrated();
  if (!hydrated || found.state === "loading") return <p className="text-muted">Reading your worksheet…</p>;
  if (found.state === "error") {
    return (
      <div className="space-y-2">
        <p role="alert">Your worksheet could not be read: {found.message}</p>
        <Button onClick={found.retry}>Try again</Button>
      </div>
    );
  }
  const stored = found.state === "editor" ? found.stored : readDeviceWorksheet(`lesson:${worksheetOrigin}`);
  const scale = stored?.document.scale ?? null;
  const attached = found.state === "editor" && found.stored?.estimate ? found.stored.estimate : null;
  const initial = attached ?? inputsFromScale(scale ?? EMPTY_SCALE, { limits: DEFAULT_LIMITS });
  const said = scale ? scaleInWords(scale) : "";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3 rounded-md border border-border bg-surface px-4 py-3 text-sm">
        <p className="min-w-0 flex-1" data-testid="prefill-source">
          {attached
            ? "Opened with the estimate attached to your worksheet."
            : said
              ? `Started from your worksheet's scale: ${said}. Split reads and writes into features and give records their sizes.`
              : "Your worksheet above states no scale yet. Fill in its daily users and reads and writes per user, then start again from it."}
        </p>
        <Button variant="secondary" size="sm" onClick={onRestart}>
          Start again from my worksheet
        </Button>
      </div>
      <Estimator
        initial={initial}
        draftKey={draftKey}
        blind
        worksheet={found.state === "editor" && found.stored ? { ...found.stored, referenceId: null } : undefined}
      />
      {found.state === "visitor" ? (
        <p className="text-sm text-muted">
          Kept in this browser. <Link href={`/signin?callbackUrl=/learn/${slug}`}>Sign in</Link> to attach estimates to
          your worksheets.
        </p>
      ) : null}
    </div>
  );
}

const EMPTY_SCALE = { dau: null, readsPerUserPerDay: null, writesPerUserPerDay: null, peakMultiplier: null };
