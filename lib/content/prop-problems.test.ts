import { describe, expect, it } from "vitest";
import { analyzeLesson } from "@/lib/content/analyze";

const FRONT = `---
title: Test lesson
slug: test-lesson
part: first-ten-minutes
order: 1
summary: A lesson used by the tests.
objectives:
  - Learn
prerequisites: []
---

`;
const errorsOf = (body: string) => analyzeLesson(FRONT + body, "test-lesson").errors.map((e) => e.message);

describe("props problems in an author's words", () => {
  it("says what to write for a value of the wrong type", () => {
    expect(errorsOf('<NumericAnswer id="n" question="How many?" answer="3.6" unit="GB" />')).toEqual([
      "<NumericAnswer> `answer` must be a number, like `answer={3.6}`",
    ]);
    expect(errorsOf('<NumericAnswer id="n" question="How many?" unit="GB" />')).toEqual([
      "<NumericAnswer> `answer` is required",
    ]);
  });

  it("explains that a tolerance is relative", () => {
    expect(errorsOf('<NumericAnswer id="n" question="How many?" answer={3.6} unit="GB" tolerance={5} />')).toEqual([
      "<NumericAnswer> `tolerance` is a fraction of the answer, between 0 and 1: `tolerance={0.1}` accepts ±10 %",
    ]);
  });

  it("names list items by id or text, not by index, and counts limits in items", () => {
    const cards = Array.from(
      { length: 5 },
      (_, i) =>
        `{ id: "card-${i}", scenario: "Scenario ${i}", answer: ${i === 4 ? "3" : '"ap"'}, explanation: "Because." }`,
    ).join(", ");
    const choices = '{ id: "cp", label: "CP" }, { id: "ap", label: "AP" }';
    expect(errorsOf(`<DecisionGame id="g" title="Pick" choices={[${choices}]} cards={[${cards}]} />`)).toEqual([
      '<DecisionGame> cards "card-4": `answer` must be text in quotes, like `answer="…"`',
    ]);
    const options = Array.from(
      { length: 13 },
      (_, i) => `{ text: "Option ${i}", correct: ${i === 0}, explanation: "x" }`,
    );
    expect(errorsOf(`<Quiz id="q" question="?" options={[${options.join(", ")}]} />`)).toEqual([
      "<Quiz> options: give at most 12 options",
    ]);
    expect(
      errorsOf(
        '<Quiz id="q" question="?" options={[{ text: "a", correct: true }, { text: "b", explanation: "y" }]} />',
      ),
    ).toEqual(['<Quiz> options "a": `explanation` is required']);
  });

  it("names a stray field inside a list item without listing the block's props", () => {
    expect(
      errorsOf(
        '<Quiz id="q" question="?" options={[{ text: "a", correct: true, explanation: "x", hint: "h" }, { text: "b", explanation: "y" }]} />',
      ),
    ).toEqual(['<Quiz> options "a": "hint" is not a field here']);
  });

  it("lists a block's props when one is unknown", () => {
    expect(
      errorsOf(
        '<Quiz id="q" question="?" colour="red" options={[{ text: "a", correct: true, explanation: "x" }, { text: "b", explanation: "y" }]} />',
      ),
    ).toEqual(['<Quiz> "colour" is not a prop of <Quiz> (its props: id, question, multiple, options)']);
  });
});
