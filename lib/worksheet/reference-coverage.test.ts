import { describe, expect, it } from "vitest";
import { getPrompt, PROMPTS } from "@/lib/prompts/bank";
import type { ReferenceRequirement } from "@/lib/prompts/reference";
import { emptyWorksheet, type WorksheetDocument } from "@/lib/worksheet/document";
import {
  learnerNfrs,
  mentionStrength,
  nfrCoverage,
  parkingLotCoverage,
  requirementCoverage,
} from "@/lib/worksheet/reference-coverage";

const rideSharing = getPrompt("ride-sharing")!;
const withRequirements = (...texts: string[]): WorksheetDocument => ({
  ...emptyWorksheet("ride-sharing"),
  functional: texts.map((text, index) => ({ id: `fr${index + 1}`, text })),
});
const parking = (...rows: [string, string][]): WorksheetDocument => ({
  ...emptyWorksheet("ride-sharing"),
  parkingLot: rows.map(([feature, reason], index) => ({ id: `p${index + 1}`, feature, reason })),
});
const words = (text: string) => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** The old rule, one to one: each reference item in turn takes the first learner item that mentions it and is free. */
function firstMatchGreedy(doc: WorksheetDocument, references: ReferenceRequirement[]) {
  const taken = new Set<string>();
  for (const reference of references) {
    const item = doc.functional.find(
      (candidate) => !taken.has(candidate.id) && mentionStrength(words(candidate.text), reference.synonyms) !== null,
    );
    if (item) taken.add(item.id);
  }
  return taken.size;
}

describe("mentionStrength", () => {
  it("needs every word of a group, each starting a word of the text, multi-word terms consecutive", () => {
    expect(mentionStrength(words("Show the driver in real time"), [["real time"]])).toBe(1);
    expect(mentionStrength(words("Only real drivers, in time"), [["real time"]])).toBeNull();
    expect(mentionStrength(words("Matching riders"), [["match"]])).toBe(1);
    expect(mentionStrength(words("Drivers go online"), [["ride", "state"]])).toBeNull();
  });
  it("is stronger when the text says it several ways or in more words", () => {
    const synonyms = [["track"], ["live"], ["each", "other"]];
    expect(mentionStrength(words("Track the car"), synonyms)).toBe(1);
    expect(mentionStrength(words("See each other"), synonyms)).toBe(2);
    expect(mentionStrength(words("Track each other live"), synonyms)).toBe(4);
  });
});

