"use client";

import { useTheme } from "next-themes";
import { useEffect, useId, useRef, useState } from "react";
import { findExternalContent } from "@/lib/diagrams/external-content";
import { mermaidConfig } from "@/lib/diagrams/mermaid-config";
import { errorSummary } from "@/lib/diagrams/parse-error";

// Mermaid keeps one global configuration: renders are queued so two diagrams
// on a page never interleave their initialize/render pairs.
let queue: Promise<unknown> = Promise.resolve();

async function renderSvg(id: string, source: string, dark: boolean): Promise<string> {
  // Refused before Mermaid runs: it would fetch an image while drawing, before sanitising.
  const external = findExternalContent(source);
  if (external) throw new Error(external.message);
  const mermaid = (await import("mermaid")).default;
  mermaid.initialize(mermaidConfig(dark));
  const { svg } = await mermaid.render(id, source);
  return svg;
}

/**
 * Renders Mermaid source as SVG in the browser. Mermaid is imported only when
 * a diagram is on screen, runs with its strict security level, and its output
 * is sanitised by Mermaid (DOMPurify) before it is inserted.
 */
export function MermaidView({
  source,
  label,
  onRendered,
}: {
  source: string;
  label: string;
  /** The SVG markup, for export; null while the source does not render. */
  onRendered?: (svg: string | null) => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const id = `mermaid-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const { resolvedTheme } = useTheme();
  const dark = resolvedTheme === "dark";
  const [state, setState] = useState<{ status: "loading" | "ready" } | { status: "error"; message: string }>({
    status: "loading",
  });
  const rendered = useRef(onRendered);
  useEffect(() => {
    rendered.current = onRendered;
  }, [onRendered]);

  useEffect(() => {
    let cancelled = false;
    const job = queue.then(() => renderSvg(id, source, dark));
    queue = job.catch(() => undefined);
    job.then(
      (svg) => {
        if (cancelled || !container.current) return;
        container.current.innerHTML = svg;
        // Scale a wide diagram down to fit, but not below a readable size: on a
        // phone the preview scrolls sideways instead of shrinking to a smudge.
        const element = container.current.querySelector("svg");
        const width = element?.viewBox.baseVal?.width ?? 0;
        if (element && width > 0) element.style.minWidth = `${Math.min(width, 480)}px`;
        setState({ status: "ready" });
        rendered.current?.(svg);
      },
      (error: unknown) => {
        if (cancelled) return;
        // Mermaid leaves its error graphic in the page; remove it.
        document.getElementById(`d${id}`)?.remove();
        setState({ status: "error", message: errorSummary(error instanceof Error ? error.message : String(error)) });
        rendered.current?.(null);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, source, dark]);

  return (
    <figure className="m-0" data-testid="mermaid-view" data-state={state.status}>
      {/* Focusable so a keyboard user can scroll a wide diagram sideways. */}
      <div
        ref={container}
        role="img"
        aria-label={label}
        tabIndex={0}
        className="overflow-x-auto [&_svg]:mx-auto [&_svg]:h-auto"
      />
      {state.status === "loading" ? <p className="text-sm text-muted">Drawing the diagram…</p> : null}
      {state.status === "error" ? (
        <p className="text-sm text-danger" data-testid="mermaid-error">
          This diagram does not render: {state.message}
        </p>
      ) : null}
    </figure>
  );
}
