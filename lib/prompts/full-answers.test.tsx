// @vitest-environment happy-dom
import { existsSync, readFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReferenceAnswerView, ReferencePartView } from "@/components/case-study/reference-parts";
import { analyzeLesson } from "@/lib/content/analyze";
import { analyzeDiagram } from "@/lib/diagrams/analyze";
import { runChecks } from "@/lib/diagrams/checks";
import { getPreset } from "@/lib/estimation/presets";
import { PROMPTS } from "@/lib/prompts/bank";
import { CASE_STUDY_PROMPTS } from "@/lib/prompts/catalog";
import { loadPromptReference } from "@/lib/prompts/load-reference";
import { REFERENCE_PARTS, type ReferenceAnswer } from "@/lib/prompts/reference";
import { markupText } from "@/lib/text/markup-text";

/**
 * The full reference answers the case studies reveal and the mock interview
 * shows after submitting: complete, their diagrams keeping the board rules,
 * and one object behind both.
 */
const cases = PROMPTS.filter((prompt) => prompt.caseStudy);
const answerOf = (id: string): ReferenceAnswer => PROMPTS.find((prompt) => prompt.id === id)!.answer!;

function caseLesson(slug: string) {
  const source = readFileSync(`content/${slug}.mdx`, "utf8");
  const analysis = analyzeLesson(source, slug);
  expect(analysis.errors, slug).toEqual([]);
  return analysis;
}

describe("full reference answers", () => {
  it("are exactly the case-study prompts'; every other prompt keeps an outline", () => {
    expect(cases.map((prompt) => prompt.id).sort()).toEqual([...CASE_STUDY_PROMPTS].sort());
    expect(CASE_STUDY_PROMPTS).toHaveLength(5);
    for (const prompt of PROMPTS) {
      if (prompt.caseStudy) expect(prompt.answer, prompt.id).toBeDefined();
      else expect(prompt.answerOutline?.length, prompt.id).toBe(5);
    }
  });

  it.each(CASE_STUDY_PROMPTS)("%s: every stage is there, with a preset that exists", (id) => {
    const answer = answerOf(id);
    expect(getPreset(answer.estimatePreset), answer.estimatePreset).toBeDefined();
    expect(answer.design.length).toBeGreaterThanOrEqual(4);
    expect(answer.deepDives.length).toBeGreaterThanOrEqual(2);
    expect(new Set(answer.deepDives.map((dive) => dive.id)).size).toBe(answer.deepDives.length);
    for (const dive of answer.deepDives) {
      expect(dive.forIt.length, dive.id).toBeGreaterThan(0);
      expect(dive.againstIt.length, dive.id).toBeGreaterThan(0);
    }
    for (const list of Object.values(answer.wrapUp)) expect(list.length).toBeGreaterThanOrEqual(2);
    expect(answer.followUps.length).toBeGreaterThanOrEqual(5);
  });

  it.each(CASE_STUDY_PROMPTS)("%s: the reference diagram draws and passes every board check", async (id) => {
    const analysis = await analyzeDiagram(answerOf(id).diagram.source);
    expect(analysis.ok, JSON.stringify(analysis)).toBe(true);
    if (!analysis.ok || !analysis.flow) throw new Error(`${id}: the reference diagram is not a flowchart`);
    const failed = runChecks(analysis.flow).filter((check) => !check.passed);
    expect(failed.map((check) => `${check.rule}: ${check.problems.join("; ")}`)).toEqual([]);
  });

  it.each(CASE_STUDY_PROMPTS)("%s: the mock interview and the lesson show the same answer", async (id) => {
    const bank = PROMPTS.find((prompt) => prompt.id === id)!;
    const interview = markupText(renderToStaticMarkup(<ReferenceAnswerView reference={bank} />));
    const loaded = (await loadPromptReference(id))!;
    // Each stage the lesson reveals appears whole in the interview's answer.
    for (const part of REFERENCE_PARTS) {
      const stage = markupText(renderToStaticMarkup(<ReferencePartView reference={loaded} part={part} />)).trim();
      expect(stage.length, part).toBeGreaterThan(0);
      expect(interview, part).toContain(stage);
    }
    const answer = bank.answer!;
    for (const shown of [
      ...bank.referenceRequirements.map((item) => item.text),
      ...answer.design,
      ...answer.deepDives.map((dive) => dive.title),
      ...answer.followUps.map((followUp) => followUp.question),
      ...answer.wrapUp.failureModes,
    ])
      expect(interview, shown).toContain(markupText(shown).trim());
  });
});

describe("case-study lessons", () => {
  it.each(cases.map((prompt) => [prompt.caseStudy!, prompt.id]))(
    "%s does each stage in a tool before opening the reference",
    (slug, id) => {
      expect(existsSync(`content/${slug}.mdx`), slug).toBe(true);
      const lesson = caseLesson(slug);
      expect(lesson.frontMatter?.part).toBe("case-studies");
      const blocks = lesson.tools;
      const line = (name: string, test: (props: Record<string, unknown>) => boolean = () => true) =>
        blocks.find((block) => block.name === name && test(block.props))?.line ?? Number.NaN;
      const reference = (part: string) => line("CaseReference", (props) => props.prompt === id && props.part === part);

      expect(line("ScopingWorksheet", (props) => props.prompt === id)).toBeLessThan(reference("scope"));
      expect(line("CaseEstimator", (props) => props.prompt === id)).toBeLessThan(reference("estimate"));
      expect(line("Whiteboard", (props) => props.reference === id)).toBeLessThan(reference("design"));
      for (const part of ["deep-dives", "wrap-up", "follow-ups"]) expect(reference(part), part).toBeGreaterThan(0);

      // Each deep dive of the answer is opened where the lesson works through it, and only real ones are named.
      const dives = answerOf(id).deepDives.map((dive) => dive.id);
      const opened = blocks
        .filter((block) => block.name === "CaseReference" && block.props.part === "deep-dives")
        .map((block) => block.props.item);
      for (const item of opened) expect(dives, String(item)).toContain(item);
      expect([...opened].sort()).toEqual([...dives].sort());
    },
  );
});
