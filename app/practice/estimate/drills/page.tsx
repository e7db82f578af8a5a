import type { Metadata } from "next";
import Link from "next/link";
import { EstimationDrill } from "@/components/lessons/blocks/estimation-drill";
import { LessonProvider } from "@/components/lessons/progress/lesson-context";
import { SaveStatus } from "@/components/lessons/reader/save-status";
import { getLesson } from "@/lib/content/lessons";

export const metadata: Metadata = { title: "Estimation drills" };

// The drills are chapter 2's drill block, opened on their own page: answers
// here are saved as that block's attempts and count toward the chapter.
const LESSON = "back-of-the-envelope-math";
const BLOCK = "estimation-drills";

export default async function DrillsPage() {
  const lesson = await getLesson(LESSON);
  const block = lesson?.analysis.blocks.find((candidate) => candidate.id === BLOCK);
  if (!lesson || !block) throw new Error(`${LESSON}.mdx must contain <EstimationDrill id="${BLOCK}" />`);
  return (
    <LessonProvider slug={LESSON}>
      <div className="space-y-4">
        <header className="space-y-2">
          <h1 className="text-3xl font-bold">Estimation drills</h1>
          <p className="max-w-prose text-muted">
            Generated questions on QPS, storage, bandwidth and server counts. Commit to a number before the answer
            shows: within ±10% earns full credit, within 2× half. Your answers count toward{" "}
            <Link href={`/learn/${LESSON}`}>{lesson.frontMatter.title}</Link>.
          </p>
          <SaveStatus />
        </header>
        <EstimationDrill {...(block.props as Record<string, unknown>)} />
      </div>
    </LessonProvider>
  );
}
