// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { FanoutCalculator } from "@/components/simulators/feeds/fanout-calculator";
import { cleanUpSimulator, predict } from "@/components/simulators/predict-in-tests";
import { FANOUT_SCENARIOS } from "@/lib/feeds/scenarios";

afterEach(cleanUpSimulator);

const KEYS = ["push-writes", "pull-reads", "hybrid-biggest-fall"];
const predictAll = (container: HTMLElement) => {
  for (const key of KEYS) {
    const spec = FANOUT_SCENARIOS[key]!;
    predict(container, key, spec.options.find((option) => option.id === spec.answer)!.label);
  }
};
const row = (label: string) => screen.getByRole("row", { name: new RegExp(`^${label}`) });

describe("FanoutCalculator", () => {
  it("opens after the three predictions and shows the strategies side by side at 100k", () => {
    const { container } = render(<FanoutCalculator id="fanout-calculator" />);
    expect(screen.getByText(/Make the three predictions/)).toBeTruthy();
    expect(screen.queryByLabelText("Hybrid threshold")).toBeNull();
    predictAll(container);
    const writes = within(row("Timeline writes a second")).getAllByRole("cell");
    expect(writes.map((cell) => cell.textContent)).toEqual(["578,703.7", "0", "347,222.2"]);
    const worst = within(row("Writes from the biggest single post")).getAllByRole("cell");
    expect(worst.map((cell) => cell.textContent)).toEqual(["10,000,000", "0", "20,000"]);
    const pulled = within(row("Of which pulled accounts")).getAllByRole("cell");
    expect(pulled.map((cell) => cell.textContent)).toEqual(["0", "239.8", "20"]);
    expect(screen.getByText(/Celebrities/, { selector: "[data-tier] span" }).parentElement!.textContent).toMatch(
      /pulled on read.*follows 19.98 of them/,
    );
  });

  it("moves the threshold with the slider: at 10M the celebrities are fanned out again", () => {
    const { container } = render(<FanoutCalculator id="fanout-slider" />);
    predictAll(container);
    const slider = screen.getByLabelText("Hybrid threshold");
    expect(slider.getAttribute("aria-valuetext")).toBe("more than 100,000 followers are pulled");
    fireEvent.change(slider, { target: { value: "5" } });
    expect(slider.getAttribute("aria-valuetext")).toBe("more than 10,000,000 followers are pulled");
    const worst = within(row("Writes from the biggest single post")).getAllByRole("cell");
    expect(worst[2]!.textContent).toBe("10,000,000");
    expect(screen.getByText(/queues this many inserts at once/)).toBeTruthy();
  });

  it("reads shorthand numbers and explains one it cannot read", () => {
    const { container } = render(<FanoutCalculator id="fanout-input" />);
    predictAll(container);
    fireEvent.change(screen.getByLabelText("Celebrities: followers each"), { target: { value: "50M" } });
    const worst = within(row("Writes from the biggest single post")).getAllByRole("cell");
    expect(worst[0]!.textContent).toBe("50,000,000");
    fireEvent.change(screen.getByLabelText("Home-timeline loads a second"), { target: { value: "lots" } });
    expect(screen.getByRole("alert").textContent).toMatch(/loads a second must be a number/);
    fireEvent.click(screen.getByRole("button", { name: /Back to the preset/ }));
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
