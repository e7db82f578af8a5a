import ngeohash from "ngeohash";
import { formatNumber } from "@/lib/format/number";

/**
 * Geohash cells around a point, and which of them a radius search must read.
 * Pure and deterministic; encoding comes from the `ngeohash` package, the cell
 * arithmetic (sizes, the grid, the overlap test) is ours.
 *
 * A geohash of precision p has 5p bits, interleaved longitude first, so the
 * longitude gets ceil(5p / 2) bits and the latitude floor(5p / 2). Every cell
 * at one precision is the same number of degrees; in metres a cell narrows
 * towards the poles (its width scales with cos(latitude)).
 *
 * A cell is "read" when the search circle overlaps it: the nearest point of
 * the cell to the search point is within the radius. Distances use the
 * haversine formula on a sphere of mean radius 6,371 km; taking the nearest
 * point by clamping latitude and longitude is exact enough (well under a
 * metre off) for cells and radii of city size.
 */
export type LatLon = { lat: number; lon: number };

export const EARTH_RADIUS_M = 6_371_000;
const M_PER_DEGREE = (Math.PI * EARTH_RADIUS_M) / 180;
const RADIANS = Math.PI / 180;

/** Precisions the explorer offers: from ≈ 156 km cells down to ≈ 38 m. */
export const MIN_PRECISION = 3;
export const MAX_PRECISION = 8;
export const MAX_RADIUS_M = 50_000;
/** A search range larger than this many cells is refused rather than enumerated. */
export const MAX_CELLS_IN_RANGE = 100_000;
/** The grid is drawn only up to this many cells a side (the table and counts always work). */
export const MAX_DRAWN_SIDE = 13;

export function cellDegrees(precision: number) {
  const bits = 5 * precision;
  const lonBits = Math.ceil(bits / 2);
  const latBits = Math.floor(bits / 2);
  return { latDeg: 180 / 2 ** latBits, lonDeg: 360 / 2 ** lonBits, rows: 2 ** latBits, cols: 2 ** lonBits };
}

/** A cell's width (east–west) and height (north–south) in metres at a latitude. */
export function cellSizeM(precision: number, lat: number) {
  const { latDeg, lonDeg } = cellDegrees(precision);
  return { widthM: lonDeg * M_PER_DEGREE * Math.cos(lat * RADIANS), heightM: latDeg * M_PER_DEGREE };
}

