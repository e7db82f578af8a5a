"use client";

import dynamic from "next/dynamic";
import { Component, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { BrokenBlock } from "@/components/instructor/broken-block";
import { PREVIEW_TEMPLATE } from "@/components/instructor/preview-template";
import { lessonComponents } from "@/components/lessons/mdx-components";
import { LessonProvider } from "@/components/lessons/progress/lesson-context";
import type { CodeEditorHandle } from "@/components/ui/code-editor";
import { hastToReact } from "@/lib/content/lesson-pipeline";
import { previewLesson, type CheckContext, type LessonPreview as Preview } from "@/lib/content/preview-lesson";

const MdxCodeEditor = dynamic(() => import("@/components/instructor/mdx-code-editor"), {
  ssr: false,
  loading: () => <p className="min-h-[32rem] rounded-md border border-border p-3 text-muted">Loading the editor…</p>,
});

/**
 * Live preview for instructors: the MDX is checked and rendered here, in the
 * browser, by the same pipeline, checks and blocks as the published course
 * (`previewLesson` runs content:check's checks). Nothing is sent to or stored
 * on the server, and nothing is evaluated: the lesson is rendered from its
 * syntax tree, with props read as plain values. A block with mistakes is
 * marked in place and the rest still renders.
 */
export function LessonPreview({ context }: { context: CheckContext }) {
  const [source, setSource] = useState(PREVIEW_TEMPLATE);
  const deferred = useDeferredValue(source);
  const [preview, setPreview] = useState<Preview | null>(null);
  const editor = useRef<CodeEditorHandle>(null);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      const next = await previewLesson(deferred, context).catch((error: Error): Preview => ({
        tree: null,
        objectives: [],
        problems: [{ line: 1, column: 1, message: error.message }],
        stoppedAt: null,
      }));
      if (!cancelled) setPreview(next);
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [deferred, context]);

  const components = useMemo(
    () => ({ ...lessonComponents(preview?.objectives ?? []), BrokenBlock }),
    [preview?.objectives],
  );
  const problems = preview?.problems ?? [];

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {/* The source stays in view while the preview scrolls. */}
      <div className="flex flex-col gap-2 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start">
        <h2 className="font-semibold">MDX source</h2>
        <MdxCodeEditor
          ref={editor}
          value={source}
          onChange={setSource}
          problems={problems}
          label="MDX source"
          scrolls
          className="min-h-0 overflow-hidden rounded-md border border-border bg-bg text-fg lg:h-[60vh] [&_.cm-editor]:h-full"
        />
        <p className="text-sm text-muted">
          Checked as <code>npm run content:check</code> checks it and rendered in your browser as you type. Nothing is
          saved: copy the source into a file in content/.
        </p>
        <div aria-live="polite" data-testid="preview-problems" className="min-h-0 overflow-y-auto">
          {problems.length > 0 ? (
            <div className="rounded-md border-l-4 border-danger bg-danger-soft p-4 text-sm">
              <p className="mb-2 font-semibold">
                {problems.length} problem{problems.length === 1 ? "" : "s"} to fix
              </p>
              <ul className="flex flex-col gap-1">
                {problems.map((problem, index) => (
                  <li key={index}>
                    <button
                      type="button"
                      className="font-mono underline"
                      onClick={() => editor.current?.goToLine(problem.line)}
                    >
                      line {problem.line}
                    </button>
                    : {problem.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      </div>
      <div className="flex min-w-0 flex-col gap-2">
        <h2 className="font-semibold">Preview</h2>
        <div className="min-w-0 rounded-lg border border-border p-4" data-testid="preview-output">
          {preview?.tree ? (
            <PreviewBoundary key={deferred}>
              <LessonProvider slug="preview" preview>
                <div className="lesson-prose">{hastToReact(preview.tree, components)}</div>
              </LessonProvider>
            </PreviewBoundary>
          ) : null}
          {preview?.stoppedAt ? (
            <p role="note" className="mt-4 rounded-md border-2 border-dashed border-danger p-3 text-sm">
              Line {preview.stoppedAt} has a syntax error: nothing after it renders until it is fixed.
            </p>
          ) : null}
          {preview ? null : <p className="text-sm text-muted">Rendering…</p>}
        </div>
      </div>
    </div>
  );
}

/** A block that throws while rendering shows its message instead of blanking the page. */
class PreviewBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    return this.state.error ? (
      <p className="text-sm text-danger">This content could not be rendered: {this.state.error.message}</p>
    ) : (
      this.props.children
    );
  }
}
