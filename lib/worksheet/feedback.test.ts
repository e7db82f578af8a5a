import { describe, expect, it } from "vitest";
import { getPrompt, PROMPTS } from "@/lib/prompts/bank";
import { emptyWorksheet, type WorksheetDocument } from "@/lib/worksheet/document";
import { nfrFlags, toolFirstFlags } from "@/lib/worksheet/feedback";
import { requirementCoverage } from "@/lib/worksheet/reference-coverage";

const rideSharing = getPrompt("ride-sharing")!;
const withRequirements = (...texts: string[]): WorksheetDocument => ({
  ...emptyWorksheet("ride-sharing"),
  functional: texts.map((text, index) => ({ id: `fr${index + 1}`, text })),
});

describe("tool-first flags", () => {
  it("flags a technology named in a functional requirement", () => {
    const flags = toolFirstFlags("Use Kafka to stream driver locations");
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ term: "Kafka", index: 4 });
    expect(flags[0]!.message).toMatch(/technology/);
  });
  it("finds several, case-insensitively, and only whole words", () => {
    expect(toolFirstFlags("store rides in cassandra and cache in REDIS").map((flag) => flag.term)).toEqual([
      "cassandra",
      "REDIS",
    ]);
    expect(toolFirstFlags("Drivers report their location every few seconds")).toEqual([]);
    expect(toolFirstFlags("Riders see a redistribution of prices")).toEqual([]);
  });
});

describe("unquantified NFRs", () => {
  it("an empty worksheet is flagged on every NFR", () => {
    const paths = nfrFlags(emptyWorksheet(null)).map((flag) => flag.path);
    expect(paths).toEqual(["nfr.availability", "nfr.latency", "nfr.consistency", "nfr.durability"]);
  });
  it("a quantified set passes", () => {
    const doc = emptyWorksheet(null);
    doc.nfr = {
      availability: "99.99",
      latency: [{ id: "l1", operation: "Location reaches rider", percentile: "p99", boundMs: 500 }],
      consistency: [{ id: "c1", item: "Ride state", model: "strong", reason: "both sides must agree" }],
      durability: "11 nines for completed trips",
      other: [],
    };
    expect(nfrFlags(doc)).toEqual([]);
  });
  it("flags vague words, a missing bound, a missing model or reason", () => {
    const doc = emptyWorksheet(null);
    doc.nfr = {
      availability: "high",
      latency: [{ id: "l1", operation: "Load history", percentile: "p95", boundMs: null }],
      consistency: [
        { id: "c1", item: "Map icon", model: "", reason: "" },
        { id: "c2", item: "Ride state", model: "strong", reason: "" },
      ],
      durability: "very durable",
      other: [{ id: "o1", text: "Scalable" }],
    };
    expect(nfrFlags(doc).map((flag) => flag.message)).toEqual([
      "Availability must be a percentage between 0 and 100, e.g. 99.9.",
      "Latency target 1 has no bound: say how many milliseconds at p95.",
      "Choose strong or eventual for Map icon.",
      "Say why Ride state needs strong consistency.",
      "Durability is not quantified. Put a number on it: nines, replica count, or how much loss is acceptable.",
      '"Scalable" has no number. How would you know it is met?',
    ]);
  });
});

describe("the prompt bank", () => {
  it("has at least eight prompts, each with a reference, a parking lot, NFRs, scale and an outline or a full answer", () => {
    expect(PROMPTS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(PROMPTS.map((prompt) => prompt.id)).size).toBe(PROMPTS.length);
    for (const prompt of PROMPTS) {
      expect(prompt.referenceRequirements.length).toBeGreaterThanOrEqual(4);
      expect(prompt.referenceParkingLot.length).toBeGreaterThanOrEqual(2);
      expect(prompt.referenceNfrs.length).toBeGreaterThanOrEqual(3);
      // Every reference item can be found: each carries at least one group of synonyms, none empty.
      for (const item of [...prompt.referenceRequirements, ...prompt.referenceParkingLot, ...prompt.referenceNfrs]) {
        expect(item.synonyms.length, prompt.id).toBeGreaterThan(0);
        for (const group of item.synonyms) expect(group.length, prompt.id).toBeGreaterThan(0);
      }
      // A case study's prompt has a full answer instead (lib/prompts/full-answers.test.tsx).
      if (prompt.answerOutline)
        expect(prompt.answerOutline.map((stage) => stage.stage)).toEqual([
          "Scoping",
          "Estimation",
          "High-level design",
          "Deep dive",
          "Wrap-up",
        ]);
      // Each reference requirement, stated plainly, covers itself.
      const self = requirementCoverage(
        withRequirements(...prompt.referenceRequirements.map((item) => item.text)),
        prompt,
      );
      expect(self.covered, prompt.id).toBe(self.total);
    }
  });
  it("ride-sharing carries chapter 1's eight requirements and six parked features", () => {
    expect(rideSharing.referenceRequirements).toHaveLength(8);
    expect(rideSharing.referenceParkingLot.map((item) => item.feature)).toEqual([
      "Scheduled rides",
      "Shared rides (pooling)",
      "Service tiers (XL, Lux)",
      "In-app chat",
      "Surge pricing",
      "Complex driver payouts",
    ]);
    expect(rideSharing.authored).toBe(false);
  });
  it("ride-sharing's scale gives chapter 2's averages: 200K reads/s and 50K writes/s", () => {
    const { dau, readsPerUserPerDay, writesPerUserPerDay } = rideSharing.scale;
    expect((dau * readsPerUserPerDay) / 86_400).toBe(200_000);
    expect((dau * writesPerUserPerDay) / 86_400).toBe(50_000);
  });
});
