import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { CALLOUTS, type CalloutName } from "@/lib/lessons/blocks/callouts";

// One accent per family of callout; the label always says which kind it is,
// so colour is never the only signal.
const TONE: Record<CalloutName | "Recap", string> = {
  KeyInsight: "border-accent",
  MentalModel: "border-accent",
  Pattern: "border-accent",
  Misconception: "border-danger",
  Pitfall: "border-danger",
  Analogy: "border-success",
  Challenge: "border-fg",
  Investigate: "border-fg",
  FinalSynthesis: "border-fg",
  Recap: "border-success",
};

export function Callout({
  kind,
  label,
  title,
  children,
}: {
  kind: CalloutName | "Recap";
  label: string;
  title?: string;
  children: ReactNode;
}) {
  return (
    <aside
      aria-label={title ? `${label}: ${title}` : label}
      className={cn("not-prose my-6 rounded-r-lg border-l-4 bg-surface px-5 py-4 print:break-inside-avoid", TONE[kind])}
    >
      <p className="text-xs font-semibold tracking-wide text-muted uppercase">{label}</p>
      {title ? <p className="mt-1 font-semibold">{title}</p> : null}
      <div className="block-content mt-2 leading-relaxed">{children}</div>
    </aside>
  );
}

/** Builds the named callout blocks (KeyInsight, Pitfall, …) for the MDX registry. */
export function calloutBlock(kind: CalloutName) {
  function Block({ title, children }: { title?: string; children: ReactNode }) {
    return (
      <Callout kind={kind} label={CALLOUTS[kind]} title={title}>
        {children}
      </Callout>
    );
  }
  Block.displayName = kind;
  return Block;
}

export function Recap({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <Callout kind="Recap" label="Recap" title={title}>
      {children}
    </Callout>
  );
}

export function ObjectivesList({ objectives }: { objectives: string[] }) {
  return (
    <aside
      aria-label="What you will learn"
      className="not-prose my-6 rounded-lg border border-border bg-surface px-5 py-4"
    >
      <p className="text-xs font-semibold tracking-wide text-muted uppercase">You will learn to</p>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-6 leading-relaxed">
        {objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
    </aside>
  );
}
