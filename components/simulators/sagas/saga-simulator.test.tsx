// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanUpSimulator, predict } from "@/components/simulators/predict-in-tests";
import { SagaSimulator } from "@/components/simulators/sagas/saga-simulator";
import { SAGA_SCENARIOS } from "@/lib/sagas/scenarios";

afterEach(cleanUpSimulator);

const rightLabel = (scenario: string) => {
  const spec = SAGA_SCENARIOS[scenario]!;
  return spec.options.find((option) => option.id === spec.answer)!.label;
};

describe("SagaSimulator", () => {
  it("asks first, then runs a declined charge both ways with the saga log", () => {
    const { container } = render(<SagaSimulator id="saga-simulator" />);
    expect(screen.getByText(/Make the prediction above/)).toBeTruthy();
    expect(screen.queryByRole("region", { name: "Orchestrated" })).toBeNull();
    predict(container, "payment-declined", rightLabel("payment-declined"));
    const orchestrated = screen.getByRole("region", { name: "Orchestrated" });
    expect(within(orchestrated).getByText(/Compensated: every finished step/)).toBeTruthy();
    expect(within(orchestrated).getByText("Release the stock: done")).toBeTruthy();
    expect(within(orchestrated).getByText(/Sends ReleaseStock to inventory/)).toBeTruthy();
    const choreographed = screen.getByRole("region", { name: "Choreographed" });
    expect(within(choreographed).getByText(/On PaymentDeclined: puts the 2 bags back on sale/)).toBeTruthy();
    const log = screen.getByRole("table", { name: "Saga log (orchestrator)" });
    expect(within(log).getByText("COMPENSATED")).toBeTruthy();
  });

  it("shows a wrong ordering as wrong, with the model's answer", () => {
    const { container } = render(<SagaSimulator id="saga-wrong" />);
    const prompt = predict(container, "payment-declined", "Cancel the order, then release the stock");
    expect(within(prompt).getByText("(the model)")).toBeTruthy();
    expect(within(prompt).getByText(/The model says: Release the stock, then cancel the order/)).toBeTruthy();
  });

  it("a refund that keeps failing: released when orchestrated, stuck when choreographed", () => {
    const { container } = render(<SagaSimulator id="saga-stuck" />);
    fireEvent.click(screen.getByLabelText("The refund keeps failing"));
    predict(container, "refund-keeps-failing", rightLabel("refund-keeps-failing"));
    const orchestrated = screen.getByRole("region", { name: "Orchestrated" });
    expect(within(orchestrated).getByText(/Needs repair/)).toBeTruthy();
    expect(within(orchestrated).getByText(/Bags: released/)).toBeTruthy();
    const choreographed = screen.getByRole("region", { name: "Choreographed" });
    expect(within(choreographed).getByText(/Stuck: the chain of compensations/)).toBeTruthy();
    expect(within(choreographed).getByText(/Bags: still reserved/)).toBeTruthy();
  });

  it("a lost refund reply refunds once, and twice once the handlers stop being idempotent", () => {
    const { container } = render(<SagaSimulator id="saga-lost" />);
    fireEvent.click(screen.getByLabelText("The refund's reply is lost"));
    predict(container, "refund-reply-lost", "One");
    const orchestrated = () => screen.getByRole("region", { name: "Orchestrated" });
    expect(within(orchestrated()).getByText(/refunded once/)).toBeTruthy();
    fireEvent.click(screen.getByLabelText(/Idempotent handlers/));
    expect(within(orchestrated()).getByText(/refunded twice/)).toBeTruthy();
    expect(within(orchestrated()).getByText(/more refunded than charged/)).toBeTruthy();
  });

  it("lets the learner make any step fail, and offers silence only for steps 2–4", () => {
    const { container } = render(<SagaSimulator id="saga-free" />);
    fireEvent.click(screen.getByLabelText("Step 3 goes silent: payment stops answering"));
    predict(container, "payment-no-reply", rightLabel("payment-no-reply"));
    expect(screen.getByLabelText("Yes: it acted, then went quiet")).toBeTruthy();
    fireEvent.click(screen.getByLabelText("No: it went quiet before acting"));
    expect(
      within(screen.getByRole("region", { name: "Orchestrated" })).getByText(
        "Refund the payment: nothing to undo (5 attempts)",
      ),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Step that fails"), { target: { value: "1" } });
    expect((screen.getByLabelText(/goes silent for 30 s/) as HTMLInputElement).disabled).toBe(true);
    expect(
      within(screen.getByRole("region", { name: "Choreographed" })).getByText(/Rejected: nothing had been done/),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Step that fails"), { target: { value: "none" } });
    expect(
      within(screen.getByRole("region", { name: "Choreographed" })).getByText(/Completed: o-42 is confirmed/),
    ).toBeTruthy();
  });
});
