import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import {
  cellCentre,
  distanceM,
  encodeCell,
  nearSouthWestCorner,
  searchCells,
  sharedPrefixLength,
  type LatLon,
} from "@/lib/geo/geohash-cells";

/** Places to search from. The coordinates are public landmarks; the driver density is an assumption. */
export const PLACES = [
  { id: "london", label: "London, Trafalgar Square", point: { lat: 51.508, lon: -0.1281 } },
  { id: "new-york", label: "New York, Times Square", point: { lat: 40.758, lon: -73.9855 } },
  { id: "singapore", label: "Singapore, Raffles Place", point: { lat: 1.284, lon: 103.851 } },
  { id: "greenwich", label: "Greenwich, on the prime meridian", point: { lat: 51.4779, lon: 0 } },
] as const satisfies readonly { id: string; label: string; point: LatLon }[];

/** Assumption, invented for the exercise: active drivers per km² in a busy city centre. */
export const ASSUMED_DRIVERS_PER_KM2 = 50;

export const WORKED = { place: PLACES[0].point, precision: 6, radiusM: 500, insetM: 50 } as const;

/** Two points about 10 m apart, one each side of the prime meridian in Greenwich. */
export const MERIDIAN_PAIR: readonly [LatLon, LatLon] = [
  { lat: 51.4779, lon: -0.00007 },
  { lat: 51.4779, lon: 0.00007 },
];

export const CORNER_POINT = nearSouthWestCorner(WORKED.place, WORKED.precision, WORKED.insetM);
export const CENTRE_POINT = cellCentre(WORKED.place, WORKED.precision);

const fromCorner = searchCells({ point: CORNER_POINT, radiusM: WORKED.radiusM, precision: WORKED.precision });
const fromCentre = searchCells({ point: CENTRE_POINT, radiusM: WORKED.radiusM, precision: WORKED.precision });
const pairHashes = MERIDIAN_PAIR.map((point) => encodeCell(point, WORKED.precision)) as [string, string];
export const MERIDIAN_PAIR_METRES = distanceM(...MERIDIAN_PAIR);
const pairShared = sharedPrefixLength(...pairHashes);

const size = `${(fromCorner.widthM / 1000).toFixed(2)} km × ${(fromCorner.heightM / 1000).toFixed(2)} km`;
const COUNT_OPTIONS = [
  { id: "1", label: "1: just its own cell" },
  { id: "2", label: "2" },
  { id: "4", label: "4" },
  { id: "9", label: "9: its cell and all 8 neighbours" },
];

export const GEO_SCENARIOS: PredictionScenarios = {
  "corner-search": {
    question: `In central London a precision-6 geohash cell is about ${size}. A rider stands ${WORKED.insetM} m in from the south-west corner of their cell and searches for drivers within ${WORKED.radiusM} m. How many cells must the search read?`,
    options: COUNT_OPTIONS,
    answer: String(fromCorner.read.length),
    why: `The circle spills ${WORKED.radiusM - WORKED.insetM} m west and south, into the west, south and south-west neighbours, but it stops short of the north and east edges (more than ${WORKED.radiusM} m away). So ${fromCorner.read.length} cells, not 9: read only the neighbours the circle overlaps.`,
  },
  "centre-search": {
    question: `Same ${WORKED.radiusM} m search at precision 6, but now the rider stands at the centre of the cell. How many cells does it read?`,
    options: COUNT_OPTIONS,
    answer: String(fromCentre.read.length),
    why: `From the centre, every edge is about ${Math.round(fromCentre.heightM / 2)}–${Math.round(fromCentre.widthM / 2)} m away and even the corners are about ${Math.round(Math.hypot(fromCentre.widthM, fromCentre.heightM) / 2)} m away, all within ${WORKED.radiusM} m, so the circle touches all ${fromCentre.read.length} cells. The cell count depends on where the point sits in its cell, not only on the radius.`,
  },
  "prefix-boundary": {
    question: `Two drivers in Greenwich stand about ${Math.round(MERIDIAN_PAIR_METRES)} m apart, one each side of the prime meridian. How many leading characters do their precision-6 geohashes share?`,
    options: [
      { id: "0", label: "None" },
      { id: "3", label: "3" },
      { id: "5", label: "5" },
      { id: "6", label: "All 6: they are in the same cell" },
    ],
    answer: String(pairShared),
    why: `Their cells are ${pairHashes[0]} and ${pairHashes[1]}: a cell boundary runs between them, and this one is the boundary of the very first split, so not even the first character matches. A "same prefix" query would never find one from the other; a nearby search must also read the neighbouring cells.`,
  },
};
