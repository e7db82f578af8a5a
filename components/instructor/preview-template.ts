/** What the live preview starts with: a small lesson that shows the blocks at work. */
export const PREVIEW_TEMPLATE = `---
title: A lesson in the preview
slug: preview-lesson
part: first-ten-minutes
order: 99
summary: Paste or write a lesson here to see it rendered with the course's blocks.
objectives:
  - Try the blocks before adding a chapter
prerequisites: []
---

<Objectives />

## A first section

Write **Markdown** as usual. Blocks need no imports.

<KeyInsight title="Numbers first">
Put a number on every non-functional requirement.
</KeyInsight>

<Quiz
  id="first-quiz"
  question="Which of these is a non-functional requirement?"
  options={[
    { text: "Riders can rate drivers", explanation: "Something the system does: functional." },
    { text: "p99 latency under 500 ms", correct: true, explanation: "How well, with a number." }
  ]}
/>
`;
