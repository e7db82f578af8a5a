import { describe, expect, it } from "vitest";
import { featureRow, keyAssertions } from "@/lib/content/answer-keys/key-assertions";
import { lessonBlocks } from "@/lib/content/answer-keys/lesson-blocks";
import { estimateFunnel } from "@/lib/estimation/funnel";
import { formatCount } from "@/lib/estimation/format";
import { getPreset } from "@/lib/estimation/presets";
import { searchCells } from "@/lib/geo/geohash-cells";
import {
  ASSUMED_DRIVERS_PER_KM2,
  CENTRE_POINT,
  CORNER_POINT,
  GEO_SCENARIOS,
  PLACES,
  WORKED,
} from "@/lib/geo/scenarios";
import { reference } from "@/lib/prompts/references/ride-sharing";

/**
 * Answer keys of case study C, recomputed from the ride-sharing preset (the
 * estimator's own funnel) and from the geo-cell model, never read back from
 * the MDX; and every figure the reference answer quotes, from the same inputs.
 */
const lesson = lessonBlocks("case-study-ride-sharing");
const { expectSingleChoice, expectDecisions, expectNumeric, expectOrdering, expectSimulator } = keyAssertions(lesson);

const preset = getPreset("ride-sharing")!;
const funnel = estimateFunnel(preset.inputs);
const row = (id: string) => featureRow(funnel, id);
const peak = preset.inputs.peakMultiplier;

// Our assumptions, stated in the lesson as such.
const TRANSITIONS_PER_RIDE = 5;
const RIDE_SECONDS = 25 * 60;
const CONNECTIONS_PER_GATEWAY = 100_000;
const INDEX_ENTRY_BYTES = 100;

const driversOnline = row("location").users!;
const ridersBrowsing = row("nearby").users!;
const rideStateWrites = row("ride").peakQps * TRANSITIONS_PER_RIDE;
const concurrentRidesAverage = row("ride").averageQps * RIDE_SECONDS; // Little's law
const concurrentRidesPeak = concurrentRidesAverage * peak;
const connections = driversOnline + concurrentRidesPeak;
const indexMegabytes = (driversOnline * INDEX_ENTRY_BYTES) / 1e6;

