/**
 * The whiteboard preview's zoom and pan as plain arithmetic: a diagram of a
 * given size shown in a viewport at a scale, moved by an offset. Kept pure so
 * the rules (fit, a readable default, zoom about a point) are tested without a
 * browser.
 */
export type Size = { width: number; height: number };
export type ViewTransform = { scale: number; x: number; y: number };

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;
/** Mermaid draws labels at 16 px; below 0.75 they fall under 12 px, too small to read. */
export const READABLE_SCALE = 0.75;
const PADDING = 8;

const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** Centres the content on an axis where it fits, and starts it at the padding where it does not. */
function place(scale: number, content: Size, viewport: Size): ViewTransform {
  const axis = (inner: number, outer: number) =>
    inner * scale <= outer - 2 * PADDING ? (outer - inner * scale) / 2 : PADDING;
  return { scale, x: axis(content.width, viewport.width), y: axis(content.height, viewport.height) };
}

/** The scale and offset that show the whole diagram, never enlarged past its drawn size. */
export function fitTransform(content: Size, viewport: Size): ViewTransform {
  if (content.width <= 0 || content.height <= 0) return { scale: 1, x: 0, y: 0 };
  const scale = Math.min(
    1,
    (viewport.width - 2 * PADDING) / content.width,
    (viewport.height - 2 * PADDING) / content.height,
  );
  return place(clampScale(scale), content, viewport);
}

/**
 * The first view of a diagram: the whole of it when that keeps labels
 * readable, otherwise the readable size from its top-left corner, to be panned.
 */
export function readableTransform(content: Size, viewport: Size): ViewTransform {
  const fit = fitTransform(content, viewport);
  return fit.scale >= READABLE_SCALE ? fit : place(READABLE_SCALE, content, viewport);
}

/** Zooms by a factor about a point of the viewport, which stays under the pointer (or the centre). */
export function zoomAbout(view: ViewTransform, factor: number, point: { x: number; y: number }): ViewTransform {
  const scale = clampScale(view.scale * factor);
  const ratio = scale / view.scale;
  return { scale, x: point.x - (point.x - view.x) * ratio, y: point.y - (point.y - view.y) * ratio };
}

/** Moves the view by a drag or an arrow key. */
export function panBy(view: ViewTransform, dx: number, dy: number): ViewTransform {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

export const transformCss = (view: ViewTransform) =>
  `translate(${view.x.toFixed(1)}px, ${view.y.toFixed(1)}px) scale(${view.scale.toFixed(3)})`;
