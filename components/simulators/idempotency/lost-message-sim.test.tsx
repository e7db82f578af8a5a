// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { cleanUpSimulator } from "@/components/simulators/predict-in-tests";
import { afterEach, describe, expect, it } from "vitest";
import { LostMessageSim } from "@/components/simulators/idempotency/lost-message-sim";
import { LOST_MESSAGE_SCENARIOS } from "@/lib/idempotency/scenarios";

afterEach(cleanUpSimulator);

function predictRight(container: HTMLElement, scenario: string) {
  const spec = LOST_MESSAGE_SCENARIOS[scenario]!;
  const fieldset = container.querySelector(`[data-prediction="${scenario}"]`) as HTMLElement;
  fireEvent.click(within(fieldset).getByLabelText(spec.options.find((o) => o.id === spec.answer)!.label));
  fireEvent.click(within(fieldset).getByRole("button", { name: "Check prediction" }));
  return fieldset;
}

const outcome = (title: string) => within(screen.getByRole("region", { name: title })).getByRole("group").textContent;

describe("LostMessageSim", () => {
  it("shows the three runs of a lost response only after both predictions", () => {
    const { container } = render(<LostMessageSim id="lost-message-sim" />);
    fireEvent.click(screen.getByLabelText("The response is lost on the way back"));
    expect(screen.getByText(/Make the predictions above/)).toBeTruthy();
    const first = predictRight(container, "lost-response-no-key");
    expect(first.textContent).toMatch(/Correct/);
    expect(screen.getByText("One more prediction to go, then the three runs appear.")).toBeTruthy();
    expect(screen.queryByText(/Same failure, three client behaviours/)).toBeNull();
    predictRight(container, "lost-response-with-key");
    expect(screen.getByText(/Same failure, three client behaviours/)).toBeTruthy();
    expect(outcome("No retry")).toMatch(
      /Card charged: once\..*"Payment failed".*told it failed, yet the card was charged/,
    );
    expect(outcome("Retry without a key")).toMatch(/Card charged: twice\..*Charged twice for one payment/);
    expect(outcome("Retry with the same key")).toMatch(/Card charged: once\..*"Paid".*k-8e03 ends done/);
    expect(
      within(screen.getByRole("region", { name: "Retry with the same key" })).getByText(
        /Replays the stored 201 Created to attempt 2/,
      ),
    ).toBeTruthy();
  });

  it("a wrong prediction still opens the runs, and says what the model does", () => {
    const { container } = render(<LostMessageSim id="lms-wrong" />);
    const prompt = container.querySelector('[data-prediction="lost-request-view"]') as HTMLElement;
    fireEvent.click(within(prompt).getByLabelText(/A connection error at once/));
    fireEvent.click(within(prompt).getByRole("button", { name: "Check prediction" }));
    expect(prompt.textContent).toMatch(/The model says: A timeout after 3 s/);
    predictRight(container, "lost-request-behaviours");
    expect(outcome("No retry")).toMatch(/Card charged: not at all\..*No payment/);
    expect(outcome("Retry without a key")).toMatch(/Card charged: once\..*✓ Charged once/);
  });

  it("crash: 409s until the lease runs out; a 30 s lease makes the app give up", () => {
    const { container } = render(<LostMessageSim id="lms-crash" />);
    fireEvent.click(screen.getByLabelText(/The server crashes mid-processing/));
    predictRight(container, "crash-retry-reply");
    predictRight(container, "crash-attempts");
    expect(outcome("Retry with the same key")).toMatch(/"Paid" \(201 Created\) at t = 10.7 s, after 4 attempts/);
    fireEvent.click(screen.getByLabelText("30 s: very cautious"));
    expect(outcome("Retry with the same key")).toMatch(/Card charged: not at all\..*after 5 attempts/);
    // Another case resets the lease to its questions' 10 s.
    fireEvent.click(screen.getByLabelText(/The charge is slow/));
    predictRight(container, "slow-retry-reply");
    predictRight(container, "slow-no-key");
    expect((screen.getByLabelText(/^10 s: twice the 5 s charge deadline/) as HTMLInputElement).checked).toBe(true);
  });

  it("slow charge: a lease shorter than the work charges twice even with a key", () => {
    const { container } = render(<LostMessageSim id="lms-slow" />);
    fireEvent.click(screen.getByLabelText(/The charge is slow/));
    predictRight(container, "slow-retry-reply");
    predictRight(container, "slow-no-key");
    expect(outcome("Retry without a key")).toMatch(/Card charged: 5 times/);
    expect(outcome("Retry with the same key")).toMatch(/Card charged: once/);
    fireEvent.click(screen.getByLabelText("3 s: shorter than a slow charge"));
    expect(outcome("Retry with the same key")).toMatch(/Card charged: twice/);
  });
});
