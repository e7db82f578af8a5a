// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { forgetPreviewAttempts } from "@/components/lessons/progress/lesson-context";
import { DecisionGame } from "@/components/lessons/blocks/decision-game";
import { PredictionPrompt } from "@/components/lessons/blocks/prediction-prompt";
import { Quiz } from "@/components/lessons/blocks/quiz";
import { StepReveal } from "@/components/lessons/blocks/step-reveal";
import { useProgressStore } from "@/components/client-data/progress-store";

// Options and cards are dealt per learner and per try (lib/lessons/blocks/shuffle.ts).
// Outside a lesson, attempts live in the block's own state, as in the instructor's preview.
afterEach(() => {
  cleanup();
  forgetPreviewAttempts();
});

const signIn = (userId: string) => act(() => useProgressStore.getState().setIdentity({ kind: "user", userId }));

const quiz = {
  id: "cache-layer",
  question: "Where does a CDN cache sit?",
  options: ["At the edge", "In the database", "In the browser", "In the app server", "In the load balancer"].map(
    (text, index) => ({ text, correct: index === 0, explanation: `Because ${index}.` }),
  ),
};
const shownOptions = () => screen.getAllByRole("radio").map((radio) => radio.closest("label")!.textContent);

describe("Quiz options are dealt per learner and per try", () => {
  it("deals two learners different orders, the same order again after a reload, and a new one on Try again", () => {
    signIn("learner-a");
    const first = render(<Quiz {...quiz} />);
    const orderA = shownOptions();
    expect([...orderA].sort()).toEqual(quiz.options.map((option) => option.text).sort());
    first.unmount();
    forgetPreviewAttempts();

    render(<Quiz {...quiz} />); // a reload: same learner, same try
    expect(shownOptions()).toEqual(orderA);
    cleanup();
    forgetPreviewAttempts();

    signIn("learner-b");
    render(<Quiz {...quiz} />);
    expect(shownOptions()).not.toEqual(orderA);
    cleanup();
    forgetPreviewAttempts();

    signIn("learner-a");
    const { container } = render(<Quiz {...quiz} />);
    fireEvent.click(screen.getByLabelText("At the edge"));
    fireEvent.click(screen.getByRole("button", { name: "Check answer" }));
    // Scored on the authored option, wherever it was shown.
    expect(container.textContent).toContain("Correct.");
    expect(shownOptions()).toEqual(orderA); // the verdict keeps the order it was answered in
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(shownOptions()).not.toEqual(orderA);
  });
});

const deck = {
  id: "cp-or-ap-mini",
  title: "CP or AP?",
  choices: [
    { id: "cp", label: "CP" },
    { id: "ap", label: "AP" },
  ],
  cards: ["Bank balance", "Like counter", "Seat booking", "Profile photo", "Inventory count", "Feed ranking"].map(
    (scenario, index) => ({
      id: `card-${index}`,
      scenario,
      answer: index % 2 === 0 ? "cp" : "ap",
      explanation: "Because.",
    }),
  ),
};
/** Plays the deck through, always choosing CP; returns the scenarios in the order they were dealt. */
function playDeck(): string[] {
  const dealt: string[] = [];
  for (let card = 0; card < deck.cards.length; card++) {
    const scenario = deck.cards.find((c) => screen.queryByText(c.scenario))!.scenario;
    dealt.push(scenario);
    fireEvent.click(screen.getByLabelText("CP"));
    fireEvent.click(screen.getByRole("button", { name: "Decide" }));
    fireEvent.click(screen.getByRole("button", { name: /Next card|See your score/ }));
  }
  return dealt;
}

