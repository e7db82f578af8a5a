// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { cleanUpSimulator, predict } from "@/components/simulators/predict-in-tests";
import { afterEach, describe, expect, it } from "vitest";
import { CacheEvictionLab } from "@/components/simulators/caching/cache-eviction-lab";
import { MemoryHierarchy } from "@/components/simulators/caching/memory-hierarchy";
import { StampedeSimulator } from "@/components/simulators/caching/stampede-simulator";

afterEach(cleanUpSimulator);

describe("CacheEvictionLab", () => {
  it("scores the worked LFU prediction, then steps the stream with a guess before each eviction", () => {
    const { container } = render(<CacheEvictionLab id="cache-eviction-lab" />);
    expect(screen.queryByRole("button", { name: "Play all" })).toBeNull();
    const prompt = predict(container, "worked-lfu", /^B is evicted/);
    expect(prompt.textContent).toMatch(/Correct/);
    expect(prompt.textContent).toMatch(/A has 3, B has 1 and C has 2/);
    fireEvent.click(screen.getByRole("button", { name: "Play all" }));
    const history = screen.getByTestId("eviction-history");
    const lastRow = within(history).getAllByRole("row").at(-1)!;
    expect(lastRow.textContent).toMatch(/D.*miss, evicts A.*miss, evicts B.*miss, evicts A/);

    // Start again and guess at the eviction: all three policies are full when D arrives.
    fireEvent.click(screen.getByRole("button", { name: "Start again" }));
    for (let i = 0; i < 6; i += 1) fireEvent.click(screen.getByRole("button", { name: "Play the next request" }));
    for (const legend of [/^LRU is full/, /^LFU is full/, /^FIFO is full/]) {
      const group = screen.getByRole("group", { name: legend });
      fireEvent.click(within(group).getByLabelText("A"));
    }
    fireEvent.click(screen.getByRole("button", { name: "Check and play the request" }));
    expect(container.textContent).toMatch(/LRU: right, it evicts A; LFU: not quite, it evicts B; FIFO: right/);
    expect(container.textContent).toMatch(/2 of 3 guesses right/);
  });

  it("reports a bad stream instead of simulating it", () => {
    const { container } = render(<CacheEvictionLab id="lab" />);
    predict(container, "worked-lru", /^A is evicted/);
    fireEvent.change(screen.getByLabelText(/Request stream/), { target: { value: "A B!" } });
    expect(screen.getByRole("alert").textContent).toMatch(/letters or digits/);
  });
});

describe("StampedeSimulator", () => {
  it("opens the comparison after a prediction: 1,000 queries unprotected, 1 with a lock", () => {
    const { container } = render(<StampedeSimulator id="stampede-simulator" />);
    expect(screen.queryByTestId("stampede-table")).toBeNull();
    const prompt = predict(container, "unprotected", /^1,000 queries/);
    expect(prompt.textContent).toMatch(/Correct/);
    const table = screen.getByTestId("stampede-table");
    const row = (protection: string) => table.querySelector(`[data-protection="${protection}"]`)!.textContent;
    expect(row("none")).toMatch(/1,000/);
    expect(row("lock")).toMatch(/Lock \(single flight\)1999/);
    expect(row("jitter")).toMatch(/1,000/);
    expect(container.textContent).toMatch(/Without jitter, 10,000 rebuilds.*at most 3 run at once/);
    fireEvent.change(screen.getByLabelText("Rebuild time (ms)"), { target: { value: "1500" } });
    expect(row("lock")).toMatch(/2,499 ⚠/);
  });
});

describe("MemoryHierarchy", () => {
  it("keys the remote-cache latency as sub-millisecond and then shows the ladder", () => {
    const { container } = render(<MemoryHierarchy id="memory-hierarchy" />);
    const prompt = predict(container, "remote-cache-unit", /under a millisecond/);
    expect(prompt.textContent).toMatch(/Correct/);
    expect(container.textContent).toMatch(/Round trip within a datacenter/);
    expect(container.textContent).toMatch(/500 µs/);
  });
});
