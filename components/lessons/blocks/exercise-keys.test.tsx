// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DecisionGame } from "@/components/lessons/blocks/decision-game";
import { Quiz } from "@/components/lessons/blocks/quiz";
import { forgetPreviewAttempts } from "@/components/lessons/progress/lesson-context";

afterEach(() => {
  cleanup();
  forgetPreviewAttempts();
});

const options = [
  { text: "Alpha", explanation: "No." },
  { text: "Bravo", correct: true, explanation: "Yes." },
  { text: "Charlie", explanation: "No." },
];

function exercise(id: string) {
  return screen.getByRole("region", { name: new RegExp(id) });
}

describe("exercise keys", () => {
  it("a digit picks the option shown at that place, Enter checks, and Enter again moves to the next exercise", () => {
    render(
      <>
        <Quiz id="first" question="first question" options={options} />
        <Quiz id="second" question="second question" options={options} />
      </>,
    );
    const first = exercise("first question");
    const radios = within(first).getAllByRole("radio");
    radios[0]!.focus();
    // The options are dealt per learner: "2" picks whichever sits second on screen.
    fireEvent.keyDown(radios[0]!, { key: "2" });
    expect((radios[1] as HTMLInputElement).checked).toBe(true);
    expect(document.activeElement).toBe(radios[1]);
    const shownSecond = radios[1]!.closest("label")!.textContent!;

    fireEvent.keyDown(radios[1]!, { key: "Enter" });
    const verdict = shownSecond.includes("Bravo") ? "Correct." : "Score 0%.";
    expect(within(first).getByText(verdict, { exact: true })).toBeTruthy();

    fireEvent.keyDown(first, { key: "Enter" });
    expect(document.activeElement).toBe(within(exercise("second question")).getAllByRole("radio")[0]);
  });

  it("leaves digits typed with a modifier, and keys past the last option, alone", () => {
    render(<Quiz id="only" question="only question" options={options} />);
    const radios = within(exercise("only question")).getAllByRole("radio");
    radios[0]!.focus();
    fireEvent.keyDown(radios[0]!, { key: "1", ctrlKey: true });
    fireEvent.keyDown(radios[0]!, { key: "4" });
    expect(radios.some((radio) => (radio as HTMLInputElement).checked)).toBe(false);
    // With nothing chosen, Enter checks nothing.
    fireEvent.keyDown(radios[0]!, { key: "Enter" });
    expect(screen.queryByRole("button", { name: "Try again" })).toBeNull();
  });

  it("in a deck, Enter decides, then deals the next card", () => {
    render(
      <DecisionGame
        id="deck"
        title="deck title"
        choices={[
          { id: "push", label: "Push" },
          { id: "pull", label: "Pull" },
        ]}
        cards={[
          { id: "c1", scenario: "First card", answer: "push", explanation: "Because." },
          { id: "c2", scenario: "Second card", answer: "pull", explanation: "Because." },
        ]}
      />,
    );
    const deck = exercise("deck title");
    const [firstChoice] = within(deck).getAllByRole("radio");
    firstChoice!.focus();
    fireEvent.keyDown(firstChoice!, { key: "1" });
    fireEvent.keyDown(firstChoice!, { key: "Enter" });
    expect(within(deck).getByRole("button", { name: "Next card" })).toBeTruthy();
    expect(deck.textContent).toContain("card 1 of 2");
    fireEvent.keyDown(deck, { key: "Enter" });
    // Cards are dealt in the learner's own order: the second one dealt, whichever it is.
    expect(deck.textContent).toContain("card 2 of 2");
    expect(within(deck).getByRole("button", { name: "Decide" })).toBeTruthy();
  });
});