/** Great-circle distance in metres (haversine). */
export function distanceM(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const encodeCell = (point: LatLon, precision: number) => ngeohash.encode(point.lat, point.lon, precision);

/** The 8 neighbours of a cell, named by compass direction. */
export function neighbours(hash: string): Record<"n" | "ne" | "e" | "se" | "s" | "sw" | "w" | "nw", string> {
  const [n, ne, e, se, s, sw, w, nw] = ngeohash.neighbors(hash) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return { n, ne, e, se, s, sw, w, nw };
}

/** How many leading characters two geohashes share. */
export function sharedPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export type Cell = {
  hash: string;
  south: number;
  west: number;
  north: number;
  east: number;
  /** The searched point is in this cell. */
  home: boolean;
  /** The search circle overlaps this cell, so the search must read it. */
  read: boolean;
  /** From the point to the nearest point of the cell, in metres (0 for the home cell). */
  nearestM: number;
  /** Offset from the home cell in cells: +1 row is north, +1 column is east. */
  dRow: number;
  dCol: number;
};

export type CellSearch = {
  home: string;
  widthM: number;
  heightM: number;
  /** The cells the search reads, north to south, west to east. */
  read: Cell[];
  /** The cells around the search (its range plus one ring) as rows north to south; null when too many to draw. */
  grid: Cell[][] | null;
  /** Area of the cells read, km². */
  areaReadKm2: number;
  /** Area of the search circle itself, km². */
  circleAreaKm2: number;
};

export type SearchInput = { point: LatLon; radiusM: number; precision: number };

/** Null when the search can be run; otherwise what is wrong, in words. */
export function searchProblem({ point, radiusM, precision }: SearchInput): string | null {
  if (!Number.isInteger(precision) || precision < MIN_PRECISION || precision > MAX_PRECISION)
    return `The precision must be a whole number from ${MIN_PRECISION} to ${MAX_PRECISION}.`;
  if (!(Math.abs(point.lat) <= 80))
    return "The latitude must be between −80 and 80 (cells get too narrow near the poles).";
  if (!(point.lon >= -180 && point.lon < 180)) return "The longitude must be from −180 up to (not including) 180.";
  if (!(radiusM > 0 && radiusM <= MAX_RADIUS_M))
    return `The radius must be more than 0 and at most ${formatNumber(MAX_RADIUS_M)} m.`;
  const range = cellRange(point, radiusM, precision);
  const inRange = (range.rowMax - range.rowMin + 1) * (range.colMax - range.colMin + 1);
  if (inRange > MAX_CELLS_IN_RANGE)
    return `That search spans about ${formatNumber(inRange)} cells: far too fine a precision for this radius. Choose a coarser precision or a smaller radius.`;
  return null;
}

/** Rows and columns (global indices) of the cells the circle's bounding box touches. */
function cellRange(point: LatLon, radiusM: number, precision: number) {
  const { latDeg, lonDeg, rows } = cellDegrees(precision);
  const dLat = radiusM / M_PER_DEGREE;
  const dLon = dLat / Math.cos(point.lat * RADIANS);
  const row = (lat: number) => Math.min(rows - 1, Math.max(0, Math.floor((lat + 90) / latDeg)));
  const col = (lon: number) => Math.floor((lon + 180) / lonDeg);
  return {
    homeRow: row(point.lat),
    homeCol: col(point.lon),
    rowMin: row(point.lat - dLat),
    rowMax: row(point.lat + dLat),
    colMin: col(point.lon - dLon),
    colMax: col(point.lon + dLon),
  };
}

function cellAt(
  point: LatLon,
  precision: number,
  row: number,
  col: number,
  home: { row: number; col: number },
  radiusM: number,
): Cell {
  const { latDeg, lonDeg, cols } = cellDegrees(precision);
  const south = row * latDeg - 90;
  const west = col * lonDeg - 180; // may be outside ±180 near the antimeridian; wrapped for the hash only
  const nearest = {
    lat: Math.min(south + latDeg, Math.max(south, point.lat)),
    lon: Math.min(west + lonDeg, Math.max(west, point.lon)),
  };
  const wrappedWest = (((col % cols) + cols) % cols) * lonDeg - 180;
  const nearestM = distanceM(point, nearest);
  return {
    hash: ngeohash.encode(south + latDeg / 2, wrappedWest + lonDeg / 2, precision),
    south,
    west: wrappedWest,
    north: south + latDeg,
    east: wrappedWest + lonDeg,
    home: row === home.row && col === home.col,
    read: nearestM <= radiusM,
    nearestM,
    dRow: row - home.row,
    dCol: col - home.col,
  };
}

/** Runs a radius search over geohash cells. Throws on input `searchProblem` refuses. */
export function searchCells(input: SearchInput): CellSearch {
  const problem = searchProblem(input);
  if (problem) throw new RangeError(problem);
  const { point, radiusM, precision } = input;
  const range = cellRange(point, radiusM, precision);
  const { rows } = cellDegrees(precision);
  const home = { row: range.homeRow, col: range.homeCol };
  const read: Cell[] = [];
  for (let row = range.rowMax; row >= range.rowMin; row--) {
    for (let col = range.colMin; col <= range.colMax; col++) {
      const cell = cellAt(point, precision, row, col, home, radiusM);
      if (cell.read) read.push(cell);
    }
  }
  const drawn = range.rowMax - range.rowMin + 3 <= MAX_DRAWN_SIDE && range.colMax - range.colMin + 3 <= MAX_DRAWN_SIDE;
  const grid: Cell[][] | null = drawn ? [] : null;
  if (grid) {
    for (let row = Math.min(rows - 1, range.rowMax + 1); row >= Math.max(0, range.rowMin - 1); row--) {
      const line: Cell[] = [];
      for (let col = range.colMin - 1; col <= range.colMax + 1; col++)
        line.push(cellAt(point, precision, row, col, home, radiusM));
      grid.push(line);
    }
  }
  const areaReadKm2 = read.reduce((sum, cell) => {
    const size = cellSizeM(precision, (cell.south + cell.north) / 2);
    return sum + (size.widthM * size.heightM) / 1e6;
  }, 0);
  const { widthM, heightM } = cellSizeM(precision, point.lat);
  return {
    home: encodeCell(point, precision),
    widthM,
    heightM,
    read,
    grid,
    areaReadKm2,
    circleAreaKm2: (Math.PI * radiusM ** 2) / 1e6,
  };
}

/** A point `insetM` metres north and east of the south-west corner of its cell. */
export function nearSouthWestCorner(point: LatLon, precision: number, insetM: number): LatLon {
  const [south, west] = ngeohash.decode_bbox(encodeCell(point, precision));
  return { lat: south + insetM / M_PER_DEGREE, lon: west + insetM / (M_PER_DEGREE * Math.cos(point.lat * RADIANS)) };
}

/** The centre of the cell the point is in. */
export function cellCentre(point: LatLon, precision: number): LatLon {
  const [south, west, north, east] = ngeohash.decode_bbox(encodeCell(point, precision));
  return { lat: (south + north) / 2, lon: (west + east) / 2 };
}