describe("case-study-ride-sharing answer keys", () => {
  it("has the blocks the case study is built around, at least 8 of them scored", () => {
    expect([...lesson.ids].sort()).toEqual(
      [
        "scope-edge-calls",
        "ride-state-writes",
        "concurrent-rides",
        "geo-index-memory",
        "consistency-per-item",
        "geo-cell-explorer",
        "drivers-scanned",
        "precision-for-1km",
        "zone-edge-search",
        "match-a-request",
        "phone-drops-mid-ride",
        "which-idempotency-key",
        "interviewer-follow-ups",
      ].sort(),
    );
    expect(lesson.ids.filter((id) => lesson.block(id).name !== "Reveal").length).toBeGreaterThanOrEqual(8);
  });

  it("the worksheet, estimator, whiteboard and references all name the ride-sharing prompt", () => {
    expect(lesson.source).toContain('<ScopingWorksheet id="scope" prompt="ride-sharing" />');
    expect(lesson.source).toContain('<CaseEstimator id="estimate" worksheet="scope" prompt="ride-sharing" />');
    expect(lesson.source).toMatch(
      /<Whiteboard id="design" start="ride-sharing-exercise" title="[^"]+" reference="ride-sharing" \/>/,
    );
    for (const part of ["scope", "estimate", "design", "wrap-up", "follow-ups"])
      expect(lesson.source).toContain(`<CaseReference prompt="ride-sharing" part="${part}" />`);
    const items = [...lesson.source.matchAll(/part="deep-dives" item="([a-z-]+)"/g)].map((match) => match[1]);
    expect(items).toEqual(reference.answer!.deepDives.map((dive) => dive.id));
    expect(items).toEqual(["geo-index", "matching-and-ride-state", "payments"]);
  });

  it("edge features: cancelling, a fare estimate and going offline are V1; airport queues, cash and trip links wait", () => {
    expectDecisions("scope-edge-calls", {
      "airport-queue": "park",
      "rider-cancels": "v1",
      "fare-before-confirm": "v1",
      "cash-payment": "park",
      "share-trip-link": "park",
      "driver-goes-offline": "v1",
    });
  });

  it("chapter 2's corrected figures: 50K average and 150K peak writes, 600K reads, 115.7 → 347 ride requests (inv-001 #8, #10)", () => {
    expect(row("location").averageQps).toBe(50_000);
    expect(row("location").peakQps).toBe(150_000);
    expect(row("nearby").peakQps).toBe(600_000);
    expect(row("ride").averageQps.toFixed(1)).toBe("115.7");
    expect(Math.round(row("ride").peakQps)).toBe(347);
    expect(lesson.source).toContain("115.7 a second");
    expect(lesson.source).toContain("about 347 a second");
    // The double-counted peak (inv-001 #9) is called headroom, not the expected peak.
    expect(lesson.source).toMatch(/busy-hour head counts/);
  });

  it("ride-state writes: 347.2 × 5 ≈ 1,736 a second, about 1% of the location writes", () => {
    expect(Math.round(rideStateWrites)).toBe(1_736);
    expectNumeric("ride-state-writes", rideStateWrites, "writes/s", { "k writes/s": rideStateWrites / 1000 });
    expect(rideStateWrites).toBeLessThan(2_000);
    expect(Math.round((rideStateWrites / row("location").peakQps) * 100)).toBe(1);
    // "more than 99% of the traffic" is on the eventual path.
    const eventual = row("location").peakQps + row("nearby").peakQps;
    expect(eventual / (eventual + rideStateWrites)).toBeGreaterThan(0.99);
    expect(lesson.source).toContain("347.2 requests/s × 5 transitions ≈ **1,736 writes a second**");
  });

  it("concurrent rides by Little's law: 115.74 × 1,500 ≈ 173,600, × 3 ≈ 520,800; 720K connections on 8 gateways", () => {
    expect(Math.round(concurrentRidesAverage / 100) * 100).toBe(173_600);
    expect(Math.round(concurrentRidesPeak / 100) * 100).toBe(520_800);
    expectNumeric("concurrent-rides", concurrentRidesPeak, "rides", {
      "k rides": concurrentRidesPeak / 1000,
      "M rides": concurrentRidesPeak / 1e6,
    });
    expect(Math.floor(connections / 10_000) * 10_000).toBe(720_000);
    expect(Math.ceil(connections / CONNECTIONS_PER_GATEWAY)).toBe(8);
    // Browsing riders on sockets too would almost quadruple the connections.
    const withBrowsing = (connections + ridersBrowsing) / connections;
    expect(withBrowsing).toBeGreaterThan(3.5);
    expect(withBrowsing).toBeLessThan(4);
  });

  it("the geo index is 200,000 × 100 B = 20 MB", () => {
    expect(driversOnline).toBe(200_000);
    expect(indexMegabytes).toBe(20);
    expectNumeric("geo-index-memory", indexMegabytes, "MB", { GB: 0.02, KB: 20_000 });
  });

  it("consistency per item: ride transitions, reservations and charges strong; icons eventual; own changes read-your-writes", () => {
    expectDecisions("consistency-per-item", {
      "map-icon": "eventual",
      "rider-own-rating": "ryw",
      "cancel-versus-accept": "strong",
      "driver-reserved": "strong",
      "charged-or-not": "strong",
      "history-after-ride": "ryw",
    });
  });

  it("the geo-cell explorer's predictions are the model's", () => {
    expectSimulator("geo-cell-explorer", "GeoCellExplorer", GEO_SCENARIOS);
  });

  it("a 500 m search from a cell's centre reads 9 cells, ≈ 4.18 km², ≈ 209 drivers for ≈ 39 inside the circle", () => {
    const search = searchCells({ point: CENTRE_POINT, radiusM: 500, precision: 6 });
    expect(search.read).toHaveLength(9);
    expect((search.widthM / 1000).toFixed(2)).toBe("0.76");
    expect((search.heightM / 1000).toFixed(2)).toBe("0.61");
    expect(search.areaReadKm2.toFixed(2)).toBe("4.18");
    const scanned = search.areaReadKm2 * ASSUMED_DRIVERS_PER_KM2;
    expect(Math.round(scanned)).toBe(209);
    expectNumeric("drivers-scanned", scanned, "drivers");
    expect(Math.round(search.circleAreaKm2 * ASSUMED_DRIVERS_PER_KM2)).toBe(39);
    expect(search.circleAreaKm2.toFixed(2)).toBe("0.79");
    expect(lesson.source).toContain("≈ **209 drivers**");
    expect(lesson.source).toContain("about 39 drivers");
  });

  it("a 1 km search: precision 5 reads 4 cells (59 km²), 6 reads 15 (7 km²), 7 reads 256 (3.7 km²); 6 is the choice", () => {
    const at = (precision: number) => searchCells({ point: CENTRE_POINT, radiusM: 1000, precision });
    const [five, six, seven] = [at(5), at(6), at(7)];
    expect([five.read.length, six.read.length, seven.read.length]).toEqual([4, 15, 256]);
    expect([five.areaReadKm2, six.areaReadKm2, seven.areaReadKm2].map((km2) => Math.round(km2 * 10) / 10)).toEqual([
      59.5, 7, 3.7,
    ]);
    expect(Math.round((five.areaReadKm2 * ASSUMED_DRIVERS_PER_KM2) / 10) * 10).toBe(2_970);
    expect(Math.round((six.areaReadKm2 * ASSUMED_DRIVERS_PER_KM2) / 10) * 10).toBe(350);
    expect(Math.round(six.circleAreaKm2 * ASSUMED_DRIVERS_PER_KM2)).toBe(157);
    const question = String(lesson.block("precision-for-1km").props.question);
    expect(question).toContain("precision 5, 4 cells covering 59 km²");
    expect(question).toContain("precision 6, 15 cells covering 7 km²");
    expect(question).toContain("precision 7, 256 cells covering 3.7 km²");
    expectSingleChoice("precision-for-1km", /^Precision 6/, [/^Precision 5/, /^Precision 7/]);
  });

  it("a search near a zone edge reads the overlapping cells from both zones", () => {
    expectSingleChoice("zone-edge-search", /^Read the cells the circle overlaps/, [
      /^Read only the rider's own zone/,
      /^Re-shard the city/,
      /^Send the search to every zone/,
    ]);
    // The reference's "4 to 9 cells" for a 500 m search at precision 6 in London.
    const corner = searchCells({ point: CORNER_POINT, radiusM: WORKED.radiusM, precision: WORKED.precision });
    const centre = searchCells({ point: CENTRE_POINT, radiusM: WORKED.radiusM, precision: WORKED.precision });
    expect([corner.read.length, centre.read.length]).toEqual([4, 9]);
    expect(WORKED.place).toEqual(PLACES[0].point);
  });

  it("matching reserves the driver with a conditional write before the offer is pushed", () => {
    expectOrdering("match-a-request", [
      /stored as a ride in state requested/,
      /reads candidate drivers/,
      /ranks them/,
      /only if still available/,
      /offer is pushed/,
      /driver accepts/,
      /Both apps receive/,
    ]);
  });

  it("a dropped phone leaves the ride in progress, and a retried end-trip completes it once", () => {
    expect(lesson.score("phone-drops-mid-ride", { predictions: [0, 1] })).toMatchObject({ score: 1, correct: true });
    expect(lesson.score("phone-drops-mid-ride", { predictions: [1, 0] }).score).toBe(0);
  });

  it("the idempotency key is the ride's id", () => {
    expectSingleChoice("which-idempotency-key", /^The ride's id/, [
      /^A new random UUID/,
      /^The rider's id/,
      /^The time the charge was sent/,
    ]);
  });

  it("the interviewer's follow-ups: 12 cards, own choices each, answers spread over the positions", () => {
    const expected = {
      "websocket-for-browsing": "a",
      "gateway-server-dies": "c",
      "match-time-up-drivers-steady": "our-bug",
      "cross-region-replicas": "a",
      "hot-megacity": "b",
      "errors-flat-unmatched-up": "supply",
      "matcher-crashes": "a",
      "drivers-vanish-one-city": "our-bug",
      "add-surge-later": "c",
      "pending-payments-pile": "provider",
      "history-by-rider": "b",
      "pooling-impact": "a",
    };
    expectDecisions("interviewer-follow-ups", expected, { minimum: 12 });
    // 15% of the 150,000 peak location writes land on one megacity.
    expect(0.15 * row("location").peakQps).toBe(22_500);
    expect(lesson.source).toContain("15% of 150,000 is 22,500");
  });
});