describe("V1 requirement coverage of the ride-sharing reference (chapter 1's eight)", () => {
  it("a full answer in the learner's own words covers all eight, each by its own requirement", () => {
    const doc = withRequirements(
      "The system must let riders and drivers sign up and log in",
      "Drivers send their GPS position and whether they are available",
      "Riders see nearby drivers and request a trip to a destination",
      "The system matches each request with one driver",
      "Both see each other live on the map until pickup",
      "A ride goes through states: accepted, en route, in progress, completed",
      "The rider is charged automatically at the end",
      "Riders and drivers rate each other",
    );
    const result = requirementCoverage(doc, rideSharing);
    expect(result).toMatchObject({ covered: 8, total: 8 });
    expect(result.items.map((item) => item.coveredBy?.id)).toEqual([
      "fr1",
      "fr2",
      "fr3",
      "fr4",
      "fr5",
      "fr6",
      "fr7",
      "fr8",
    ]);
    expect(result.items[2]!.coveredBy).toEqual({
      id: "fr3",
      label: "requirement 3",
      text: "Riders see nearby drivers and request a trip to a destination",
    });
  });

  it("reports what is missing", () => {
    const result = requirementCoverage(
      withRequirements("Riders request a ride", "Riders pay for the ride"),
      rideSharing,
    );
    expect(result.covered).toBe(2);
    expect(result.items.filter((item) => !item.coveredBy).map((item) => item.reference.id)).toEqual([
      "auth",
      "location",
      "matching",
      "tracking",
      "ride-state",
      "ratings",
    ]);
  });

  it("two learner items never share one reference item", () => {
    const result = requirementCoverage(withRequirements("Riders pay", "Riders pay by card"), rideSharing);
    expect(result.covered).toBe(1);
    expect(result.items.filter((item) => item.coveredBy)).toHaveLength(1);
  });

  it("a learner item never counts twice, however many reference items it mentions", () => {
    // Mentions ratings ("rate"), tracking ("each other") and payment ("pay").
    const result = requirementCoverage(withRequirements("Riders and drivers rate each other and pay"), rideSharing);
    expect(result.covered).toBe(1);
    const ids = result.items.flatMap((item) => (item.coveredBy ? [item.coveredBy.id] : []));
    expect(ids).toEqual(["fr1"]);
  });

  it("finds the best assignment where first-match greedy covers fewer", () => {
    // fr1 mentions location and tracking; fr2 mentions only location. Greedy gives location to fr1 and
    // leaves tracking uncovered; the best assignment gives location to fr2 and tracking to fr1.
    const doc = withRequirements("The driver's location is shown live to the rider", "Drivers go online");
    expect(firstMatchGreedy(doc, rideSharing.referenceRequirements)).toBe(1);
    const result = requirementCoverage(doc, rideSharing);
    expect(result.covered).toBe(2);
    const by = new Map(result.items.map((item) => [item.reference.id, item.coveredBy?.id]));
    expect(by.get("location")).toBe("fr2");
    expect(by.get("tracking")).toBe("fr1");
  });

  it("keeps the worksheet's numbering and ignores empty rows", () => {
    const result = requirementCoverage(withRequirements("", "Riders rate drivers"), rideSharing);
    expect(result.covered).toBe(1);
    expect(result.items.find((item) => item.coveredBy)?.coveredBy?.label).toBe("requirement 2");
  });
});

describe("parking-lot coverage", () => {
  it("says which reference parked features the learner parked, and which are missing", () => {
    const result = parkingLotCoverage(
      parking(["Surge pricing", "needs live demand per cell"], ["Pooling", "multi-stop routing"]),
      rideSharing,
    );
    expect(result).toMatchObject({ covered: 2, total: 6 });
    expect(result.items.map((item) => [item.reference.feature, item.coveredBy?.label ?? null])).toEqual([
      ["Scheduled rides", null],
      ["Shared rides (pooling)", "parked feature 2"],
      ["Service tiers (XL, Lux)", null],
      ["In-app chat", null],
      ["Surge pricing", "parked feature 1"],
      ["Complex driver payouts", null],
    ]);
  });

  it("is one to one: two parked items naming chat cover it once", () => {
    const result = parkingLotCoverage(
      parking(["In-app chat", ""], ["Messaging between rider and driver", ""]),
      rideSharing,
    );
    expect(result.covered).toBe(1);
  });

  it("credits the feature named over a feature its reason mentions", () => {
    const result = parkingLotCoverage(parking(["Surge pricing", "would need something like chat"]), rideSharing);
    expect(result.items.filter((item) => item.coveredBy).map((item) => item.reference.feature)).toEqual([
      "Surge pricing",
    ]);
  });

  it("an empty parking lot covers nothing", () => {
    expect(parkingLotCoverage(emptyWorksheet("ride-sharing"), rideSharing)).toMatchObject({ covered: 0, total: 6 });
  });
});

