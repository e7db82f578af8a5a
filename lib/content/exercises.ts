import type { LessonAnalysis } from "@/lib/content/analyze";
import { exerciseUnits } from "@/lib/lessons/blocks";
import { SIMULATORS } from "@/lib/simulators/catalog";
import type { Exercise } from "@/lib/progress/scorecard";

const simulatorTitles = new Map(SIMULATORS.map((entry) => [entry.block, entry.title]));

/** Short enough for a list of links at the end of a lesson. */
function shorten(text: string): string {
  return text.length > 110 ? `${text.slice(0, 109).trimEnd()}…` : text;
}

/**
 * A lesson's scored exercises as its scorecard counts them: every
 * interactive block but the free-text Reveal (compared, never scored), each
 * labelled by its question or title, with the parts answered one by one.
 */
export function lessonExercises(analysis: Pick<LessonAnalysis, "blocks">): Exercise[] {
  return analysis.blocks
    .filter((block) => block.name !== "Reveal")
    .map((block) => {
      const { question, title, prompt } = block.props as { question?: unknown; title?: unknown; prompt?: unknown };
      const named = [question, title, prompt].find((value): value is string => typeof value === "string");
      const label = named ?? simulatorTitles.get(block.name) ?? block.name;
      return { id: block.id, label: shorten(label), units: exerciseUnits(block.name, block.props) };
    });
}