describe("the ride-sharing reference answer agrees with the preset", () => {
  const answer = reference.answer!;

  it("keeps chapter 1's eight requirements and six parked features, and names the preset", () => {
    expect(reference.referenceRequirements).toHaveLength(8);
    expect(reference.referenceParkingLot).toHaveLength(6);
    expect(answer.estimatePreset).toBe("ride-sharing");
    expect(answer.design.length).toBeGreaterThanOrEqual(5);
    expect(answer.design.length).toBeLessThanOrEqual(9);
    expect(answer.followUps.length).toBeGreaterThanOrEqual(5);
    expect(answer.followUps.length).toBeLessThanOrEqual(8);
  });

  it("the preset's reference lines are the funnel's figures", () => {
    const lines = preset.reference!.join("\n");
    expect(lines).toContain(
      `${driversOnline.toLocaleString("en-US")} drivers online; ${formatCount(ridersBrowsing)} riders`,
    );
    expect(lines).toContain("50K/s average → 150K/s peak");
    expect(lines).toContain("200K/s average → 600K/s peak");
    expect(funnel.ratioText).toBe("4:1");
    expect(funnel.workload.class).toBe("read-heavy");
    expect(funnel.storage.perDay).toBe(10e9);
    expect(funnel.storage.perYear).toBe(3.65e12);
    expect(funnel.storage.overHorizon).toBe(18.25e12);
    expect(lines).toContain("10 GB/day, 3.65 TB/year, 18.25 TB over 5 years");
    expect(row("location").ingress).toBe(38.4e6);
    expect((row("location").ingress * 8) / 1e6).toBeCloseTo(307.2, 6);
    expect(funnel.bandwidth.egress).toBe(1.2e9);
    expect((funnel.bandwidth.egress * 8) / 1e9).toBeCloseTo(9.6, 9);
    expect(lines).toContain("egress ~1.2 GB/s (9.6 Gbps)");
    expect(funnel.servers.appServersForReads).toBe(300);
    expect(lines).toContain("600K reads ÷ 2K per server = 300 app servers");
    expect(Math.round(funnel.servers.writeLoadOverLimit)).toBe(30);
  });

  it("every figure the answer quotes is recomputed", () => {
    const text = JSON.stringify(answer);
    // Servers for reads, and 150K writes against one 5K primary.
    expect(text).toContain(`about ${funnel.servers.appServersForReads} servers at 2K requests a second`);
    expect(preset.inputs.limits.dbPrimaryWriteQps).toBe(5_000);
    expect(text).toContain("about 30 times what one relational primary takes (5K)");
    // Connections, index size, ride requests and state writes.
    expect(text).toContain("roughly 720K connections at peak (200K drivers plus about 520K riders in a ride)");
    expect(Math.round(concurrentRidesPeak / 10_000) * 10).toBe(520);
    expect(text).toContain("about 20 MB (200K drivers × ~100 B)");
    expect(text).toContain("200K drivers × ~100 B ≈ 20 MB");
    expect(text).toContain("about 347 requests a second at peak, under 2,000 state writes a second");
    expect(text).toContain("about 347 ride requests a second at peak and five or so transitions each, under 2,000");
    // Egress, peak location writes and the update interval a lost index costs.
    expect(text).toContain("are 1.2 GB/s (9.6 Gbps)");
    expect(text).toContain("150K location writes a second at peak");
    expect(preset.inputs.features.find((feature) => feature.id === "location")!.rate).toEqual({
      unit: "every-seconds",
      value: 4,
    });
    expect(text).toContain("one update interval (4 s)");
    // The geo cells: 4 to 9 cells of 0.76 × 0.61 km at precision 6 in London for 500 m.
    const centre = searchCells({ point: CENTRE_POINT, radiusM: 500, precision: 6 });
    expect(text).toContain(
      `reads 4 to 9 cells of about ${(centre.widthM / 1000).toFixed(2)} × ${(centre.heightM / 1000).toFixed(2)} km`,
    );
    // 150K writes is about 30 primaries' worth.
    expect(text).toContain("about 30 primaries' worth of writes");
  });
});