describe("NFR coverage", () => {
  const quantified = (): WorksheetDocument => {
    const doc = emptyWorksheet("ride-sharing");
    doc.nfr = {
      availability: "99.99",
      latency: [{ id: "l1", operation: "Show the driver's location", percentile: "p99", boundMs: 500 }],
      consistency: [{ id: "c1", item: "Ride state", model: "strong", reason: "both sides must agree" }],
      durability: "Completed trips kept in 3 replicas",
      other: [],
    };
    return doc;
  };

  it("reads each NFR of the learner's with its section's name, numbered as shown", () => {
    const doc = quantified();
    doc.nfr.other = [
      { id: "o1", text: "" },
      { id: "o2", text: "Scales to 10 cities" },
    ];
    expect(learnerNfrs(doc)).toEqual([
      { id: "nfr.availability", label: "availability target", text: "availability 99.99" },
      { id: "nfr.latency.0", label: "latency target 1", text: "latency Show the driver's location p99 under 500 ms" },
      {
        id: "nfr.consistency.0",
        label: "consistency item 1",
        text: "consistency Ride state strong both sides must agree",
      },
      { id: "nfr.durability", label: "durability", text: "durability Completed trips kept in 3 replicas" },
      { id: "nfr.other.1", label: "other requirement 2", text: "Scales to 10 cities" },
    ]);
  });

  it("a quantified NFR section covers ride-sharing's four, each by the matching section, with no flags", () => {
    const result = nfrCoverage(quantified(), rideSharing);
    expect(result).toMatchObject({ covered: 4, total: 4, unquantified: [] });
    expect(result.items.map((item) => item.coveredBy?.id)).toEqual([
      "nfr.availability",
      "nfr.latency.0",
      "nfr.consistency.0",
      "nfr.durability",
    ]);
    expect(result.items.every((item) => item.flags.length === 0)).toBe(true);
  });

  it("an empty NFR section covers none and lists every NFR as needing a number", () => {
    const result = nfrCoverage(emptyWorksheet("ride-sharing"), rideSharing);
    expect(result).toMatchObject({ covered: 0, total: 4 });
    expect(result.unquantified.map((flag) => flag.path)).toEqual([
      "nfr.availability",
      "nfr.latency",
      "nfr.consistency",
      "nfr.durability",
    ]);
  });

  it("a covering NFR without a number is covered, carrying its flag", () => {
    const doc = quantified();
    doc.nfr.availability = "high";
    doc.nfr.other = [{ id: "o1", text: "Very fast" }];
    const result = nfrCoverage(doc, rideSharing);
    const availability = result.items[0]!;
    expect(availability.coveredBy?.id).toBe("nfr.availability");
    expect(availability.flags.map((flag) => flag.message)).toEqual([
      "Availability must be a percentage between 0 and 100, e.g. 99.9.",
    ]);
    expect(result.unquantified.map((flag) => flag.path)).toEqual(["nfr.availability", "nfr.other.0"]);
  });

  it("is one to one: two latency targets cover the one latency NFR once", () => {
    const doc = emptyWorksheet("ride-sharing");
    doc.nfr.latency = [
      { id: "l1", operation: "Show the driver's location", percentile: "p99", boundMs: 500 },
      { id: "l2", operation: "Load ride history", percentile: "p95", boundMs: 300 },
    ];
    const result = nfrCoverage(doc, rideSharing);
    expect(result.covered).toBe(1);
    expect(result.items[1]!.coveredBy?.id).toBe("nfr.latency.0");
  });
});

describe("every prompt's reference covers itself", () => {
  it("its parked features, typed as a parking lot, and its NFRs, typed as other NFRs, are all covered", () => {
    for (const prompt of PROMPTS) {
      const lot = parkingLotCoverage(
        parking(...prompt.referenceParkingLot.map((item) => [item.feature, item.reason] as [string, string])),
        prompt,
      );
      expect(lot.covered, prompt.id).toBe(lot.total);
      expect(
        lot.items.map((item) => item.coveredBy?.label),
        prompt.id,
      ).toEqual(prompt.referenceParkingLot.map((_, index) => `parked feature ${index + 1}`));
      const doc = emptyWorksheet(prompt.id);
      doc.nfr.other = prompt.referenceNfrs.map((nfr, index) => ({ id: `o${index}`, text: nfr.text }));
      const nfrs = nfrCoverage(doc, prompt);
      expect(nfrs.covered, prompt.id).toBe(nfrs.total);
    }
  });
});
