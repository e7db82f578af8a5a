// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/react";
import { cleanUpSimulator, predict } from "@/components/simulators/predict-in-tests";
import { afterEach, describe, expect, it } from "vitest";
import { HotKeyMitigator } from "@/components/simulators/hot-spots/hot-key-mitigator";

afterEach(cleanUpSimulator);

describe("HotKeyMitigator", () => {
  it("opens the workbench after a prediction; 10 buckets fit 10,000 writes a second and cost 10 reads", () => {
    const { container } = render(<HotKeyMitigator id="hot-key-mitigator" />);
    expect(screen.queryByTestId("hot-key-mitigator-bars")).toBeNull();
    const prompt = predict(container, "fewest-buckets", /^10 buckets$/);
    expect(prompt.textContent).toMatch(/Correct/);

    // One key: ten times over the limit.
    expect(screen.getByTestId("hot-key-mitigator-bars").textContent).toMatch(/10,000.*over the limit ⚠/);
    fireEvent.change(screen.getByLabelText("Buckets (k)"), { target: { value: "9" } });
    expect(container.textContent).toMatch(/Not yet/);
    fireEvent.change(screen.getByLabelText("Buckets (k)"), { target: { value: "10" } });
    expect(screen.getByTestId("hot-key-mitigator-bars").textContent).toMatch(/1,000.*within the limit ✓/);
    expect(container.textContent).toMatch(/This is the fewest buckets that fit/);

    const table = screen.getByTestId("hot-key-read-table");
    const row = (strategy: string) => table.querySelector(`[data-strategy="${strategy}"]`)!.textContent;
    expect(row("gather")).toMatch(/every bucket on each read10500,000fresh/);
    expect(row("rollup")).toMatch(/0 \(1 cache read\)10up to 1 s/);
  });

  it("reports invalid input instead of computing", () => {
    const { container } = render(<HotKeyMitigator id="hot" />);
    predict(container, "more-shards-instead", /^10,000 writes a second$/);
    fireEvent.change(screen.getByLabelText("Buckets (k)"), { target: { value: "0" } });
    expect(screen.getByRole("alert").textContent).toMatch(/1 or more/);
  });
});
