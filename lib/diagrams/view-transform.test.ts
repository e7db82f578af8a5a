import { describe, expect, it } from "vitest";
import {
  fitTransform,
  MAX_SCALE,
  MIN_SCALE,
  panBy,
  READABLE_SCALE,
  readableTransform,
  transformCss,
  zoomAbout,
} from "@/lib/diagrams/view-transform";

const viewport = { width: 416, height: 316 };

describe("fitting a diagram in the preview", () => {
  it("shrinks a wide diagram to show all of it, centred", () => {
    const fit = fitTransform({ width: 1600, height: 300 }, viewport);
    expect(fit.scale).toBeCloseTo(0.25);
    expect(fit.x).toBe(8);
    expect(fit.y).toBeCloseTo((316 - 75) / 2);
  });

  it("never enlarges a small diagram past its drawn size", () => {
    expect(fitTransform({ width: 200, height: 100 }, viewport)).toEqual({ scale: 1, x: 108, y: 108 });
  });

  it("survives an empty diagram and clamps absurd sizes", () => {
    expect(fitTransform({ width: 0, height: 0 }, viewport)).toEqual({ scale: 1, x: 0, y: 0 });
    expect(fitTransform({ width: 1e7, height: 10 }, viewport).scale).toBe(MIN_SCALE);
  });
});

describe("the first view keeps labels readable", () => {
  it("shows the whole diagram when it fits at a readable size", () => {
    const content = { width: 480, height: 200 };
    expect(readableTransform(content, viewport)).toEqual(fitTransform(content, viewport));
  });

  it("starts a wide diagram at the readable scale from its left edge instead of shrinking it to a smudge", () => {
    const view = readableTransform({ width: 1600, height: 300 }, viewport);
    expect(view.scale).toBe(READABLE_SCALE);
    // 16 px labels stay at 12 px or more.
    expect(16 * view.scale).toBeGreaterThanOrEqual(12);
    expect(view.x).toBe(8);
    expect(view.y).toBeCloseTo((316 - 225) / 2);
  });
});

describe("zoom and pan", () => {
  it("keeps the point under the pointer still while zooming", () => {
    const view = { scale: 1, x: 10, y: 20 };
    const point = { x: 200, y: 100 };
    const zoomed = zoomAbout(view, 2, point);
    expect(zoomed.scale).toBe(2);
    // The diagram point under the pointer before and after is the same.
    expect((point.x - zoomed.x) / zoomed.scale).toBeCloseTo((point.x - view.x) / view.scale);
    expect((point.y - zoomed.y) / zoomed.scale).toBeCloseTo((point.y - view.y) / view.scale);
  });

  it("stops at the smallest and largest scale", () => {
    expect(zoomAbout({ scale: 3, x: 0, y: 0 }, 10, { x: 0, y: 0 }).scale).toBe(MAX_SCALE);
    expect(zoomAbout({ scale: 0.2, x: 0, y: 0 }, 0.01, { x: 0, y: 0 }).scale).toBe(MIN_SCALE);
  });

  it("pans by the drag and writes a CSS transform", () => {
    const moved = panBy({ scale: 0.5, x: 1, y: 2 }, -30, 40);
    expect(moved).toEqual({ scale: 0.5, x: -29, y: 42 });
    expect(transformCss(moved)).toBe("translate(-29.0px, 42.0px) scale(0.500)");
  });
});
