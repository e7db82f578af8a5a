import ngeohash from "ngeohash";
import { describe, expect, it } from "vitest";
import {
  cellSizeM,
  distanceM,
  encodeCell,
  neighbours,
  searchCells,
  searchProblem,
  sharedPrefixLength,
} from "@/lib/geo/geohash-cells";
import { CENTRE_POINT, CORNER_POINT, GEO_SCENARIOS, MERIDIAN_PAIR, PLACES, WORKED } from "@/lib/geo/scenarios";

const london = PLACES[0].point;

describe("geohash cell sizes", () => {
  it("makes a precision-6 cell about 1.2 km × 0.6 km at the equator, narrower in London", () => {
    const equator = cellSizeM(6, 0);
    expect(equator.widthM).toBeCloseTo(1222, 0);
    expect(equator.heightM).toBeCloseTo(611, 0);
    expect(cellSizeM(6, 51.5).widthM).toBeCloseTo(760, -1);
    expect(cellSizeM(6, 51.5).heightM).toBe(equator.heightM);
  });

  it("splits a cell into 32 children per extra character, alternating the longer side", () => {
    const five = cellSizeM(5, 0);
    const six = cellSizeM(6, 0);
    expect((five.widthM * five.heightM) / (six.widthM * six.heightM)).toBeCloseTo(32, 6);
    expect(cellSizeM(7, 0).widthM).toBeCloseTo(six.widthM / 8, 6);
  });
});

describe("searchCells", () => {
  it("labels cells with the same hashes and bounds as the geohash library", () => {
    const search = searchCells({ point: london, radiusM: 500, precision: 6 });
    expect(search.home).toBe("gcpvj0");
    for (const cell of search.grid!.flat()) {
      const [south, west, north, east] = ngeohash.decode_bbox(cell.hash);
      expect([cell.south, cell.west, cell.north, cell.east].map((v) => v.toFixed(9))).toEqual(
        [south, west, north, east].map((v) => v.toFixed(9)),
      );
    }
  });

  it("reads only the home cell and the west, south and south-west neighbours from near the south-west corner", () => {
    const search = searchCells({ point: CORNER_POINT, radiusM: WORKED.radiusM, precision: WORKED.precision });
    const around = neighbours(search.home);
    expect(search.read.map((cell) => cell.hash).sort()).toEqual([search.home, around.w, around.s, around.sw].sort());
    expect(search.read.find((cell) => cell.home)?.nearestM).toBe(0);
  });

  it("reads all 9 cells for the same radius from the cell's centre, and only 1 for a small radius", () => {
    expect(searchCells({ point: CENTRE_POINT, radiusM: 500, precision: 6 }).read).toHaveLength(9);
    expect(searchCells({ point: CENTRE_POINT, radiusM: 200, precision: 6 }).read).toHaveLength(1);
  });

  it("reads hundreds of cells when the precision is too fine, and hundreds of km² when too coarse", () => {
    const fine = searchCells({ point: london, radiusM: 2000, precision: 7 });
    expect(fine.read.length).toBeGreaterThan(800);
    expect(fine.grid).toBeNull();
    expect(fine.areaReadKm2 / fine.circleAreaKm2).toBeLessThan(1.2);
    const coarse = searchCells({ point: london, radiusM: 1000, precision: 4 });
    expect(coarse.read.length).toBeLessThanOrEqual(4);
    expect(coarse.areaReadKm2 / coarse.circleAreaKm2).toBeGreaterThan(100);
  });

  it("refuses what it cannot run, in words", () => {
    expect(searchProblem({ point: london, radiusM: 0, precision: 6 })).toMatch(/radius/);
    expect(searchProblem({ point: london, radiusM: 500, precision: 9 })).toMatch(/precision/);
    expect(searchProblem({ point: { lat: 85, lon: 0 }, radiusM: 500, precision: 6 })).toMatch(/latitude/);
    expect(searchProblem({ point: london, radiusM: 50_000, precision: 8 })).toMatch(/spans about/);
    expect(() => searchCells({ point: london, radiusM: -1, precision: 6 })).toThrow(RangeError);
  });

  it("wraps across the antimeridian", () => {
    const search = searchCells({ point: { lat: 0, lon: 179.999 }, radiusM: 2000, precision: 6 });
    expect(search.read.some((cell) => cell.west < 0)).toBe(true);
    expect(search.read.every((cell) => cell.west >= -180 && cell.east <= 180)).toBe(true);
  });
});

describe("the prefix edge case", () => {
  it("gives two points 10 m apart across the prime meridian no shared geohash character", () => {
    const [a, b] = MERIDIAN_PAIR;
    expect(distanceM(a, b)).toBeGreaterThan(9);
    expect(distanceM(a, b)).toBeLessThan(11);
    expect(sharedPrefixLength(encodeCell(a, 6), encodeCell(b, 6))).toBe(0);
    // Yet each is in the other's neighbour ring, which is why a nearby search reads the neighbours.
    expect(Object.values(neighbours(encodeCell(a, 6)))).toContain(encodeCell(b, 6));
  });

  it("misses a driver 10 m away with a prefix match at an ordinary cell edge too", () => {
    const [south, west] = ngeohash.decode_bbox(encodeCell(london, 6));
    const inside = { lat: south + 0.00004, lon: west + 0.0001 };
    const outside = { lat: south - 0.00005, lon: west + 0.0001 };
    expect(distanceM(inside, outside)).toBeLessThan(11);
    expect(encodeCell(inside, 6)).not.toBe(encodeCell(outside, 6));
    expect(sharedPrefixLength(encodeCell(inside, 6), encodeCell(outside, 6))).toBeLessThan(6);
  });
});

describe("GEO_SCENARIOS answer keys", () => {
  it("come from the model", () => {
    expect(GEO_SCENARIOS["corner-search"]!.answer).toBe("4");
    expect(GEO_SCENARIOS["centre-search"]!.answer).toBe("9");
    expect(GEO_SCENARIOS["prefix-boundary"]!.answer).toBe("0");
    for (const scenario of Object.values(GEO_SCENARIOS))
      expect(scenario.options.map((option) => option.id)).toContain(scenario.answer);
  });
});
