"use client";

import dynamic from "next/dynamic";
import { useEffect, useMemo, useRef, useState } from "react";
import { ConflictChoice } from "@/components/autosave/conflict-choice";
import { SaveIndicator } from "@/components/autosave/save-indicator";
import { useVersionedAutosave } from "@/components/client-data/use-versioned-autosave";
import { ChecksPanel } from "@/components/whiteboard/checks-panel";
import type { DiagramStorage, DiagramValue } from "@/components/client-data/diagram-storage";
import { ExportButtons } from "@/components/whiteboard/export-buttons";
import { HistoryPanel } from "@/components/whiteboard/history-panel";
import { MermaidView, type RenderedSize } from "@/components/whiteboard/mermaid-view";
import { PanZoomView, type PanZoomHandle } from "@/components/whiteboard/pan-zoom-view";
import { ComponentPalette } from "@/components/whiteboard/component-palette";
import { ConnectForm } from "@/components/whiteboard/connect-form";
import { ComponentList } from "@/components/whiteboard/component-list";
import { SelectedComponent } from "@/components/whiteboard/selected-component";
import { ShortcutsHelp } from "@/components/whiteboard/shortcuts-help";
import { SourcePreviewTabs, useWideScreen, type WhiteboardTab } from "@/components/whiteboard/source-preview-tabs";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { analyzeDiagram, type Analysis } from "@/lib/diagrams/analyze";
import { problemText } from "@/lib/diagrams/parse-error";
import { deleteNode, isFlowchart, listNodes, renameNode } from "@/lib/diagrams/source-edit";
import { shortcutAction } from "@/lib/diagrams/shortcuts";
import { isTyping } from "@/lib/keyboard/is-typing";

const CodeEditor = dynamic(() => import("@/components/whiteboard/mermaid-code-editor"), {
  ssr: false,
  loading: () => (
    <div className="min-h-72 animate-pulse rounded-md border border-border bg-surface" aria-hidden="true" />
  ),
});

const PREVIEW_DELAY_MS = 300;

/**
 * The whiteboard: Mermaid source in a code editor (the single truth), drawing
 * tools that edit it (add, connect, rename, delete), a live preview to zoom and
 * pan, the board checks, exports, and (for saved diagrams) the history. Source
 * and preview sit side by side on a wide screen, stack on a narrow one and are
 * tabs on a phone.
 */
