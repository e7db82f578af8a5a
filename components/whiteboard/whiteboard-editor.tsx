"use client";

import dynamic from "next/dynamic";
import { useEffect, useMemo, useRef, useState } from "react";
import { ConflictChoice } from "@/components/autosave/conflict-choice";
import { SaveIndicator } from "@/components/autosave/save-indicator";
import { useVersionedAutosave } from "@/components/client-data/use-versioned-autosave";
import { ChecksPanel } from "@/components/whiteboard/checks-panel";
import type { CodeEditorHandle } from "@/components/ui/code-editor";
import type { DiagramStorage, DiagramValue } from "@/components/client-data/diagram-storage";
import { ExportButtons } from "@/components/whiteboard/export-buttons";
import { HistoryPanel } from "@/components/whiteboard/history-panel";
import { MermaidView } from "@/components/whiteboard/mermaid-view";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { analyzeDiagram, type Analysis } from "@/lib/diagrams/analyze";
import { PALETTE } from "@/lib/diagrams/templates";

const CodeEditor = dynamic(() => import("@/components/whiteboard/mermaid-code-editor"), {
  ssr: false,
  loading: () => (
    <div className="min-h-72 animate-pulse rounded-md border border-border bg-surface" aria-hidden="true" />
  ),
});

const PREVIEW_DELAY_MS = 300;

/**
 * The whiteboard: Mermaid source in a code editor, a live preview, the board
 * checks, exports, and (for saved diagrams) the history. Editor and preview
 * sit side by side on a wide screen and stack on a narrow one.
 */
export function WhiteboardEditor({
  storage,
  initial,
  showTitle = true,
  children,
}: {
  storage: DiagramStorage;
  initial: DiagramValue & { version: number };
  showTitle?: boolean;
  /** Extra controls for saved diagrams (attaching to a worksheet). */
  children?: React.ReactNode;
}) {
  const { value, setValue, status, conflict, resolveConflict, saveNow } = useVersionedAutosave<DiagramValue>({
    draftKey: storage.draftKey,
    initial: { value: { title: initial.title, source: initial.source }, version: initial.version },
    save: storage.save,
    label: "diagram",
  });
  const [preview, setPreview] = useState(value.source);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [svg, setSvg] = useState<string | null>(null);
  const [savedCount, setSavedCount] = useState(0);
  const editor = useRef<CodeEditorHandle>(null);

  // Preview and checks follow the text after a short pause in typing.
  useEffect(() => {
    const timer = setTimeout(() => {
      setPreview(value.source);
      void analyzeDiagram(value.source).then(setAnalysis);
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value.source]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a landed save refreshes the history list
    if (status.state === "saved") setSavedCount((count) => count + 1);
  }, [status.state]);

  const edit = (source: string) => setValue((current) => ({ ...current, source, checkpoint: false }));
  const problems = useMemo(
    () => (analysis && !analysis.ok ? [{ line: analysis.line, message: analysis.message }] : []),
    [analysis],
  );
  const error = problems[0] ?? null;
  const diagramId = storage.documentId();

  return (
    <div className="space-y-4" data-testid="whiteboard">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SaveIndicator status={status} />
        {diagramId ? (
          <Button
            variant="secondary"
            onClick={() => {
              setValue((current) => ({ ...current, checkpoint: true }));
              void saveNow();
            }}
          >
            Save a version
          </Button>
        ) : null}
      </div>
      {conflict ? <ConflictChoice what="diagram" onKeep={resolveConflict} /> : null}
      {showTitle ? (
        <label className="block max-w-xl space-y-1">
          <span className="text-sm font-medium">Diagram title</span>
          <input
            className={inputClasses}
            value={value.title}
            maxLength={120}
            onChange={(event) => setValue((current) => ({ ...current, title: event.target.value, checkpoint: false }))}
          />
        </label>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-[2fr_3fr]">
        <div className="min-w-0 space-y-2">
          <div role="toolbar" aria-label="Insert a shape" className="flex flex-wrap gap-1">
            {PALETTE.map((item) => (
              <Button
                key={item.id}
                variant="secondary"
                className="min-h-8 px-2 py-1 text-xs"
                onClick={() => editor.current?.insert(item.snippet)}
              >
                {item.label}
              </Button>
            ))}
          </div>
          <CodeEditor ref={editor} value={value.source} onChange={edit} problems={problems} label="Mermaid source" />
          <p className="text-xs text-muted">
            Tab indents. To leave the editor with the keyboard, press Escape, then Tab.
          </p>
          <div aria-live="polite" data-testid="syntax-status">
            {error ? (
              <p className="text-sm font-medium text-danger" data-testid="syntax-error" data-line={error.line}>
                Line {error.line}: {error.message}
              </p>
            ) : analysis ? (
              <p className="text-sm text-muted">The syntax is valid.</p>
            ) : null}
          </div>
        </div>
        <div className="min-w-0 space-y-3">
          <div className="rounded-md border border-border bg-bg p-3">
            <MermaidView source={preview} label={`Preview of ${value.title}`} onRendered={setSvg} />
          </div>
          <ChecksPanel analysis={analysis} />
          <ExportButtons title={value.title} source={value.source} svg={svg} />
        </div>
      </div>
      {children}
      {diagramId ? (
        <details className="rounded-md border border-border p-3">
          <summary className="cursor-pointer font-semibold">History and differences</summary>
          <div className="mt-3">
            <HistoryPanel diagramId={diagramId} current={value.source} refreshKey={savedCount} onRestore={edit} />
          </div>
        </details>
      ) : null}
    </div>
  );
}
