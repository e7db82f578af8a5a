// @vitest-environment happy-dom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { CoverageReport } from "@/components/practice/worksheet/coverage-report";
import { reference } from "@/lib/prompts/references/ride-sharing";
import { emptyWorksheet } from "@/lib/worksheet/document";

afterEach(cleanup);

describe("CoverageReport", () => {
  it("lists V1, parking-lot and NFR coverage with the learner item that covered each, and the NFRs without a number", () => {
    const doc = emptyWorksheet("ride-sharing");
    doc.functional = [
      { id: "a", text: "The driver's location is shown live to the rider" },
      { id: "b", text: "Drivers go online" },
    ];
    doc.parkingLot = [{ id: "p", feature: "Surge pricing", reason: "needs demand per cell" }];
    doc.nfr.availability = "high";
    render(<CoverageReport document={doc} reference={reference} heading={(c, t) => <h2>{`${c} of ${t}`}</h2>} />);

    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("2 of 8");
    const items = screen.getAllByRole("listitem");
    const v1 = items.filter((item) => item.dataset.covered);
    expect(v1.filter((item) => item.dataset.covered === "yes").map((item) => item.textContent)).toEqual([
      "Covered Drivers report their location and whether they are available. (your requirement 2)",
      "Covered From acceptance to pickup, rider and driver see each other's live location. (your requirement 1)",
    ]);

    const parking = screen.getByRole("region", { name: "Parking lot: 1 of 6 reference features parked" });
    expect(within(parking).getByText("Surge pricing").closest("li")?.textContent).toContain(
      "(your parked feature 1: Surge pricing)",
    );

    const nfrs = screen.getByRole("region", { name: "Non-functional requirements: 1 of 4 reference NFRs covered" });
    const availability = within(nfrs).getAllByRole("listitem")[0]!;
    expect(availability.dataset.nfr).toBe("yes");
    expect(availability.textContent).toContain("(your availability target) It has no number yet.");
    expect(within(screen.getByTestId("nfr-unquantified")).getAllByRole("listitem")[0]!.textContent).toBe(
      "Availability must be a percentage between 0 and 100, e.g. 99.9.",
    );
  });
});
