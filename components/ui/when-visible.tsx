"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * Renders its children only once they come near the viewport. Heavy
 * interactive blocks (editors, calculators, simulators) then load their code
 * after the lesson has rendered and only if the reader scrolls to them, so
 * they cost the first paint nothing.
 */
export function WhenVisible({ children, minHeight = "16rem" }: { children: ReactNode; minHeight?: string }) {
  const anchor = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = anchor.current;
    if (!element) return;
    if (typeof IntersectionObserver === "undefined") {
      setVisible(true); // eslint-disable-line react-hooks/set-state-in-effect -- no observer: show at once
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: "400px 0px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return visible ? (
    <>{children}</>
  ) : (
    <div ref={anchor} style={{ minHeight }} className="rounded-md bg-surface" aria-busy="true" data-lazy-block>
      <span className="sr-only">Loading…</span>
    </div>
  );
}
