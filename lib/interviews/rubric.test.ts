import { describe, expect, it } from "vitest";
import { averageScore, LENGTHS, RUBRIC, stageBudgets, STAGES } from "@/lib/interviews/rubric";

describe("the interview rubric and stages", () => {
  it("has four axes, each with four levels", () => {
    expect(RUBRIC.map((axis) => axis.title)).toEqual([
      "Problem navigation",
      "Solution design",
      "Technical excellence",
      "Communication",
    ]);
    for (const axis of RUBRIC) expect(axis.levels).toHaveLength(4);
  });

  it("splits every length across the five stages, adding up to the whole", () => {
    expect(STAGES.map((stage) => stage.id)).toEqual([
      "scoping",
      "estimation",
      "high-level-design",
      "deep-dive",
      "wrap-up",
    ]);
    for (const minutes of LENGTHS) {
      const budgets = Object.values(stageBudgets(minutes));
      expect(budgets.reduce((sum, seconds) => sum + seconds, 0)).toBe(minutes * 60);
    }
    expect(stageBudgets(45)).toEqual({
      scoping: 405,
      estimation: 405,
      "high-level-design": 810,
      "deep-dive": 675,
      "wrap-up": 405,
    });
  });

  it("averages the axes that were scored", () => {
    expect(averageScore({ problemNavigation: 4, solutionDesign: 3, technicalExcellence: 2, communication: 3 })).toBe(3);
    expect(averageScore({})).toBeNull();
  });
});
