"use client";

import { useTheme } from "next-themes";
import { useEffect, useId, useRef, useState } from "react";
import { findExternalContent } from "@/lib/diagrams/external-content";
import { mermaidConfig } from "@/lib/diagrams/mermaid-config";
import { diagramProblem, problemText } from "@/lib/diagrams/parse-error";
import { cn } from "@/lib/cn";

// Mermaid keeps one global configuration: renders are queued so two diagrams
// on a page never interleave their initialize/render pairs.
let queue: Promise<unknown> = Promise.resolve();
// Each render gets its own element id: Mermaid removes any element with the id
// it renders under, which would take the last good diagram off the screen.
let renders = 0;

async function renderSvg(id: string, source: string, dark: boolean): Promise<string> {
  // Refused before Mermaid runs: it would fetch an image while drawing, before sanitising.
  const external = findExternalContent(source);
  if (external) throw new Error(external.message);
  const mermaid = (await import("mermaid")).default;
  mermaid.initialize(mermaidConfig(dark));
  const { svg } = await mermaid.render(id, source);
  return svg;
}

/** The flowchart node id of a clicked SVG element: Mermaid gives each node a group with id "…flowchart-<id>-<n>". */
function nodeIdAt(target: EventTarget | null): string | null {
  const group = target instanceof Element ? target.closest("g.node") : null;
  if (!group) return null;
  return group.getAttribute("data-id") ?? /flowchart-(.+)-\d+$/.exec(group.id)?.[1] ?? null;
}

export type RenderedSize = { width: number; height: number };

/**
 * Renders Mermaid source as SVG in the browser. Mermaid is imported only when
 * a diagram is on screen, runs with its strict security level, and its output
 * is sanitised by Mermaid (DOMPurify) before it is inserted. While the source
 * does not render, the last good diagram stays, dimmed, under a one-line error.
 */
export function MermaidView({
  source,
  label,
  onRendered,
  natural = false,
  selected = null,
  onSelect,
  frame = (content) => content,
}: {
  source: string;
  label: string;
  /** The SVG markup, for export, and its drawn size; null while the source does not render. */
  onRendered?: (svg: string | null, size?: RenderedSize) => void;
  /** Draw at the diagram's own size, for a pan-and-zoom viewport (otherwise it fits the column). */
  natural?: boolean;
  /** A flowchart node to highlight. */
  selected?: string | null;
  /** Called with a node's id when the reader clicks it. */
  onSelect?: (id: string) => void;
  /** Wraps the drawing (not the messages), e.g. in a pan-and-zoom viewport. */
  frame?: (drawing: React.ReactElement) => React.ReactNode;
}) {
  const container = useRef<HTMLDivElement>(null);
  const id = `mermaid-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const { resolvedTheme } = useTheme();
  const dark = resolvedTheme === "dark";
  const [state, setState] = useState<{ status: "loading" | "ready" } | { status: "error"; message: string }>({
    status: "loading",
  });
  const [hasDiagram, setHasDiagram] = useState(false);
  const rendered = useRef(onRendered);
  useEffect(() => {
    rendered.current = onRendered;
  }, [onRendered]);

  useEffect(() => {
    let cancelled = false;
    const renderId = `${id}-${(renders += 1)}`;
    const job = queue.then(() => renderSvg(renderId, source, dark));
    queue = job.catch(() => undefined);
    job.then(
      (svg) => {
        if (cancelled || !container.current) return;
        container.current.innerHTML = svg;
        const element = container.current.querySelector("svg");
        const box = element?.viewBox.baseVal;
        const size = { width: box?.width ?? 0, height: box?.height ?? 0 };
        if (element && size.width > 0) {
          if (natural) {
            // Its own size in pixels: the viewport scales it, so labels keep their drawn size until zoomed.
            element.setAttribute("width", String(size.width));
            element.setAttribute("height", String(size.height));
            element.style.maxWidth = "none";
          } else {
            // Scale a wide diagram down to fit, but not below a readable size: on a
            // phone the preview scrolls sideways instead of shrinking to a smudge.
            element.style.minWidth = `${Math.min(size.width, 480)}px`;
          }
        }
        setHasDiagram(true);
        setState({ status: "ready" });
        rendered.current?.(svg, size);
      },
      (error: unknown) => {
        if (cancelled) return;
        // Mermaid leaves its error graphic in the page; remove it.
        document.getElementById(`d${renderId}`)?.remove();
        const problem = diagramProblem(source, error instanceof Error ? error.message : String(error));
        setState({ status: "error", message: problemText(problem) });
        rendered.current?.(null);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, source, dark, natural]);

  // The highlight lives in the SVG, so it is set on the drawn node after every render.
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    for (const node of root.querySelectorAll("g.node")) {
      if (nodeIdAt(node) === selected) node.setAttribute("data-selected", "true");
      else node.removeAttribute("data-selected");
    }
  }, [selected, state]);

  const failed = state.status === "error";
  const select = (target: EventTarget | null) => {
    const node = nodeIdAt(target);
    if (node) onSelect?.(node);
  };
  return (
    <figure className="relative m-0" data-testid="mermaid-view" data-state={state.status}>
      {failed ? (
        <p className="mb-2 text-sm font-medium text-danger" data-testid="mermaid-error">
          {hasDiagram ? "Showing the last version that rendered. " : "This diagram does not render. "}
          {state.message}
        </p>
      ) : null}
      {frame(
        // Focusable (when it scrolls itself) so a keyboard user can scroll a wide diagram sideways.
        <div
          ref={container}
          role="img"
          aria-label={failed && hasDiagram ? `${label} (the last version that rendered)` : label}
          tabIndex={natural ? undefined : 0}
          data-testid="mermaid-svg"
          data-stale={failed && hasDiagram ? "true" : undefined}
          onClick={onSelect ? (event) => select(event.target) : undefined}
          className={cn(
            natural ? "w-max" : "overflow-x-auto [&_svg]:mx-auto [&_svg]:h-auto",
            "[&_g.node[data-selected]]:[filter:drop-shadow(0_0_4px_var(--color-accent))]",
            onSelect && "[&_g.node]:cursor-pointer",
            failed && "opacity-40 grayscale transition-opacity",
          )}
        />,
      )}
      {state.status === "loading" ? <p className="text-sm text-muted">Drawing the diagram…</p> : null}
    </figure>
  );
}
