"use client";

import type { Root } from "hast";
import { Component, useDeferredValue, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { PREVIEW_TEMPLATE } from "@/components/instructor/preview-template";
import { lessonComponents } from "@/components/lessons/mdx-components";
import { LessonProvider } from "@/components/lessons/progress/lesson-context";
import type { LessonMessage } from "@/lib/content/analyze";
import { hastToReact, lessonToHast, LessonSourceError } from "@/lib/content/lesson-pipeline";

type Compiled = { tree: Root; objectives: string[] } | { errors: LessonMessage[] };

/**
 * Live preview for instructors: the MDX is checked and rendered here, in the
 * browser, by the same pipeline, checker and blocks as the published course.
 * Nothing is sent to or stored on the server, and nothing is evaluated: the
 * lesson is rendered from its syntax tree, with props read as plain values.
 */
export function LessonPreview() {
  const [source, setSource] = useState(PREVIEW_TEMPLATE);
  const deferred = useDeferredValue(source);
  const [compiled, setCompiled] = useState<Compiled | null>(null);
  const editor = useRef<HTMLTextAreaElement>(null);
  const sourceId = useId();

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      const next: Compiled = await lessonToHast(deferred).then(
        ({ tree, analysis }) => ({ tree, objectives: analysis.frontMatter?.objectives ?? [] }),
        (error: unknown) => ({
          errors:
            error instanceof LessonSourceError
              ? error.errors
              : [{ line: 1, column: 1, message: (error as Error).message }],
        }),
      );
      if (!cancelled) setCompiled(next);
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [deferred]);

  const goToLine = (line: number) => {
    const textarea = editor.current;
    if (!textarea) return;
    const offset =
      source
        .split("\n")
        .slice(0, line - 1)
        .join("\n").length + (line > 1 ? 1 : 0);
    textarea.focus();
    textarea.setSelectionRange(offset, offset);
  };

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="flex flex-col gap-2">
        <label htmlFor={sourceId} className="font-semibold">
          MDX source
        </label>
        <textarea
          id={sourceId}
          ref={editor}
          value={source}
          onChange={(event) => setSource(event.target.value)}
          spellCheck={false}
          aria-describedby={`${sourceId}-help`}
          className="min-h-[32rem] rounded-md border border-border bg-bg p-3 font-mono text-sm leading-relaxed"
        />
        <p id={`${sourceId}-help`} className="text-sm text-muted">
          Checked and rendered in your browser as you type. Nothing is saved: copy the source into a file in content/.
        </p>
      </div>
      <div className="flex min-w-0 flex-col gap-2">
        <h2 className="font-semibold">Preview</h2>
        <div aria-live="polite" data-testid="preview-problems">
          {compiled && "errors" in compiled ? (
            <div className="rounded-md border-l-4 border-danger bg-danger-soft p-4 text-sm">
              <p className="mb-2 font-semibold">
                {compiled.errors.length} problem{compiled.errors.length === 1 ? "" : "s"} to fix
              </p>
              <ul className="flex flex-col gap-1">
                {compiled.errors.map((error, index) => (
                  <li key={index}>
                    <button type="button" className="font-mono underline" onClick={() => goToLine(error.line)}>
                      line {error.line}
                    </button>
                    : {error.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
        <div className="min-w-0 rounded-lg border border-border p-4" data-testid="preview-output">
          {compiled && "tree" in compiled ? (
            <PreviewBoundary key={deferred}>
              <LessonProvider slug="preview" preview>
                <div className="lesson-prose">{hastToReact(compiled.tree, lessonComponents(compiled.objectives))}</div>
              </LessonProvider>
            </PreviewBoundary>
          ) : compiled ? (
            <p className="text-sm text-muted">The preview shows once the problems are fixed.</p>
          ) : (
            <p className="text-sm text-muted">Rendering…</p>
          )}
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