export function WhiteboardEditor({
  storage,
  initial,
  showTitle = true,
  children,
  compare,
}: {
  storage: DiagramStorage;
  initial: DiagramValue & { version: number };
  showTitle?: boolean;
  /** Extra controls for saved diagrams (attaching to a worksheet). */
  children?: React.ReactNode;
  /** Shown under the board with its current source (a lesson's side-by-side with a reference). */
  compare?: (source: string) => React.ReactNode;
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
  const viewport = useRef<PanZoomHandle>(null);
  const labelField = useRef<HTMLInputElement>(null);
  const fromField = useRef<HTMLSelectElement>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [pair, setPair] = useState({ from: "", to: "" });
  const [drawn, setDrawn] = useState<RenderedSize | null>(null);
  const [tab, setTab] = useState<WhiteboardTab>("source");
  const wide = useWideScreen();

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

  const nodes = useMemo(() => listNodes(value.source), [value.source]);
  const selectedNode = nodes.find((node) => node.id === selected) ?? null;
  // Drawing actions write the source at once and show the result without the typing pause.
  const draw = (source: string) => {
    edit(source);
    setPreview(source);
  };
  const pick = (id: string | null) => {
    setSelected(id);
    if (id) setTab("preview");
  };
  const remove = (id: string) => {
    draw(deleteNode(value.source, id));
    setSelected(null);
  };
  const connectFrom = (id: string) => {
    setPair((current) => ({ from: id, to: current.to === id ? "" : current.to }));
    setTimeout(() => fromField.current?.focus());
  };

  const onShortcut = (event: React.KeyboardEvent) => {
    const action = shortcutAction(event, isTyping(event.target));
    if (!action) return;
    if (action === "delete" && !selectedNode) return;
    event.preventDefault();
    if (action === "add") labelField.current?.focus();
    else if (action === "connect") fromField.current?.focus();
    else if (action === "delete") remove(selectedNode!.id);
    else {
      setTab("preview");
      const view = viewport.current;
      if (action === "fit") view?.fit();
      if (action === "zoom-in") view?.zoomIn();
      if (action === "zoom-out") view?.zoomOut();
      if (action === "full-screen") view?.fullScreen();
    }
  };

  const tools = !isFlowchart(value.source) ? (
    <p className="rounded-md border border-border bg-surface p-3 text-sm text-muted">
      The drawing tools work on flowcharts, the architecture view. This diagram is another kind: edit its source.
    </p>
  ) : (
    <div className="space-y-3">
      <ComponentPalette source={value.source} labelRef={labelField} onEdit={(source) => draw(source)} />
      <ConnectForm
        source={value.source}
        nodes={nodes}
        from={pair.from}
        to={pair.to}
        onPick={setPair}
        onEdit={draw}
        fromRef={fromField}
      />
      <ComponentList nodes={nodes} selected={selected} onSelect={pick} onConnectFrom={connectFrom} onDelete={remove} />
    </div>
  );
  const sourcePanel = (
    <div className="min-w-0 space-y-2">
      <CodeEditor value={value.source} onChange={edit} problems={problems} label="Mermaid source" />
      <p className="text-xs text-muted">Tab indents. To leave the editor with the keyboard, press Escape, then Tab.</p>
      <div aria-live="polite" data-testid="syntax-status">
        {error ? (
          <p className="text-sm font-medium text-danger" data-testid="syntax-error" data-line={error.line}>
            {problemText(error)}
          </p>
        ) : analysis ? (
          <p className="text-sm text-muted">The syntax is valid.</p>
        ) : null}
      </div>
    </div>
  );
  const previewPanel = (
    <div className="min-w-0 space-y-2">
      {selectedNode ? (
        <SelectedComponent
          key={selectedNode.id}
          node={selectedNode}
          onRename={(label) => draw(renameNode(value.source, selectedNode.id, label))}
          onDelete={() => remove(selectedNode.id)}
          onClose={() => setSelected(null)}
        />
      ) : (
        <p className="text-sm text-muted">Click a component in the preview to rename or delete it.</p>
      )}
      <MermaidView
        source={preview}
        label={`Preview of ${value.title || "the diagram"}`}
        natural
        selected={selected}
        onSelect={pick}
        onRendered={(markup, size) => {
          setSvg(markup);
          if (size) setDrawn(size);
        }}
        frame={(drawing) => (
          <PanZoomView ref={viewport} content={drawn} label={`Preview of ${value.title || "the diagram"}`}>
            {drawing}
          </PanZoomView>
        )}
      />
    </div>
  );
  const results = (
    <div className="min-w-0 space-y-3">
      <ChecksPanel analysis={analysis} />
      <ExportButtons title={value.title} source={value.source} svg={svg} />
    </div>
  );

  return (
    // Shortcuts act while the focus is anywhere in this whiteboard (a page can hold more than one).
    <div className="space-y-4" data-testid="whiteboard" onKeyDown={onShortcut}>
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

      {wide ? (
        <div className="grid gap-4 lg:grid-cols-[2fr_3fr]">
          <div className="min-w-0 space-y-3">
            {tools}
            {sourcePanel}
          </div>
          <div className="min-w-0 space-y-3">
            {previewPanel}
            {results}
          </div>
        </div>
      ) : (
        <>
          {tools}
          <SourcePreviewTabs tab={tab} onTab={setTab} source={sourcePanel} preview={previewPanel} />
          {results}
        </>
      )}
      <ShortcutsHelp />
      {compare?.(value.source)}
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
