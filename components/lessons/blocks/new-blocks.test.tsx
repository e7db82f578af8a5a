// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { forgetPreviewAttempts } from "@/components/lessons/progress/lesson-context";
import { DecisionGame } from "@/components/lessons/blocks/decision-game";
import { Matching } from "@/components/lessons/blocks/matching";
import { Ordering } from "@/components/lessons/blocks/ordering";
import { Quiz } from "@/components/lessons/blocks/quiz";
import { StepReveal } from "@/components/lessons/blocks/step-reveal";
import { TableFill } from "@/components/lessons/blocks/table-fill";

// Outside a lesson the blocks run as in the instructor's preview: attempts live
// in the block's own state, so nothing here touches the network or a database.
afterEach(() => {
  cleanup();
  forgetPreviewAttempts();
});

const liveText = (container: HTMLElement) =>
  [...container.querySelectorAll("[aria-live]")].map((region) => region.textContent).join(" ");

describe("TableFill", () => {
  const props = {
    id: "failure-matrix",
    prompt: "Failures",
    columns: ["Failure", "What breaks", "Fix"],
    rows: [
      {
        cells: [
          { text: "Cache node dies" },
          { choices: ["Nothing", "Reads slow down"], answer: 1, explanation: "The database takes the load." },
          { text: "Warm a replacement" },
        ],
      },
      {
        cells: [
          { text: "Primary dies" },
          { text: "Writes fail" },
          { answer: "failover", explanation: "Promote a replica." },
        ],
      },
    ],
  };

  it("labels every blank, checks each one and explains it, and starts over on Try again", () => {
    const { container } = render(<TableFill {...props} />);
    const check = screen.getByRole("button", { name: "Check table" });
    expect((check as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText("What breaks, Cache node dies"), { target: { value: "1" } });
    fireEvent.change(screen.getByLabelText("Fix, Primary dies"), { target: { value: "restart it" } });
    fireEvent.click(check);
    expect(liveText(container)).toContain("Score 50%.");
    expect(liveText(container)).toContain("1 of 2 blanks right.");
    expect(container.textContent).toContain("✓ Right.");
    expect(container.textContent).toContain("Expected: failover.");
    expect(container.textContent).toContain("Promote a replica.");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect((screen.getByLabelText("Fix, Primary dies") as HTMLInputElement).value).toBe("");
  });

  it("accepts a typed answer whatever its case and spacing", () => {
    const { container } = render(<TableFill {...props} />);
    fireEvent.change(screen.getByLabelText("What breaks, Cache node dies"), { target: { value: "1" } });
    fireEvent.change(screen.getByLabelText("Fix, Primary dies"), { target: { value: "  FailOver " } });
    fireEvent.click(screen.getByRole("button", { name: "Check table" }));
    expect(liveText(container)).toContain("Correct.");
  });
});

describe("Matching", () => {
  const props = {
    id: "workload-to-store",
    prompt: "Match",
    pairs: [
      { left: "Balances", right: "Relational database", explanation: "Transactions." },
      { left: "Sessions", right: "Key-value store" },
      { left: "Photos", right: "Object storage" },
    ],
    distractors: ["Graph database"],
  };

  it("offers every right-hand item once, shuffled, and scores each pair", () => {
    const { container } = render(<Matching {...props} />);
    const balances = screen.getByLabelText("Balances") as HTMLSelectElement;
    const offered = [...balances.options].map((option) => option.textContent);
    expect(offered[0]).toBe("Choose…");
    expect([...offered.slice(1)].sort()).toEqual(
      ["Graph database", "Key-value store", "Object storage", "Relational database"].sort(),
    );
    expect(offered.slice(1)).not.toEqual([
      "Relational database",
      "Key-value store",
      "Object storage",
      "Graph database",
    ]);
    const pick = (label: string, text: string) => {
      const select = screen.getByLabelText(label) as HTMLSelectElement;
      const option = [...select.options].find((candidate) => candidate.textContent === text)!;
      fireEvent.change(select, { target: { value: option.value } });
    };
    pick("Balances", "Relational database");
    pick("Sessions", "Graph database");
    fireEvent.click(screen.getByRole("button", { name: "Check matches" }));
    expect(liveText(container)).toContain("1 of 3 matched right, 1 left unmatched.");
    expect(container.textContent).toContain("It matches Key-value store.");
    expect(container.textContent).toContain("✗ Left unmatched.");
  });
});

describe("StepReveal", () => {
  const props = {
    id: "peak-qps",
    title: "Peak QPS",
    steps: [
      { text: "100 million requests a day." },
      {
        text: "About 1,000 per second.",
        predict: { question: "Average load?", choices: ["100/s", "1,000/s"], answer: 1, explanation: "10^8 / 10^5." },
      },
      {
        text: "About 2,000 at peak.",
        predict: { question: "Peak?", choices: ["Twice the average", "The average"], answer: 0, explanation: "Rule." },
      },
    ],
  };

  it("asks each prediction before showing its step, and scores the predictions at the end", () => {
    const { container } = render(<StepReveal {...props} />);
    expect(container.textContent).not.toContain("100 million");
    fireEvent.click(screen.getByRole("button", { name: "Show step 1 of 3" }));
    expect(container.textContent).toContain("100 million requests a day.");

    const reveal = screen.getByRole("button", { name: "Check prediction and show step 2" });
    expect((reveal as HTMLButtonElement).disabled).toBe(true);
    expect(container.textContent).not.toContain("About 1,000 per second.");
    const question = screen.getByRole("group", { name: "Before step 2, predict: Average load?" });
    fireEvent.click(within(question).getByLabelText("100/s"));
    fireEvent.click(reveal);
    expect(container.textContent).toContain("About 1,000 per second.");
    expect(container.textContent).toContain("✗ You predicted: 100/s. The answer: 1,000/s");
    expect(liveText(container)).toContain("Not quite: the answer is 1,000/s. Step 2 of 3: About 1,000 per second.");
    // Focus moves to the next question's first choice.
    expect(document.activeElement).toBe(screen.getByLabelText("Twice the average"));

    fireEvent.click(screen.getByLabelText("Twice the average"));
    fireEvent.click(screen.getByRole("button", { name: "Check prediction and show step 3" }));
    expect(liveText(container)).toContain("Score 50%.");
    expect(liveText(container)).toContain("1 of 2 predictions right.");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Try again" }));

    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(container.textContent).not.toContain("100 million");
  });

  it("records a walkthrough without predictions as done", () => {
    const { container } = render(<StepReveal id="plain" title="t" steps={[{ text: "one" }, { text: "two" }]} />);
    fireEvent.click(screen.getByRole("button", { name: "Show step 1 of 2" }));
    fireEvent.click(screen.getByRole("button", { name: "Show step 2 of 2" }));
    expect(liveText(container)).toContain("Correct.");
    expect(liveText(container)).toContain("Walkthrough complete.");
  });
});

describe("Ordering with groups", () => {
  it("says some steps may swap, and after checking marks them for every reader", () => {
    const { container } = render(
      <Ordering
        id="incident"
        prompt="Order"
        items={["alert", "page", "channel", "postmortem"]}
        groups={[1, 2, 2, 3]}
      />,
    );
    expect(container.textContent).toContain("Some of these steps may come in either order among themselves");
    fireEvent.click(screen.getByRole("button", { name: "Check order" }));
    expect(container.textContent).toContain("Steps marked ⇅ may come in either order among themselves.");
    expect(container.textContent).toContain("(may come in either order with channel)");
    expect(container.textContent).toContain("(may come in either order with page)");
  });
});

describe("pickers with 12 options", () => {
  it("render every quiz option and every decision choice", () => {
    const options = Array.from({ length: 12 }, (_, i) => ({ text: `Store ${i}`, correct: i === 11, explanation: "e" }));
    render(<Quiz id="stores" question="Which store?" options={options} />);
    expect(screen.getAllByRole("radio")).toHaveLength(12);
    fireEvent.click(screen.getByLabelText("Store 11"));
    fireEvent.click(screen.getByRole("button", { name: "Check answer" }));
    expect(screen.getAllByText("Right option.")).toHaveLength(1);
    cleanup();

    const choices = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, label: `Store ${i}` }));
    render(
      <DecisionGame
        id="game"
        title="Pick"
        choices={choices}
        cards={[{ id: "c", scenario: "A ledger", answer: "s11", explanation: "e" }]}
      />,
    );
    expect(screen.getAllByRole("radio")).toHaveLength(12);
  });
});
