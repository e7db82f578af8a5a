// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanUpSimulator, predict } from "@/components/simulators/predict-in-tests";
import { RateLimiterLab } from "@/components/simulators/rate-limiting/rate-limiter-lab";

afterEach(cleanUpSimulator);

const cell = (row: HTMLElement, column: number) => within(row).getAllByRole("cell")[column]!.textContent;

describe("RateLimiterLab", () => {
  it("opens the lab after a prediction and plays the boundary burst: 200, 100, 101, 103, 104", () => {
    const { container } = render(<RateLimiterLab id="rate-limiter-lab" />);
    expect(screen.queryByText(/Admitted and rejected, instant by instant/)).toBeNull();
    const prompt = predict(container, "fixed-boundary", "All 200");
    expect(prompt.textContent).toMatch(/Correct/);
    expect(prompt.textContent).toMatch(/twice the limit/);
    expect(screen.getByText(/Admitted and rejected, instant by instant/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Play all" }));
    const table = screen.getByTestId("rate-limiter-table");
    const second = table.querySelector<HTMLElement>('[data-instant="2"]')!;
    expect(second.textContent).toMatch(/1:00.000 to 1:00.990, 100 requests/);
    // Fixed, log, counter, token, leaky: the second second's batch.
    expect([0, 1, 2, 3, 4].map((column) => cell(second, column))).toEqual([
      "✓ 100 ✗ 0100 passed, 0 refused",
      "✓ 0 ✗ 1000 passed, 100 refused",
      "✓ 1 ✗ 991 passed, 99 refused",
      "✓ 3 ✗ 973 passed, 97 refused",
      "✓ 4 ✗ 964 passed, 96 refused",
    ]);
    const fixed = container.querySelector<HTMLElement>('[data-algorithm="fixed-window"]')!;
    expect(fixed.textContent).toMatch(/200 passed/);
    expect(fixed.textContent).toMatch(/Most passed in any 60 s: 200/);
    const log = container.querySelector<HTMLElement>('[data-algorithm="sliding-log"]')!;
    expect(log.textContent).toMatch(/at most 100 timestamps/);
    const leaky = container.querySelector<HTMLElement>('[data-algorithm="leaky-bucket"]')!;
    expect(leaky.textContent).toMatch(/longest wait in the queue 59.99 s/);
  });

  it("asks before each instant and scores the guesses: the idle client's burst", () => {
    const { container } = render(<RateLimiterLab id="lab" />);
    predict(container, "token-idle-burst", "20 at once, then 10 a second");
    fireEvent.click(screen.getByRole("button", { name: "Load this pattern into the lab" }));
    expect(screen.getByText(/Next: instant 1 of 4, 0:00.000, 30 requests at once/)).toBeTruthy();
    const play = screen.getByRole("button", { name: "Check and play the instant" });
    expect((play as HTMLButtonElement).disabled).toBe(true);
    for (const name of [/^Fixed window/, /^Sliding log/, /^Sliding window counter/, /^Token bucket/, /^Leaky bucket/]) {
      fireEvent.click(within(screen.getByRole("group", { name })).getByLabelText("Some pass"));
    }
    fireEvent.click(play);
    expect(container.textContent).toMatch(/Instant 1: Fixed: right, 10 of 30 pass; .*Token: right, 20 of 30 pass/);
    expect(container.textContent).toMatch(/5 of 5 guesses right so far/);

    // Turn the questions off and play the rest: 50 pass the token bucket, 10 a second after the burst.
    fireEvent.click(screen.getByLabelText("Ask me to predict before each instant"));
    fireEvent.click(screen.getByRole("button", { name: "Play all" }));
    const token = container.querySelector<HTMLElement>('[data-algorithm="token-bucket"]')!;
    expect(token.textContent).toMatch(/50 passed, ✗ 40 refused/);
    const leaky = container.querySelector<HTMLElement>('[data-algorithm="leaky-bucket"]')!;
    expect(leaky.textContent).toMatch(/at most 20 queued requests/);
    expect(screen.getByText("All 4 instants played.")).toBeTruthy();
  });

  it("reports unusable settings instead of running them", () => {
    const { container } = render(<RateLimiterLab id="lab2" />);
    predict(container, "log-boundary", "100: only the first batch");
    fireEvent.change(screen.getByLabelText("Window (seconds)"), { target: { value: "" } });
    expect(screen.getByRole("alert").textContent).toMatch(/whole number of seconds/);
    expect(screen.queryByTestId("rate-limiter-table")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Reset this pattern's settings" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByTestId("rate-limiter-table")).toBeTruthy();
  });
});
