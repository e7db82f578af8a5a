"use client";

import { indentWithTab } from "@codemirror/commands";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { linter, lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { EditorSelection, EditorState, type Extension } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { basicSetup } from "codemirror";
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
  // Markdown and the JSX-like block tags of a lesson.
  { tag: tags.heading, color: "var(--color-accent)", fontWeight: "700" },
  { tag: [tags.tagName, tags.attributeName], color: "var(--color-accent)" },
  { tag: [tags.link, tags.url], color: "var(--color-accent)", textDecoration: "underline" },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: tags.strong, fontWeight: "700" },
]);

export type CodeEditorHandle = {
  insert: (text: string) => void;
  focus: () => void;
  /** Puts the cursor at the start of a line and scrolls it into view. */
  goToLine: (line: number) => void;
};
export type CodeProblem = { line: number; message: string };

/**
 * A CodeMirror editor: highlighting for the language given, line numbers, and
 * problems shown at their lines. Tab indents; Escape then Tab leaves the
 * editor, so keyboard users are never trapped. Loaded with next/dynamic, so
 * CodeMirror is fetched only where source is edited.
 */
const CodeEditor = forwardRef<
  CodeEditorHandle,
  {
    value: string;
    onChange: (value: string) => void;
    problems: readonly CodeProblem[];
    label: string;
    /** Read once, when the editor mounts. */
    language: Extension;
    /** Set when the host has a fixed height, so the editor scrolls inside it. */
    scrolls?: boolean;
    className?: string;
  }
>(function CodeEditor({ value, onChange, problems, label, language, scrolls = false, className }, ref) {
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
          language,
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
    if (scrolls) {
      // A scroll box a keyboard user can reach and scroll with the arrow keys.
      Object.assign(editor.scrollDOM, { tabIndex: 0 });
      editor.scrollDOM.setAttribute("role", "group");
      editor.scrollDOM.setAttribute("aria-label", `${label}, scrollable`);
    }
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
    const diagnostics: Diagnostic[] = problems.map((problem) => {
      const line = editor.state.doc.line(Math.min(Math.max(1, problem.line), editor.state.doc.lines));
      return { from: line.from, to: line.to, severity: "error", message: problem.message };
    });
    editor.dispatch(setDiagnostics(editor.state, diagnostics));
  }, [problems, value]);

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
    goToLine(number) {
      const editor = view.current;
      if (!editor) return;
      const line = editor.state.doc.line(Math.min(Math.max(1, number), editor.state.doc.lines));
      editor.dispatch({
        selection: EditorSelection.cursor(line.from),
        effects: EditorView.scrollIntoView(line.from, { y: "center" }),
      });
      editor.focus();
    },
  }));

  return (
    <div
      ref={host}
      className={className ?? "overflow-hidden rounded-md border border-border bg-bg text-fg"}
      data-testid="code-editor"
    />
  );
});

export default CodeEditor;
