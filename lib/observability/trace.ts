/**
 * One request's trace as a tree of spans, and what a waterfall view lets you
 * read off it: the critical path, the gaps (time inside a span that no child
 * span covers), the calls that waited for work they did not need, and how long
 * the request would take if those calls ran as early as their inputs allow.
 * Pure and deterministic; times are whole milliseconds since the trace began.
 */
export type Span = {
  id: string;
  /** The id of the span that caused this one, or null for the root. */
  parent: string | null;
  service: string;
  name: string;
  start: number;
  end: number;
  /**
   * The sibling spans whose results this call uses. Omitted: it waits for what
   * it waited for when recorded, the sibling that ended last before it started.
   */
  needs?: readonly string[];
};

export type Gap = { span: string; from: number; to: number };

export const spanDuration = (span: Span) => span.end - span.start;
export const gapLength = (gap: Gap) => gap.to - gap.from;

/** Null for a well-formed trace; otherwise what is wrong with it. */
export function traceProblem(spans: readonly Span[]): string | null {
  if (spans.length === 0) return "A trace needs at least one span.";
  const byId = new Map<string, Span>();
  for (const span of spans) {
    if (byId.has(span.id)) return `Two spans share the id "${span.id}".`;
    byId.set(span.id, span);
  }
  const roots = spans.filter((span) => span.parent === null);
  if (roots.length !== 1) return `A trace has exactly one root span; this one has ${roots.length}.`;
  for (const span of spans) {
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end) || span.start < 0)
      return `Span "${span.id}" needs a start and an end of 0 ms or more.`;
    if (span.end <= span.start) return `Span "${span.id}" must end after it starts.`;
    if (span.parent === null) continue;
    const parent = byId.get(span.parent);
    if (!parent) return `Span "${span.id}" names a parent "${span.parent}" that is not in the trace.`;
    if (span.start < parent.start || span.end > parent.end)
      return `Span "${span.id}" must lie within its parent "${parent.id}".`;
    for (const need of span.needs ?? []) {
      const sibling = byId.get(need);
      if (!sibling || sibling.parent !== span.parent || sibling.id === span.id)
        return `Span "${span.id}" needs "${need}", which is not one of its siblings.`;
      if (sibling.end > span.start) return `Span "${span.id}" needs "${need}" but started before it ended.`;
    }
  }
  // Every span must reach the root by its parents (no cycles).
  for (const span of spans) {
    let current: Span | undefined = span;
    for (let hops = 0; current && current.parent !== null; hops += 1) {
      if (hops > spans.length) return `Span "${span.id}" is part of a cycle of parents.`;
      current = byId.get(current.parent);
    }
  }
  return null;
}

function checked(spans: readonly Span[]) {
  const problem = traceProblem(spans);
  if (problem) throw new Error(problem);
  return new Map(spans.map((span) => [span.id, span]));
}

export function rootSpan(spans: readonly Span[]): Span {
  checked(spans);
  return spans.find((span) => span.parent === null)!;
}

/** A span's children in the order they started (then ended). */
export function childrenOf(spans: readonly Span[], id: string): Span[] {
  return spans.filter((span) => span.parent === id).sort((a, b) => a.start - b.start || a.end - b.end);
}

export function depthOf(spans: readonly Span[], id: string): number {
  const byId = checked(spans);
  let depth = 0;
  for (let span = byId.get(id); span?.parent; span = byId.get(span.parent)) depth += 1;
  return depth;
}

/** The spans in the order a waterfall lists them: depth first, each parent before its children. */
export function waterfallOrder(spans: readonly Span[]): Span[] {
  const root = rootSpan(spans);
  const out: Span[] = [];
  const visit = (span: Span) => {
    out.push(span);
    childrenOf(spans, span.id).forEach(visit);
  };
  visit(root);
  return out;
}

/** The request's duration: the root span's. */
export function totalDuration(spans: readonly Span[]): number {
  return spanDuration(rootSpan(spans));
}

/**
 * The critical path: the spans the request's end waited on. From a span's
 * end, walk back: the child that finished last (at or before the cursor) is on
 * the path; the cursor moves to that child's start, and the walk repeats. A
 * child still running at the cursor overlapped a critical one: it is off the path.
 * Returned in the order the spans started.
 */
export function criticalPath(spans: readonly Span[]): string[] {
  const root = rootSpan(spans);
  const path: Span[] = [];
  const walk = (span: Span) => {
    path.push(span);
    let cursor = span.end;
    const kids = childrenOf(spans, span.id);
    for (;;) {
      const next = kids
        .filter((kid) => kid.end <= cursor)
        .sort((a, b) => b.end - a.end || spanDuration(b) - spanDuration(a))[0];
      if (!next) break;
      walk(next);
      cursor = next.start;
    }
  };
  walk(root);
  return path.sort((a, b) => a.start - b.start || depthOf(spans, a.id) - depthOf(spans, b.id)).map((span) => span.id);
}

