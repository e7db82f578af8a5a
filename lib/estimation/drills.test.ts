import { describe, expect, it } from "vitest";
import { DRILL_KINDS, generateDrill, scoreDrill } from "@/lib/estimation/drills";

describe("estimation drills", () => {
  it("the same seed gives the same question; different seeds vary", () => {
    for (const kind of DRILL_KINDS) {
      expect(generateDrill(42, kind)).toEqual(generateDrill(42, kind));
      const questions = new Set(Array.from({ length: 20 }, (_, seed) => generateDrill(seed, kind).question));
      expect(questions.size).toBeGreaterThan(5);
    }
  });

  it("answer keys follow from the question's numbers", () => {
    for (let seed = 0; seed < 200; seed++) {
      const average = generateDrill(seed, "average-qps");
      const [dau, perUser] = average.question
        .match(/\d[\d,]*(?:\.\d+)?/g)!
        .map((text) => Number(text.replace(/,/g, "")));
      expect(average.answer).toBeCloseTo((dau! * perUser!) / 86_400, 6);
      const servers = generateDrill(seed, "servers");
      const [peak, perServer] = servers.question.match(/\d[\d,]*/g)!.map((text) => Number(text.replace(/,/g, "")));
      expect(servers.answer).toBe(Math.ceil(peak! / perServer!));
    }
  });

  it("scores full within ±10%, half within 2×, and warns at an order of magnitude", () => {
    const drill = generateDrill(7, "peak-qps");
    expect(scoreDrill(7, "peak-qps", drill.answer * 1.09)).toMatchObject({ score: 1, correct: true });
    expect(scoreDrill(7, "peak-qps", drill.answer * 1.8)).toMatchObject({ score: 0.5, band: "within-2x" });
    expect(scoreDrill(7, "peak-qps", drill.answer * 3)).toMatchObject({ score: 0, band: "off" });
    expect(scoreDrill(7, "peak-qps", drill.answer / 12).feedback).toMatch(/order of magnitude/);
  });

  it("every question shows a worked solution ending in its answer", () => {
    for (const kind of DRILL_KINDS) {
      const drill = generateDrill(123, kind);
      expect(drill.steps.length).toBeGreaterThan(0);
      expect(drill.steps.join(" ")).toContain(drill.answer.toLocaleString("en-US", { maximumFractionDigits: 1 }));
    }
  });
});
