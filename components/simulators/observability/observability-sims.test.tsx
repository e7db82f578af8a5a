// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { cleanUpSimulator, predict } from "@/components/simulators/predict-in-tests";
import { SloCalculator } from "@/components/simulators/observability/slo-calculator";
import { TraceWaterfall } from "@/components/simulators/observability/trace-waterfall";
import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import { SLO_SCENARIOS } from "@/lib/observability/slo-scenarios";
import { TRACE_SCENARIOS } from "@/lib/observability/trace-scenarios";

afterEach(cleanUpSimulator);

const rightLabel = (scenarios: PredictionScenarios, scenario: string) => {
  const spec = scenarios[scenario]!;
  return spec.options.find((option) => option.id === spec.answer)!.label;
};
const predictRight = (container: HTMLElement, scenarios: PredictionScenarios, scenario: string) =>
  predict(container, scenario, rightLabel(scenarios, scenario));

describe("SloCalculator", () => {
  it("opens the budget calculator after its three predictions, on the 43.2-minute worked example", () => {
    const { container } = render(<SloCalculator id="slo-calculator" />);
    expect(screen.getByText(/open the budget calculator/)).toBeTruthy();
    expect(screen.queryByLabelText("Objective (%)")).toBeNull();
    for (const key of ["four-nines-minutes", "budget-requests", "burn-exhaustion"])
      predictRight(container, SLO_SCENARIOS, key);
    const budget = screen.getByRole("region", { name: "Error budget and burn rate" });
    expect(within(budget).getByText("43.2 minutes")).toBeTruthy();
    expect(within(budget).getByText("518,400 failed requests")).toBeTruthy();
    expect(within(budget).getByText("2.08 days (50 hours)")).toBeTruthy();
    expect(within(budget).getByText("2 %")).toBeTruthy();
    fireEvent.click(within(budget).getByRole("button", { name: "Burn rate 1" }));
    expect(within(budget).getByText("30 days")).toBeTruthy();
  });

  it("explains a target it cannot use instead of computing nonsense", () => {
    const { container } = render(<SloCalculator id="slo-bad" />);
    for (const key of ["four-nines-minutes", "budget-requests", "burn-exhaustion"])
      predictRight(container, SLO_SCENARIOS, key);
    const budget = screen.getByRole("region", { name: "Error budget and burn rate" });
    fireEvent.change(within(budget).getByLabelText("Objective (%)"), { target: { value: "100" } });
    expect(within(budget).getByRole("alert").textContent).toMatch(/below 100 %/);
    fireEvent.change(within(budget).getByLabelText("Objective (%)"), { target: { value: "" } });
    expect(within(budget).getByRole("alert").textContent).toMatch(/Enter a target/);
    fireEvent.change(within(budget).getByLabelText("Objective (%)"), { target: { value: "99.9" } });
    fireEvent.change(within(budget).getByLabelText(/Burn rate/), { target: { value: "0" } });
    expect(within(budget).getByRole("alert").textContent).toMatch(/burn rate must be a number above 0/);
  });

  it("checks the alert rules once their predictions are made: the finished outage leaves only the ticket", () => {
    const { container } = render(<SloCalculator id="slo-alerts" />);
    for (const key of ["fast-burn-first-alert", "slow-burn", "outage-over"])
      predictRight(container, SLO_SCENARIOS, key);
    const alerts = screen.getByRole("region", { name: "Multi-window burn-rate alerts" });
    const table = within(alerts).getByRole("table");
    // The bad deploy, 50 minutes in: the 1-hour rule pages (20 × 50/60 = 16.7 > 14.4).
    expect(within(table).getAllByText("Pages")).toHaveLength(1);
    expect(within(alerts).getByText(/after 43.2 minutes/)).toBeTruthy();
    fireEvent.click(within(alerts).getByRole("button", { name: /5-minute outage that ended 40 minutes ago/ }));
    expect(within(table).queryByText("Pages")).toBeNull();
    expect(within(table).getByText("Opens a ticket")).toBeTruthy();
    fireEvent.change(within(alerts).getByLabelText("It lasted (minutes)"), { target: { value: "60" } });
    expect(within(alerts).getByRole("alert").textContent).toMatch(/longer than the time since it started/);
  });
});

describe("TraceWaterfall", () => {
  it("shows the checkout trace at once, and its analysis after both questions", () => {
    const { container } = render(<TraceWaterfall id="trace-waterfall" />);
    expect(screen.getByRole("list", { name: "Spans of POST /checkout" })).toBeTruthy();
    expect(screen.getByText(/Answer the questions above/)).toBeTruthy();
    predictRight(container, TRACE_SCENARIOS, "checkout-parallel");
    expect(screen.queryByRole("region", { name: "Analysis of this trace" })).toBeNull();
    predictRight(container, TRACE_SCENARIOS, "checkout-wire");
    const analysis = screen.getByRole("region", { name: "Analysis of this trace" });
    expect(within(analysis).getByText(/480 ms becomes 295 ms, 185 ms saved/)).toBeTruthy();
    expect(within(analysis).getByText(/pricing: POST \/quotes; fraud: POST \/scores/)).toBeTruthy();
    fireEvent.click(within(analysis).getByLabelText(/Start every call as soon as/));
    expect(screen.getByText(/Waterfall of POST \/checkout: 295 ms/)).toBeTruthy();
    const pricing = container.querySelector('[data-span="pricing"]') as HTMLElement;
    expect(within(pricing).getByText(/94–174 ms/)).toBeTruthy();
  });

  it("marks the critical path and the 160 ms gap in the search trace", () => {
    const { container } = render(<TraceWaterfall id="trace-search" />);
    fireEvent.click(screen.getByLabelText("Search (GET /search?q=beans)"));
    predictRight(container, TRACE_SCENARIOS, "search-gap");
    predict(container, "search-slack", "The catalog call for product details");
    expect(within(container.querySelector('[data-prediction="search-slack"]')!).getByText("(the model)")).toBeTruthy();
    const analysis = screen.getByRole("region", { name: "Analysis of this trace" });
    expect(within(analysis).getByText(/Off the path: reviews: GET \/ratings/)).toBeTruthy();
    expect(within(analysis).getByText(/nothing to gain/)).toBeTruthy();
    fireEvent.click(within(analysis).getByLabelText(/Mark the critical path/));
    const details = container.querySelector('[data-span="details"]') as HTMLElement;
    expect(within(details).getByText("(on the critical path)")).toBeTruthy();
    const ratings = container.querySelector('[data-span="ratings"]') as HTMLElement;
    expect(within(ratings).queryByText("(on the critical path)")).toBeNull();
    fireEvent.click(within(analysis).getByLabelText(/Show the gaps/));
    const api = container.querySelector('[data-span="search-api"]') as HTMLElement;
    expect(within(api).getByText(/105–265 ms \(160 ms\)/)).toBeTruthy();
  });

  it("keeps a table of the spans for readers who cannot use the bars", () => {
    render(<TraceWaterfall id="trace-table" />);
    fireEvent.click(screen.getByLabelText("Feed (GET /feed)"));
    const table = screen.getByRole("table");
    expect(within(table).getAllByText("profiles: GET /users/{author 3}")).toHaveLength(1);
    expect(within(table).getByText("58–88 ms")).toBeTruthy();
  });
});
