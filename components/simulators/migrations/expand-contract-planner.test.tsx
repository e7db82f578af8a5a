// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ExpandContractPlanner } from "@/components/simulators/migrations/expand-contract-planner";
import { cleanUpSimulator, predict } from "@/components/simulators/predict-in-tests";
import { PLANNER_SCENARIOS } from "@/lib/migrations/scenarios";

afterEach(cleanUpSimulator);

const rightLabel = (scenario: string) => {
  const spec = PLANNER_SCENARIOS[scenario]!;
  return spec.options.find((option) => option.id === spec.answer)!.label;
};

const steps = () =>
  within(screen.getByRole("list", { name: "The plan's steps, in order" }))
    .getAllByRole("listitem")
    .map((item) => item.textContent!.replace(/Up: move .*$/, "").trim());

describe("ExpandContractPlanner", () => {
  it("asks first, then plays the read-before-dual plan and shows new pods reading NULL", () => {
    const { container } = render(<ExpandContractPlanner id="expand-contract-planner" />);
    expect(screen.getByText(/Make the prediction above/)).toBeTruthy();
    expect(screen.queryByText("Your plan, step by step")).toBeNull();
    predict(container, "read-before-dual", rightLabel("read-before-dual"));
    expect(screen.getByText("Your plan, step by step")).toBeTruthy();
    expect(steps()[1]).toMatch(/^2\. Deploy code that reads display_name/);
    fireEvent.click(screen.getByRole("button", { name: "Play all" }));
    const stage = screen.getByRole("region", { name: /^Step 2: Deploy code that reads display_name/ });
    expect(within(stage).getAllByText(/have no name \(NULL\)/).length).toBeGreaterThan(0);
    expect(within(stage).getByText(/problems in this stage/)).toBeTruthy();
    expect(screen.getByText("Not safe.")).toBeTruthy();
    expect(screen.getByRole("table", { name: /The users table after/ })).toBeTruthy();
  });

  it("a wrong prediction shows the model's answer", () => {
    const { container } = render(<ExpandContractPlanner id="ecp-wrong" />);
    const prompt = predict(container, "read-before-dual", "The right name");
    expect(within(prompt).getByText("(the model)")).toBeTruthy();
    expect(within(prompt).getByText(/The model says: No name/)).toBeTruthy();
  });

  it("plays the canonical order safely, stage by stage with guesses, and breaks it when a step moves", () => {
    const { container } = render(<ExpandContractPlanner id="ecp-canonical" />);
    fireEvent.click(screen.getByLabelText("Expand and contract, in order"));
    predict(container, "canonical", rightLabel("canonical"));
    fireEvent.click(screen.getByLabelText("No, everything works"));
    fireEvent.click(screen.getByRole("button", { name: "Check and play the stage" }));
    expect(screen.getByText(/Stage 1: Your guess: right, nothing breaks/)).toBeTruthy();
    expect(screen.getByRole("region", { name: /^Step 1: Add display_name/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Play all" }));
    expect(screen.getByText("Safe.")).toBeTruthy();
    expect(screen.getByText(/Compares username with display_name on every read: no mismatch/)).toBeTruthy();

    // Move the backfill above the dual write: the plan starts again and is no longer safe.
    expect(
      (
        screen.getByRole("button", {
          name: /^Up\s*: move “Add display_name as a nullable column” earlier$/,
        }) as HTMLButtonElement
      ).disabled,
    ).toBe(true);
    const moveUp = screen.getByRole("button", {
      name: /^Up\s*: move “Backfill display_name from username, in batches” earlier$/,
    });
    fireEvent.click(moveUp);
    // The keyboard stays on the step that moved.
    expect(document.activeElement).toBe(
      screen.getByRole("button", { name: /^Up\s*: move “Backfill display_name from username, in batches” earlier$/ }),
    );
    expect(steps().slice(0, 3)).toEqual([
      "1. Add display_name as a nullable column",
      "2. Backfill display_name from username, in batches",
      "3. Deploy code that writes both columns (reads stay on username)",
    ]);
    expect(screen.queryByText("Safe.")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Play all" }));
    expect(screen.getByText("Not safe.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Back to this case's plan" }));
    fireEvent.click(screen.getByRole("button", { name: "Play all" }));
    expect(screen.getByText("Safe.")).toBeTruthy();
  });

  it("a NULL-only backfill lets a stale name through, and the dark read logs it", () => {
    const { container } = render(<ExpandContractPlanner id="ecp-null" />);
    fireEvent.click(screen.getByLabelText("In order, but the backfill copies only NULL rows"));
    predict(container, "canonical-null-only", rightLabel("canonical-null-only"));
    expect((screen.getByLabelText("Only rows where display_name IS NULL") as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Play all" }));
    const stage = screen.getByRole("region", { name: /^Step 4: Deploy code that reads display_name/ });
    expect(within(stage).getByText(/Logs a mismatch for user 5/)).toBeTruthy();
    expect(within(stage).getAllByText(/user 5 shows “claude”, not “bee”/).length).toBeGreaterThan(0);
    fireEvent.click(screen.getByLabelText("Every row where display_name differs from username"));
    fireEvent.click(screen.getByRole("button", { name: "Play all" }));
    expect(screen.getByText("Safe.")).toBeTruthy();
  });

  it("drops the column too early: reads and writes fail on every pod", () => {
    const { container } = render(<ExpandContractPlanner id="ecp-drop" />);
    fireEvent.click(screen.getByLabelText("username is dropped while pods still use it"));
    predict(container, "drop-too-early", rightLabel("drop-too-early"));
    fireEvent.click(screen.getByRole("button", { name: "Play all" }));
    const stage = screen.getByRole("region", { name: /^Step 4: Drop the username column/ });
    expect(within(stage).getAllByText(/the SELECT names username, which does not exist/).length).toBeGreaterThan(0);
    expect(within(stage).getByText(/the INSERT names username, which does not exist/)).toBeTruthy();
  });
});
