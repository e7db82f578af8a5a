"use client";

import { indentWithTab } from "@codemirror/commands";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { linter, lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { basicSetup } from "codemirror";
import { mermaid } from "codemirror-lang-mermaid";
import { tags } from "@lezer/highlight";
import { forwardRef, useEffect, useImperativeHandle, useRef } from "react";

// Token colours from the app's palette, which meets AA contrast in light and
// dark mode (CodeMirror's default style does not on our backgrounds).
const highlight = HighlightStyle.define([
  {
    tag: [tags.keyword, tags.controlKeyword, tags.typeName, tags.modifier],
    color: "var(--color-accent)",
    fontWeight: "600",
  },
  { tag: [tags.string, tags.content], color: "var(--color-success)" },
  { tag: [tags.lineComment, tags.comment], color: "var(--color-muted)", fontStyle: "italic" },
  { tag: [tags.number, tags.variableName], color: "var(--color-fg)" },
  {
    tag: [tags.contentSeparator, tags.squareBracket, tags.paren, tags.brace, tags.angleBracket],
    color: "var(--color-muted)",
  },
]);

export type CodeEditorHandle = { insert: (text: string) => void; focus: () => void };

/**
 * A CodeMirror editor for Mermaid: highlighting, line numbers, and the parse
 * error shown at its line. Tab indents; Escape then Tab leaves the editor, so
 * keyboard users are never trapped. Loaded with next/dynamic, so CodeMirror is
 * fetched only where a diagram is edited.
 */
const CodeEditor = forwardRef<
  CodeEditorHandle,
  { value: string; onChange: (value: string) => void; error: { line: number; message: string } | null; label: string }
>(function CodeEditor({ value, onChange, error, label }, ref) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          basicSetup,
          keymap.of([indentWithTab]),
          mermaid(),
          syntaxHighlighting(highlight),
          EditorView.lineWrapping,
          linter(null),
          lintGutter(),
          EditorView.contentAttributes.of({ "aria-label": label }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
          // The editor grows with its text and wraps long lines, so it is never a
          // scroll box of its own (one a keyboard user could not scroll).
          EditorView.theme({
            "&": { fontSize: "14px", backgroundColor: "var(--color-bg)", color: "var(--color-fg)" },
            ".cm-content": { minHeight: "18rem", caretColor: "var(--color-fg)" },
            ".cm-gutters": {
              backgroundColor: "var(--color-surface)",
              color: "var(--color-muted)",
              borderRight: "1px solid var(--color-border)",
            },
            ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "transparent" },
          }),
        ],
      }),
    });
    view.current = editor;
    return () => editor.destroy();
    // The editor owns its document after mount; outside changes arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A restore or a conflict resolution replaces the document from outside.
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const diagnostics: Diagnostic[] = [];
    if (error) {
      const line = editor.state.doc.line(Math.min(error.line, editor.state.doc.lines));
      diagnostics.push({ from: line.from, to: line.to, severity: "error", message: error.message });
    }
    editor.dispatch(setDiagnostics(editor.state, diagnostics));
  }, [error, value]);

  useImperativeHandle(ref, () => ({
    insert(text) {
      const editor = view.current;
      if (!editor) return;
      const { to } = editor.state.selection.main;
      const line = editor.state.doc.lineAt(to);
      const insertion = `${line.text.trim() ? "\n" : ""}  ${text}`;
      editor.dispatch({
        changes: { from: line.to, insert: insertion },
        selection: { anchor: line.to + insertion.length },
      });
      editor.focus();
    },
    focus: () => view.current?.focus(),
  }));

  return (
    <div
      ref={host}
      className="overflow-hidden rounded-md border border-border bg-bg text-fg"
      data-testid="code-editor"
    />
  );
});

export default CodeEditor;