describe("Decision cards are dealt per learner and per round", () => {
  it("deals two learners different orders, the same after a reload, and a new one for the next round", () => {
    signIn("learner-a");
    const first = render(<DecisionGame {...deck} />);
    const orderA = playDeck();
    expect(screen.getByTestId("deck-score").textContent).toContain("3 of 6");
    first.unmount();
    forgetPreviewAttempts(); // a reload (in a lesson, the saved decisions would come back)

    render(<DecisionGame {...deck} />);
    expect(playDeck()).toEqual(orderA);
    fireEvent.click(screen.getByRole("button", { name: "Play the whole deck again" }));
    expect(playDeck()).not.toEqual(orderA);
    cleanup();
    forgetPreviewAttempts();

    signIn("learner-b");
    render(<DecisionGame {...deck} />);
    expect(playDeck()).not.toEqual(orderA);
  });
});

const scenarios = {
  "first-eviction": {
    question: "Which key is evicted first?",
    options: ["A", "B", "C", "D", "E"].map((key) => ({ id: key.toLowerCase(), label: `Key ${key}` })),
    answer: "b",
    why: "Because.",
  },
};

describe("A simulator's prediction choices are dealt per learner and per try", () => {
  it("deals two learners different orders, keeps one through a reload and the verdict, and deals anew on Predict again", () => {
    signIn("learner-a");
    const first = render(<PredictionPrompt id="sim" scenarios={scenarios} scenario="first-eviction" />);
    const orderA = shownOptions();
    expect([...orderA].sort()).toEqual(["Key A", "Key B", "Key C", "Key D", "Key E"]);
    first.unmount();
    forgetPreviewAttempts();

    render(<PredictionPrompt id="sim" scenarios={scenarios} scenario="first-eviction" />);
    expect(shownOptions()).toEqual(orderA);
    cleanup();
    forgetPreviewAttempts();

    signIn("learner-b");
    render(<PredictionPrompt id="sim" scenarios={scenarios} scenario="first-eviction" />);
    expect(shownOptions()).not.toEqual(orderA);
    cleanup();
    forgetPreviewAttempts();

    signIn("learner-a");
    const { container } = render(<PredictionPrompt id="sim" scenarios={scenarios} scenario="first-eviction" />);
    fireEvent.click(screen.getByLabelText("Key B"));
    fireEvent.click(screen.getByRole("button", { name: "Check prediction" }));
    expect(container.textContent).toContain("Correct.");
    expect(shownOptions().map((label) => label!.replace("(the model)", ""))).toEqual(orderA);
    fireEvent.click(screen.getByRole("button", { name: "Predict again" }));
    expect(shownOptions()).not.toEqual(orderA);
  });
});

const walkthrough = {
  id: "cache-walkthrough",
  title: "A read through the cache",
  steps: [
    {
      text: "The request reaches the CDN.",
      predict: {
        question: "Which layer answers first?",
        choices: ["The CDN", "The database", "The app server", "The browser cache", "The load balancer"],
        answer: 3,
        explanation: "Because.",
      },
    },
    { text: "The browser's copy had expired." },
  ],
};

describe("A worked example's predictions are dealt per learner and per try", () => {
  it("deals two learners different orders and saves the authored choice", () => {
    signIn("learner-a");
    const first = render(<StepReveal {...walkthrough} />);
    const orderA = shownOptions();
    expect([...orderA].sort()).toEqual([...walkthrough.steps[0]!.predict!.choices].sort());
    first.unmount();
    forgetPreviewAttempts();

    render(<StepReveal {...walkthrough} />);
    expect(shownOptions()).toEqual(orderA);
    cleanup();
    forgetPreviewAttempts();

    signIn("learner-b");
    const { container } = render(<StepReveal {...walkthrough} />);
    expect(shownOptions()).not.toEqual(orderA);
    fireEvent.click(screen.getByLabelText("The browser cache"));
    fireEvent.click(screen.getByRole("button", { name: "Check prediction and show step 1" }));
    fireEvent.click(screen.getByRole("button", { name: "Show step 2 of 2" }));
    expect(container.textContent).toContain("✓ Your prediction was right: The browser cache");
  });
});