/** The stretches inside a span that none of its children cover; none for a span without children. */
export function gapsIn(spans: readonly Span[], id: string): Gap[] {
  const byId = checked(spans);
  const span = byId.get(id);
  if (!span) throw new Error(`No span "${id}" in this trace.`);
  const kids = childrenOf(spans, id);
  if (kids.length === 0) return [];
  const gaps: Gap[] = [];
  let covered = span.start;
  for (const kid of kids) {
    if (kid.start > covered) gaps.push({ span: id, from: covered, to: kid.start });
    covered = Math.max(covered, kid.end);
  }
  if (span.end > covered) gaps.push({ span: id, from: covered, to: span.end });
  return gaps;
}

/** Every gap in the trace, longest first (then earliest). */
export function allGaps(spans: readonly Span[]): Gap[] {
  return spans.flatMap((span) => gapsIn(spans, span.id)).sort((a, b) => gapLength(b) - gapLength(a) || a.from - b.from);
}

export function largestGap(spans: readonly Span[]): Gap | null {
  return allGaps(spans)[0] ?? null;
}

/** Time inside a span that its children do not cover (its whole duration if it has none). */
export function selfTime(spans: readonly Span[], id: string): number {
  const span = checked(spans).get(id)!;
  const kids = childrenOf(spans, id);
  return kids.length === 0 ? spanDuration(span) : gapsIn(spans, id).reduce((sum, gap) => sum + gapLength(gap), 0);
}

/** The sibling that ended last at or before this span started, as recorded: what it visibly waited for. */
export function recordedPredecessor(spans: readonly Span[], span: Span): Span | null {
  if (span.parent === null) return null;
  return (
    childrenOf(spans, span.parent)
      .filter((sibling) => sibling.id !== span.id && sibling.end <= span.start)
      .sort((a, b) => b.end - a.end || a.start - b.start)[0] ?? null
  );
}

/** Calls that waited for a sibling whose result they do not use: they ran in series but could run in parallel. */
export function waitedNeedlessly(spans: readonly Span[]): string[] {
  checked(spans);
  return waterfallOrder(spans)
    .filter((span) => {
      const before = recordedPredecessor(spans, span);
      return before !== null && span.needs !== undefined && !span.needs.includes(before.id);
    })
    .map((span) => span.id);
}

export type RescheduleOptions = {
  /** Start each call as soon as the siblings it needs have ended, instead of when it was recorded to. */
  parallel?: boolean;
  /** Make one span this many ms longer (a leaf's work, or a parent's time after its last child). */
  stretch?: { id: string; byMs: number };
};

/**
 * The trace laid out again. Each call keeps its own duration and the "lead"
 * it was recorded with: the time between the end of what it waited for (or its
 * parent's start) and its own start, the caller's work before sending it. A
 * parent keeps the time it spent after its last child ended. With no options,
 * the layout is the recorded one.
 */
export function reschedule(spans: readonly Span[], options: RescheduleOptions = {}): Span[] {
  const byId = checked(spans);
  if (options.stretch) {
    if (!byId.has(options.stretch.id)) throw new Error(`No span "${options.stretch.id}" in this trace.`);
    if (!Number.isFinite(options.stretch.byMs)) throw new Error("A stretch must be a number of ms.");
  }
  const placed = new Map<string, Span>();
  const extra = (span: Span) => (options.stretch?.id === span.id ? options.stretch.byMs : 0);

  const place = (span: Span, start: number): number => {
    const kids = childrenOf(spans, span.id);
    let end: number;
    if (kids.length === 0) {
      end = start + spanDuration(span) + extra(span);
    } else {
      const ends = new Map<string, number>();
      for (const kid of kids) {
        const before = recordedPredecessor(spans, kid);
        const lead = kid.start - (before ? before.end : span.start);
        const waitsFor = options.parallel && kid.needs ? kid.needs : before ? [before.id] : [];
        const base = waitsFor.length === 0 ? start : Math.max(...waitsFor.map((id) => ends.get(id)!));
        ends.set(kid.id, place(kid, base + lead));
      }
      const tail = span.end - Math.max(...kids.map((kid) => kid.end));
      end = Math.max(...ends.values()) + tail + extra(span);
    }
    placed.set(span.id, { ...span, start, end });
    return end;
  };

  const root = rootSpan(spans);
  place(root, root.start);
  return spans.map((span) => placed.get(span.id)!);
}

/** How much shorter the request gets when every call starts as soon as its inputs are ready. */
export function parallelSaving(spans: readonly Span[]): number {
  return totalDuration(spans) - totalDuration(reschedule(spans, { parallel: true }));
}

/** How much longer the request gets if one span takes `byMs` longer: 0 for a span off the critical path by at least that much. */
export function slowdownIfLonger(spans: readonly Span[], id: string, byMs: number): number {
  return totalDuration(reschedule(spans, { stretch: { id, byMs } })) - totalDuration(spans);
}
