"use client";

import { markdown } from "@codemirror/lang-markdown";
import { forwardRef, type ComponentProps } from "react";
import CodeEditor, { type CodeEditorHandle } from "@/components/ui/code-editor";

// Markdown with its HTML-tag support, which highlights a lesson's <Block prop="…"> tags too.
const language = markdown();

/** The code editor for a lesson's MDX; loaded with next/dynamic, with CodeMirror. */
const MdxCodeEditor = forwardRef<CodeEditorHandle, Omit<ComponentProps<typeof CodeEditor>, "language">>(
  function MdxCodeEditor(props, ref) {
    return <CodeEditor ref={ref} {...props} language={language} />;
  },
);

export default MdxCodeEditor;
