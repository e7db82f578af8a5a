"use client";

import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import {
  fitTransform,
  panBy,
  readableTransform,
  transformCss,
  zoomAbout,
  type Size,
  type ViewTransform,
} from "@/lib/diagrams/view-transform";

export type PanZoomHandle = { zoomIn: () => void; zoomOut: () => void; fit: () => void; fullScreen: () => void };

const STEP = 1.25;
const KEY_PAN = 40;
// A press that moves less than this is a click (on a node), not a drag.
const DRAG_SLOP = 4;

/**
 * A viewport for a drawing at its own size: zoom (buttons, Ctrl+wheel or a
 * pinch), pan (drag, or the arrow keys when focused), fit and full screen. It
 * opens at a size where labels stay readable. Full screen uses the browser's
 * Fullscreen API and falls back to covering the window where that is missing.
 */
export const PanZoomView = forwardRef<
  PanZoomHandle,
  { content: Size | null; label: string; children: React.ReactNode; className?: string }
>(function PanZoomView({ content, label, children, className }, ref) {
  const frame = useRef<HTMLDivElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<ViewTransform>({ scale: 1, x: 0, y: 0 });
  const [covering, setCovering] = useState(false);
  const [fullScreen, setFullScreen] = useState(false);
  // Until the reader zooms or pans, a new drawing or a resized viewport gets the readable view again.
  const touched = useRef(false);
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const dragged = useRef(false);

  const size = useCallback((): Size => {
    const box = viewport.current?.getBoundingClientRect();
    return { width: box?.width ?? 0, height: box?.height ?? 0 };
  }, []);
  const centre = () => ({ x: size().width / 2, y: size().height / 2 });
  const change = (next: (current: ViewTransform) => ViewTransform) => {
    touched.current = true;
    setView(next);
  };

  const reset = useCallback(() => {
    if (content) setView(readableTransform(content, size()));
  }, [content, size]);
  const fit = useCallback(() => {
    if (!content) return;
    touched.current = true;
    setView(fitTransform(content, size()));
  }, [content, size]);

  useEffect(() => {
    if (!touched.current) reset();
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      if (!touched.current) reset();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [reset]);

  useEffect(() => {
    const onChange = () => setFullScreen(document.fullscreenElement === frame.current);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  // Ctrl+wheel (and a trackpad pinch, which the browser sends as one) zooms; a plain wheel scrolls the page.
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const box = element.getBoundingClientRect();
      const point = { x: event.clientX - box.left, y: event.clientY - box.top };
      touched.current = true;
      setView((current) => zoomAbout(current, Math.exp(-event.deltaY / 300), point));
    };
    element.addEventListener("wheel", onWheel, { passive: false });
    return () => element.removeEventListener("wheel", onWheel);
  }, []);

  const toggleFullScreen = useCallback(() => {
    const element = frame.current;
    if (!element) return;
    if (document.fullscreenElement) void document.exitFullscreen();
    else if (covering) setCovering(false);
    else if (typeof element.requestFullscreen === "function")
      element.requestFullscreen().catch(() => setCovering(true));
    else setCovering(true);
  }, [covering]);

  useImperativeHandle(ref, () => ({
    zoomIn: () => change((current) => zoomAbout(current, STEP, centre())),
    zoomOut: () => change((current) => zoomAbout(current, 1 / STEP, centre())),
    fit,
    fullScreen: toggleFullScreen,
  }));

  const onPointerDown = (event: React.PointerEvent) => {
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    dragged.current = false;
  };
  const onPointerMove = (event: React.PointerEvent) => {
    const previous = pointers.current.get(event.pointerId);
    if (!previous) return;
    const points = [...pointers.current.values()];
    const now = { x: event.clientX, y: event.clientY };
    if (points.length === 2) {
      // A pinch: zoom by the change in the fingers' distance, about their midpoint.
      const other = points.find((point) => point !== previous)!;
      const before = Math.hypot(previous.x - other.x, previous.y - other.y);
      const after = Math.hypot(now.x - other.x, now.y - other.y);
      const box = viewport.current!.getBoundingClientRect();
      const mid = { x: (now.x + other.x) / 2 - box.left, y: (now.y + other.y) / 2 - box.top };
      if (before > 0) change((current) => zoomAbout(current, after / before, mid));
      dragged.current = true;
    } else if (points.length === 1) {
      const dx = now.x - previous.x;
      const dy = now.y - previous.y;
      if (!dragged.current && Math.hypot(dx, dy) < DRAG_SLOP) return;
      dragged.current = true;
      change((current) => panBy(current, dx, dy));
    }
    pointers.current.set(event.pointerId, now);
  };
  const onPointerUp = (event: React.PointerEvent) => {
    pointers.current.delete(event.pointerId);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [KEY_PAN, 0],
      ArrowRight: [-KEY_PAN, 0],
      ArrowUp: [0, KEY_PAN],
      ArrowDown: [0, -KEY_PAN],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      change((current) => panBy(current, move[0], move[1]));
    } else if (event.key === "Escape" && covering) setCovering(false);
  };

  const large = covering || fullScreen;
  return (
    <div
      ref={frame}
      className={cn("flex flex-col gap-2 bg-bg", covering && "fixed inset-0 z-50 p-3", fullScreen && "p-3", className)}
      data-testid="pan-zoom"
      data-full-screen={large ? "true" : undefined}
    >
      <div role="toolbar" aria-label="Preview view" className="flex flex-wrap items-center gap-1">
        <Button variant="secondary" size="sm" onClick={() => change((c) => zoomAbout(c, 1 / STEP, centre()))}>
          <span aria-hidden="true">−</span>
          <span className="sr-only">Zoom out</span>
        </Button>
        <Button variant="secondary" size="sm" onClick={() => change((c) => zoomAbout(c, STEP, centre()))}>
          <span aria-hidden="true">+</span>
          <span className="sr-only">Zoom in</span>
        </Button>
        <Button variant="secondary" size="sm" onClick={fit}>
          Fit
        </Button>
        <Button variant="secondary" size="sm" onClick={toggleFullScreen} aria-pressed={large}>
          Full screen
        </Button>
        <span className="ml-1 text-sm text-muted" aria-live="polite" data-testid="zoom-level">
          {Math.round(view.scale * 100)}%
        </span>
      </div>
      {/* Focusable so the arrow keys pan it; touch-action none so a finger pans the drawing, not the page. */}
      <div
        ref={viewport}
        role="group"
        aria-label={`${label}: drag or use the arrow keys to pan, Ctrl and the wheel or a pinch to zoom`}
        tabIndex={0}
        className={cn(
          "relative touch-none overflow-hidden rounded-md border border-border bg-bg select-none",
          large ? "min-h-0 flex-1" : "h-[60vh] max-h-[32rem] min-h-64",
        )}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onPointerLeave={onPointerUp}
        onClickCapture={(event) => {
          // The end of a drag is not a click on the node under it.
          if (dragged.current) event.stopPropagation();
          dragged.current = false;
        }}
        onKeyDown={onKeyDown}
      >
        <div
          className="absolute top-0 left-0 origin-top-left"
          style={{ transform: transformCss(view) }}
          data-testid="pan-zoom-content"
        >
          {children}
        </div>
      </div>
    </div>
  );
});
