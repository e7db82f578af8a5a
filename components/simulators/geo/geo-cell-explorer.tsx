"use client";

import { useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { CellGridFigure } from "@/components/simulators/geo/cell-grid-figure";
import { CellTables } from "@/components/simulators/geo/cell-tables";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { ShorthandNumberField } from "@/components/ui/shorthand-number-field";
import { NOT_A_NUMBER, parseNumber } from "@/lib/estimation/parse-number";
import {
  cellCentre,
  cellSizeM,
  MAX_PRECISION,
  MIN_PRECISION,
  nearSouthWestCorner,
  searchCells,
  searchProblem,
  type LatLon,
} from "@/lib/geo/geohash-cells";
import { ASSUMED_DRIVERS_PER_KM2, GEO_SCENARIOS, PLACES, WORKED } from "@/lib/geo/scenarios";
import { formatNumber } from "@/lib/format/number";

const KEYS = ["corner-search", "centre-search", "prefix-boundary"] as const;
const PRECISIONS = Array.from({ length: MAX_PRECISION - MIN_PRECISION + 1 }, (_, i) => MIN_PRECISION + i);
const whole = (value: number) => formatNumber(Math.round(value));
const size = (metres: number) =>
  metres >= 1000 ? `${(metres / 1000).toFixed(metres >= 10_000 ? 0 : 2)} km` : `${Math.round(metres)} m`;
const coordinate = (value: number) => value.toFixed(6);

/**
 * Geohash cells around a point and the cells a radius search must read. The
 * learner predicts three cases first (a search from a cell's corner, from its
 * centre, two points across a boundary); then the explorer opens, and each
 * prediction is saved as an attempt.
 */
export function GeoCellExplorer({ id }: { id: string }) {
  const prediction = usePrediction(id, GEO_SCENARIOS);
  const open = KEYS.every((key) => prediction.answered(key));
  return (
    <div className="space-y-4" data-testid="geo-cell-explorer">
      {KEYS.map((key) => (
        <PredictionPrompt key={key} id={id} scenarios={GEO_SCENARIOS} scenario={key} />
      ))}
      {open ? (
        <Explorer />
      ) : (
        <p className="text-sm text-muted">Make the three predictions above to open the explorer.</p>
      )}
    </div>
  );
}

function Explorer() {
  const start = PLACES[0].point;
  const [place, setPlace] = useState<string>(PLACES[0].id);
  const [lat, setLat] = useState(coordinate(start.lat));
  const [lon, setLon] = useState(coordinate(start.lon));
  const [precision, setPrecision] = useState<number>(WORKED.precision);
  const [radius, setRadius] = useState(String(WORKED.radiusM));
  const [density, setDensity] = useState(String(ASSUMED_DRIVERS_PER_KM2));

  const latValue = parseNumber(lat);
  const lonValue = parseNumber(lon);
  const point: LatLon | null = latValue === null || lonValue === null ? null : { lat: latValue, lon: lonValue };
  const radiusM = parseNumber(radius);
  const driversPerKm2 = parseNumber(density);
  const problem = point === null || radiusM === null ? null : searchProblem({ point, radiusM, precision });
  const search = point && radiusM !== null && !problem ? searchCells({ point, radiusM, precision }) : null;
  const moveTo = (next: LatLon) => {
    setPlace("custom");
    setLat(coordinate(next.lat));
    setLon(coordinate(next.lon));
  };
  const densityOk = driversPerKm2 !== null && driversPerKm2 >= 0;

  return (
    <div className="space-y-4 rounded-md border border-border p-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="space-y-1 text-sm">
          <span className="font-medium">Place</span>
          <select
            className={inputClasses}
            value={place}
            onChange={(event) => {
              const chosen = PLACES.find((entry) => entry.id === event.target.value);
              setPlace(event.target.value);
              if (chosen) {
                setLat(coordinate(chosen.point.lat));
                setLon(coordinate(chosen.point.lon));
              }
            }}
          >
            {PLACES.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label}
              </option>
            ))}
            <option value="custom">My own point</option>
          </select>
        </label>
        <label className="space-y-1 text-sm">
          <span className="font-medium">Precision (geohash length)</span>
          <select
            className={inputClasses}
            value={precision}
            onChange={(event) => setPrecision(Number(event.target.value))}
          >
            {PRECISIONS.map((p) => {
              const cell = cellSizeM(p, point && Math.abs(point.lat) <= 80 ? point.lat : start.lat);
              return (
                <option key={p} value={p}>
                  {p}: cells {size(cell.widthM)} × {size(cell.heightM)} here
                </option>
              );
            })}
          </select>
        </label>
        <ShorthandNumberField
          label="Latitude (°, north positive)"
          value={lat}
          error={parseNumber(lat) === null ? NOT_A_NUMBER : undefined}
          onChange={(text) => {
            setPlace("custom");
            setLat(text);
          }}
        />
        <ShorthandNumberField
          label="Longitude (°, east positive)"
          value={lon}
          error={parseNumber(lon) === null ? NOT_A_NUMBER : undefined}
          onChange={(text) => {
            setPlace("custom");
            setLon(text);
          }}
        />
        <ShorthandNumberField
          label="Search radius (m)"
          value={radius}
          error={radiusM === null ? NOT_A_NUMBER : undefined}
          onChange={setRadius}
        />
        <ShorthandNumberField
          label="Drivers per km² (an assumption)"
          value={density}
          error={densityOk ? undefined : "Enter a number of drivers, 0 or more."}
          onChange={setDensity}
        />
      </div>
      <div className="flex flex-wrap gap-3">
        <Button
          variant="secondary"
          size="sm"
          disabled={!point || !!problem}
          onClick={() => point && moveTo(nearSouthWestCorner(point, precision, WORKED.insetM))}
        >
          Move {WORKED.insetM} m in from the cell&apos;s south-west corner
        </Button>
        <Button
          variant="secondary"
          size="sm"
          disabled={!point || !!problem}
          onClick={() => point && moveTo(cellCentre(point, precision))}
        >
          Move to the cell&apos;s centre
        </Button>
      </div>

      <div aria-live="polite" className="space-y-1 text-sm">
        {problem ? <p className="text-danger">{problem}</p> : null}
        {search && radiusM !== null ? (
          <>
            <p>
              The point is in cell <strong className="font-mono">{search.home}</strong> ({size(search.widthM)} ×{" "}
              {size(search.heightM)}). A {size(radiusM)} search reads{" "}
              <strong>
                {whole(search.read.length)} {search.read.length === 1 ? "cell" : "cells"}
              </strong>
              : every cell the circle overlaps
              {search.read.length < 9 && search.read.length > 1 ? ", not all 8 neighbours" : ""}.
            </p>
            {densityOk ? (
              <p>
                At {whole(driversPerKm2!)} drivers per km² (assumed), those cells cover {search.areaReadKm2.toFixed(2)}{" "}
                km², so the search reads about <strong>{whole(driversPerKm2! * search.areaReadKm2)} drivers</strong> to
                find the about {whole(driversPerKm2! * search.circleAreaKm2)} inside the circle (
                {search.circleAreaKm2.toFixed(2)} km²).
              </p>
            ) : null}
          </>
        ) : null}
      </div>

      {search && radiusM !== null && point ? (
        <>
          {search.grid ? (
            <CellGridFigure search={search} point={point} radiusM={radiusM} />
          ) : (
            <p className="text-sm text-muted">Too many cells to draw; the table lists them.</p>
          )}
          <CellTables search={search} />
        </>
      ) : null}

      <p className="text-sm text-muted">
        Why the precision matters: each cell is one lookup in the geo index. Too fine, and a search covers hundreds of
        tiny cells (try a 2 km search at precision 7): many lookups, each nearly empty. Too coarse, and one cell is
        larger than the whole search (try precision 4): few lookups, but every driver in a huge area is read and then
        filtered by distance. Pick the precision whose cell is about the size of the search radius.
      </p>
    </div>
  );
}
