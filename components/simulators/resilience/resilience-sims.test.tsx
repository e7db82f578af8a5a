// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanUpSimulator, predict } from "@/components/simulators/predict-in-tests";
import { BackoffJitterPlot } from "@/components/simulators/resilience/backoff-jitter-plot";
import { CircuitBreakerSim } from "@/components/simulators/resilience/circuit-breaker-sim";
import { BREAKER_SCENARIOS, BREAKER_STORY } from "@/lib/resilience/breaker-scenarios";

afterEach(cleanUpSimulator);

const rightLabel = (scenario: string) => {
  const spec = BREAKER_SCENARIOS[scenario]!;
  return spec.options.find((option) => option.id === spec.answer)!.label;
};

describe("CircuitBreakerSim", () => {
  it("shows one batch at a time, and its calls once it is predicted", () => {
    const { container } = render(<CircuitBreakerSim id="circuit-breaker-sim" />);
    expect(container.querySelectorAll("[data-prediction]")).toHaveLength(1);
    expect(screen.queryByRole("region", { name: "Batch 1, call by call" })).toBeNull();
    predict(container, "nineteen-failures", "CLOSED: calls go through");
    const calls = screen.getByRole("region", { name: "Batch 1, call by call" });
    expect(within(calls).getByText(/fewer than 20 calls, no verdict/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "All 19 calls" }));
    expect(within(calls).getByText(/After this batch: CLOSED\./)).toBeTruthy();
    expect(container.querySelector('[data-prediction="one-more-later"]')).not.toBeNull();
  });

  it("steps the 14-of-25 batch: it trips at call 20 and ends OPEN with 14 of 25 failed", () => {
    const { container } = render(<CircuitBreakerSim id="cbs-2" />);
    for (const key of ["nineteen-failures", "one-more-later", "fourteen-of-twenty-five"])
      predict(container, key, rightLabel(key));
    const calls = screen.getByRole("region", { name: "Batch 3, call by call" });
    expect(screen.getByText(/1 earlier call has left the 10 s window/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "All 25 calls" }));
    expect(within(calls).getByText(/11 of 20 failed \(55 %\), at or above 50 %: it trips to OPEN\./)).toBeTruthy();
    expect(within(calls).getByText(/After this batch: OPEN\./)).toBeTruthy();
    expect(within(calls).getByText(/14 of 25 failed \(56 %\)\./)).toBeTruthy();
  });

  it("opens the learner's own settings once the story is predicted; a 60 % threshold keeps batch 3 CLOSED", () => {
    const { container } = render(<CircuitBreakerSim id="cbs-3" />);
    expect(screen.queryByText("Your own settings and calls")).toBeNull();
    for (const step of BREAKER_STORY) for (const key of step.scenarios) predict(container, key, rightLabel(key));
    expect(screen.getByText("Your own settings and calls")).toBeTruthy();
    const table = screen.getByRole("region", { name: "The run, batch by batch" });
    expect(within(table).getAllByRole("row")[3]!.textContent).toMatch(/OPEN$/);
    fireEvent.change(screen.getByLabelText("Failure-rate threshold (%)"), { target: { value: "60" } });
    expect(within(table).getAllByRole("row")[3]!.textContent).toMatch(/CLOSED$/);
    fireEvent.change(screen.getByLabelText("Batch 1: calls"), { target: { value: "FXF" } });
    expect(screen.getByRole("alert").textContent).toMatch(/S \(success\) and F \(failure\)/);
  });
});

describe("BackoffJitterPlot", () => {
  it("opens the plot after a prediction and shows the worked schedule and the four waves", () => {
    const { container } = render(<BackoffJitterPlot id="backoff-jitter-plot" />);
    expect(screen.getByText(/answering any scenario opens the plot/)).toBeTruthy();
    predict(container, "plain-total-wait", "1.5 s");
    expect(screen.getByText(/5 attempts = 1 try \+ 4 retries/)).toBeTruthy();
    expect(screen.getByText(/100, 200, 400, 800 ms, 1,500 ms in all/)).toBeTruthy();
    const exponential = container.querySelector('tr[data-policy="exponential"]')!;
    expect(exponential.textContent).toMatch(/4,000/);
    expect(exponential.textContent).toMatch(/1,500 ms \(1,500–1,500\)/);
    expect(screen.getByRole("img", { name: /^No backoff: 4,000 retries .* holds 4,000/ })).toBeTruthy();
    expect(screen.getByRole("img", { name: /^Exponential: 4,000 retries .* from 100 ms, holds 1,000/ })).toBeTruthy();
  });

  it("a thin recovery: 400 served in lockstep, far more with jitter; bad input is refused", () => {
    const { container } = render(<BackoffJitterPlot id="bjp-2" />);
    predict(container, "lockstep-served", "About 400");
    fireEvent.click(screen.getByRole("button", { name: "Thin recovery: 100 answers per 100 ms" }));
    expect(container.querySelector('tr[data-policy="exponential"]')!.textContent).toMatch(/400 \/ 600/);
    expect(container.querySelector('tr[data-policy="none"]')!.textContent).toMatch(/100 \/ 900/);
    fireEvent.change(screen.getByLabelText("Attempts per client (the first try included)"), {
      target: { value: "1" },
    });
    expect(screen.getByRole("alert").textContent).toMatch(/first try counts as one/);
  });
});
