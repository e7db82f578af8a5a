"use client";

import dynamic from "next/dynamic";
import type { ComponentType, ReactNode } from "react";
import { WhenVisible } from "@/components/ui/when-visible";
import { simulatorEntry } from "@/lib/simulators/catalog";

/** The frame every simulator shares; its contents load only when it nears the screen. */
export function SimulatorFrame({
  kind,
  title,
  anchor,
  children,
}: {
  kind: string;
  title: string;
  /** Its id on the page, where a lesson's scorecard links to it (like an exercise's heading). */
  anchor?: string;
  children: ReactNode;
}) {
  return (
    <section
      id={anchor}
      aria-label={title}
      className="not-prose my-8 scroll-mt-4 rounded-lg border border-border p-4 sm:p-5"
      data-block={kind}
    >
      <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">Simulator</p>
      <h3 className="mb-3 text-lg font-semibold">{title}</h3>
      <WhenVisible minHeight="24rem">{children}</WhenVisible>
    </section>
  );
}

const loading = () => <p className="text-muted">Loading the simulator…</p>;

/**
 * A simulator as an MDX block: `<Name />` or `<Name id="…" />`. The id (its
 * default and its title come from lib/simulators/catalog.ts) is where its
 * predictions are saved; the code is fetched only when the frame comes into view.
 */
export function simulatorBlock(block: string, load: () => Promise<ComponentType<{ id: string }>>) {
  const { id: kind, title } = simulatorEntry(block);
  const Simulator = dynamic(load, { loading });
  function SimulatorBlock({ id }: { id?: unknown }) {
    const blockId = typeof id === "string" ? id : kind;
    return (
      <SimulatorFrame kind={kind} title={title} anchor={`exercise-${blockId}`}>
        <Simulator id={blockId} />
      </SimulatorFrame>
    );
  }
  SimulatorBlock.displayName = `SimulatorBlock(${kind})`;
  return SimulatorBlock;
}
