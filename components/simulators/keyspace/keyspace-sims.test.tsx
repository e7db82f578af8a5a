// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { KeyspaceCalculator } from "@/components/simulators/keyspace/keyspace-calculator";
import { cleanUpSimulator, predict } from "@/components/simulators/predict-in-tests";
import { KEYSPACE_SCENARIOS } from "@/lib/keyspace/scenarios";

afterEach(cleanUpSimulator);

const KEYS = ["years-seven-chars", "collision-one-billion", "coin-flip"];
const predictAll = (container: HTMLElement) => {
  for (const key of KEYS) {
    const spec = KEYSPACE_SCENARIOS[key]!;
    predict(container, key, spec.options.find((option) => option.id === spec.answer)!.label);
  }
};
/** The definition beside a term in the results. */
const result = (term: string | RegExp) => screen.getByText(term, { selector: "dt" }).nextElementSibling!.textContent;

describe("KeyspaceCalculator", () => {
  it("opens after the three predictions on 7 base62 characters at 100M a month", () => {
    const { container } = render(<KeyspaceCalculator id="keyspace-calculator" />);
    expect(screen.getByText(/Make the three predictions/)).toBeTruthy();
    expect(screen.queryByLabelText("Key length (symbols)")).toBeNull();
    predictAll(container);
    expect(result("Keys")).toBe("62⁷ = 3.52 × 10¹²");
    expect(result("Rate")).toMatch(/100,000,000 a month ÷ 2,592,000 s = 38.6 a second/);
    expect(result("Years to exhaust")).toMatch(/= 2,894 years/);
    expect(result("Shortest length for 100 years")).toMatch(/^7 symbols: 62⁷ = .* \(62⁶ falls short\)$/);
    expect(result(/Chance of a collision after 1,000,000,000 ids/)).toMatch(/more than 99.99 %/);
    expect(result("50 % chance of a collision at")).toMatch(/2,209,\d{3} ids/);
  });

  it("recomputes for 6 characters, per-second rates and another alphabet", () => {
    const { container } = render(<KeyspaceCalculator id="keyspace-inputs" />);
    predictAll(container);
    fireEvent.change(screen.getByLabelText("Key length (symbols)"), { target: { value: "6" } });
    expect(result("Years to exhaust")).toMatch(/46.7 years/);
    fireEvent.click(screen.getByLabelText("Second"));
    fireEvent.change(screen.getByLabelText("New ids issued"), { target: { value: "1k" } });
    expect(result("Rate")).toMatch(/^1,000 a second/);
    fireEvent.click(screen.getByLabelText(/^hex/));
    expect(result("Keys")).toBe("16⁶ = 16,777,216 (1.68 × 10⁷)");
    fireEvent.click(screen.getByLabelText("Another size"));
    fireEvent.change(screen.getByLabelText("Symbols in the alphabet"), { target: { value: "1" } });
    expect(screen.getByRole("alert").textContent).toMatch(/at least 2 symbols/);
  });

  it("keeps the digits of tiny collision odds", () => {
    const { container } = render(<KeyspaceCalculator id="keyspace-odds" />);
    predictAll(container);
    fireEvent.change(screen.getByLabelText(/Random ids issued/), { target: { value: "1000" } });
    expect(result(/Chance of a collision after 1,000 ids/)).toMatch(/1.42 × 10⁻⁵ %/);
  });
});
