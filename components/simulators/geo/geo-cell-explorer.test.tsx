// @vitest-environment happy-dom
import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { GeoCellExplorer } from "@/components/simulators/geo/geo-cell-explorer";
import { cleanUpSimulator, predict } from "@/components/simulators/predict-in-tests";
import { GEO_SCENARIOS } from "@/lib/geo/scenarios";

afterEach(cleanUpSimulator);

function openExplorer() {
  const { container } = render(<GeoCellExplorer id="geo-cell-explorer" />);
  expect(screen.getByText(/Make the three predictions/)).toBeTruthy();
  for (const [key, spec] of Object.entries(GEO_SCENARIOS))
    predict(container, key, spec.options.find((option) => option.id === spec.answer)!.label);
  return container;
}

describe("GeoCellExplorer", () => {
  it("opens after three predictions and reads 4 cells from near the south-west corner, 9 from the centre", () => {
    openExplorer();
    expect(screen.getByText("gcpvj0", { selector: "strong" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /south-west corner/ }));
    expect(screen.getByText("4 cells")).toBeTruthy();
    expect(screen.getByRole("img", { name: /overlaps 4 of them/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /cell's centre/ }));
    expect(screen.getByText("9 cells")).toBeTruthy();
  });

  it("lists the cells read in a table, and counts drivers read under the assumed density", () => {
    openExplorer();
    fireEvent.change(screen.getByLabelText("Search radius (m)"), { target: { value: "2k" } });
    fireEvent.change(screen.getByLabelText("Precision (geohash length)"), { target: { value: "7" } });
    expect(screen.getByText(/Too many cells to draw/)).toBeTruthy();
    expect(screen.getByText(/The first 40 of/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Precision (geohash length)"), { target: { value: "4" } });
    const summary = screen.getByText(/so the search reads about/);
    expect(summary.textContent).toMatch(/drivers per km² \(assumed\)/);
  });

  it("says what is wrong with an impossible search", () => {
    openExplorer();
    fireEvent.change(screen.getByLabelText("Latitude (°, north positive)"), { target: { value: "89" } });
    expect(screen.getByText(/latitude must be between/)).toBeTruthy();
  });
});
