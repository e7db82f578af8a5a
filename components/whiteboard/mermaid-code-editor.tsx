"use client";

import { mermaid } from "codemirror-lang-mermaid";
import { forwardRef, type ComponentProps } from "react";
import CodeEditor, { type CodeEditorHandle } from "@/components/ui/code-editor";

const language = mermaid();

/** The code editor with Mermaid highlighting; loaded with next/dynamic, with CodeMirror. */
const MermaidCodeEditor = forwardRef<CodeEditorHandle, Omit<ComponentProps<typeof CodeEditor>, "language">>(
  function MermaidCodeEditor(props, ref) {
    return <CodeEditor ref={ref} {...props} language={language} />;
  },
);

export default MermaidCodeEditor;
