"use client";

import { useId, useMemo, useState } from "react";
import { PredictionPrompt, usePrediction } from "@/components/lessons/blocks/prediction-prompt";
import { colourOf, RingFigure } from "@/components/simulators/sharding/ring-figure";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { ScrollRegion } from "@/components/ui/scroll-region";
import {
  arcShares,
  expectedModNMovedShare,
  modNMovedShare,
  movedArcShare,
  movedKeys,
  ownerAt,
  replicasAt,
  spreadOf,
  tokensFor,
  type RingNode,
} from "@/lib/sharding/ring";
import { NAMED_KEYS, RING_PRESETS, RING_SCENARIOS, ringPreset, SIM_KEYS } from "@/lib/sharding/ring-scenarios";

const MAX_SLIDER_VNODES = 64;
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * A consistent-hash ring the learner changes after predicting: add and remove
 * nodes, raise the virtual nodes, set the replication factor. Keys are dotted
 * in their owner's colour; after each change the keys that moved are outlined
 * and counted against what hash mod N would have moved.
 */
export function ConsistentHashRing({ id }: { id: string }) {
  const uid = useId();
  const prediction = usePrediction(id, RING_SCENARIOS);
  const [presetId, setPresetId] = useState(RING_PRESETS[0]!.id);
  const preset = ringPreset(presetId);
  const [nodes, setNodes] = useState<RingNode[]>([...preset.nodes]);
  const [previous, setPrevious] = useState<{ nodes: RingNode[]; vnodes: number } | null>(null);
  const [vnodes, setVnodes] = useState(preset.vnodes);
  const [rf, setRf] = useState(preset.rf);
  const [position, setPosition] = useState("150");
  const [problem, setProblem] = useState<string | null>(null);
  const unlocked = prediction.answered(preset.scenario);

  const nodeIds = useMemo(() => [...nodes.map((node) => node.id)].sort(), [nodes]);
  const tokens = useMemo(() => tokensFor(nodes, vnodes), [nodes, vnodes]);
  const shares = useMemo(() => arcShares(tokens), [tokens]);
  const spread = spreadOf(shares);
  const replicas = Math.min(rf, nodes.length);

  const change = useMemo(() => {
    if (!previous) return null;
    const before = tokensFor(previous.nodes, previous.vnodes);
    const moves = movedKeys(SIM_KEYS, before, tokens);
    const n = previous.nodes.length;
    const m = nodes.length;
    return {
      moves,
      arc: movedArcShare(before, tokens),
      n,
      m,
      modN:
        n === m
          ? null
          : modNMovedShare(
              SIM_KEYS.map((key) => key.key),
              n,
              m,
            ),
      modNExpected: n === m ? null : expectedModNMovedShare(n, m),
    };
  }, [previous, tokens, nodes.length]);
  const moved = useMemo(() => new Set(change?.moves.map((move) => move.key) ?? []), [change]);

  const choosePreset = (nextId: string) => {
    const next = ringPreset(nextId);
    setPresetId(nextId);
    setNodes([...next.nodes]);
    setVnodes(next.vnodes);
    setRf(next.rf);
    setPrevious(null);
    setProblem(null);
  };

  const applyNodes = (next: RingNode[]) => {
    setPrevious({ nodes, vnodes });
    setNodes(next);
    setRf((current) => Math.min(current, next.length));
    setProblem(null);
  };

  const addNode = () => {
    const degrees = Number(position);
    if (position.trim() === "" || !Number.isFinite(degrees) || degrees < 0 || degrees >= 360) {
      setProblem("Give a position from 0 to 359.9 degrees.");
      return;
    }
    if (nodes.some((node) => node.position === degrees)) {
      setProblem(`A node already sits at ${degrees}°: choose another position.`);
      return;
    }
    let number = nodes.length + 1;
    while (nodes.some((node) => node.id === `S${number}`)) number++;
    applyNodes([...nodes, { id: `S${number}`, position: degrees }]);
  };

  const changeApplied =
    preset.change !== null &&
    nodes.length === preset.change.nodes.length &&
    preset.change.nodes.every((node) => nodes.some((n) => n.id === node.id && n.position === node.position));

  const description = `A ring with ${nodes.length} nodes (${nodes
    .map((node) => `${node.id} at ${node.position}°`)
    .join(
      ", ",
    )}), ${vnodes} virtual node${vnodes === 1 ? "" : "s"} each, and ${SIM_KEYS.length} keys coloured by owner. The tables below list every owner by name.`;

  return (
    <div className="space-y-5" data-testid="consistent-hash-ring">
      <label className="block space-y-1 text-sm">
        <span className="font-medium">Scenario</span>
        <select className={inputClasses} value={presetId} onChange={(event) => choosePreset(event.target.value)}>
          {RING_PRESETS.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.label}
            </option>
          ))}
        </select>
      </label>
      <p className="text-sm text-muted">{preset.description}</p>

      <PredictionPrompt id={id} scenarios={RING_SCENARIOS} scenario={preset.scenario} />

      {unlocked ? (
        <section className="space-y-5" aria-label="The ring">
          <div className="flex flex-wrap gap-3">
            {preset.change && !changeApplied ? (
              <Button size="sm" onClick={() => applyNodes([...preset.change!.nodes])}>
                {preset.change.label}
              </Button>
            ) : null}
            <Button variant="secondary" size="sm" onClick={() => choosePreset(presetId)}>
              Start this scenario again
            </Button>
          </div>

          <RingFigure
            tokens={tokens}
            nodeIds={nodeIds}
            keys={SIM_KEYS}
            namedKeys={NAMED_KEYS}
            moved={moved}
            description={description}
          />

          <div aria-live="polite" className="text-sm">
            {change ? (
              <div className="space-y-1 rounded-md border border-border bg-surface p-3">
                <p>
                  <strong>Last change:</strong> {change.moves.length} of {SIM_KEYS.length} keys moved (outlined on the
                  ring); exactly {percent(change.arc)} of the ring changed owner.
                  {change.moves.length > 0
                    ? ` From: ${[...new Set(change.moves.map((move) => move.from))].sort().join(", ")}. To: ${[
                        ...new Set(change.moves.map((move) => move.to)),
                      ]
                        .sort()
                        .join(", ")}.`
                    : ""}
                </p>
                {change.modN !== null && change.modNExpected !== null ? (
                  <p>
                    <strong>
                      Hash mod N, {change.n} → {change.m} servers:
                    </strong>{" "}
                    {percent(change.modN)} of the same keys would move (expected for uniform keys:{" "}
                    {percent(change.modNExpected)}).
                  </p>
                ) : null}
              </div>
            ) : (
              <p className="text-muted">Change the ring to see which keys move.</p>
            )}
          </div>

          <fieldset className="space-y-3 rounded-md border border-border p-3">
            <legend className="px-1 text-sm font-semibold">Change the ring</legend>
            <div className="flex flex-wrap items-end gap-3">
              <label className="space-y-1 text-sm" htmlFor={`${uid}-position`}>
                <span className="block font-medium">New node at (degrees)</span>
                <input
                  id={`${uid}-position`}
                  className={`${inputClasses} w-32`}
                  type="number"
                  min={0}
                  max={359.9}
                  step={0.1}
                  value={position}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `${uid}-problem` : undefined}
                  onChange={(event) => setPosition(event.target.value)}
                />
              </label>
              <Button size="sm" variant="secondary" onClick={addNode} disabled={nodes.length >= 8}>
                Add a node
              </Button>
            </div>
            {problem ? (
              <p id={`${uid}-problem`} className="text-sm text-danger">
                {problem}
              </p>
            ) : null}
            <label className="block space-y-1 text-sm" htmlFor={`${uid}-vnodes`}>
              <span className="block font-medium">Virtual nodes per node: {vnodes}</span>
              <input
                id={`${uid}-vnodes`}
                type="range"
                min={1}
                max={MAX_SLIDER_VNODES}
                value={vnodes}
                className="w-full"
                onChange={(event) => {
                  setPrevious({ nodes, vnodes });
                  setVnodes(Number(event.target.value));
                }}
              />
            </label>
            <label className="block space-y-1 text-sm" htmlFor={`${uid}-rf`}>
              <span className="block font-medium">Replication factor (RF)</span>
              <select
                id={`${uid}-rf`}
                className={`${inputClasses} w-32`}
                value={replicas}
                onChange={(event) => setRf(Number(event.target.value))}
              >
                {[1, 2, 3]
                  .filter((value) => value <= nodes.length)
                  .map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
              </select>
            </label>
          </fieldset>

          <NodeTable
            nodes={nodes}
            nodeIds={nodeIds}
            shares={shares}
            onRemove={(nodeId) => applyNodes(nodes.filter((node) => node.id !== nodeId))}
          />
          <p className="text-sm">
            Busiest node: {percent(spread.max)} of the ring; idlest: {percent(spread.min)}
            {Number.isFinite(spread.ratio) ? ` (${spread.ratio.toFixed(2)}× apart)` : ""}. An even split would give each{" "}
            {percent(1 / nodes.length)}.
          </p>

          <ScrollRegion label="Where the named keys live">
            <table className="w-full min-w-[22rem] text-left text-sm">
              <caption className="mb-2 text-left text-muted">
                The named keys, their owner and, with RF = {replicas}, every node that stores them.
              </caption>
              <thead>
                <tr className="border-b border-border">
                  <th scope="col" className="py-1 pr-3">
                    Key
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Position
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Owner
                  </th>
                  <th scope="col" className="py-1">
                    Stored on (clockwise)
                  </th>
                </tr>
              </thead>
              <tbody>
                {NAMED_KEYS.map((key) => (
                  <tr key={key.key} className="border-b border-border">
                    <th scope="row" className="py-1 pr-3 font-medium">
                      {key.key}
                    </th>
                    <td className="py-1 pr-3 tabular-nums">{key.angle}°</td>
                    <td className="py-1 pr-3">{ownerAt(tokens, key.angle)}</td>
                    <td className="py-1">{replicasAt(tokens, key.angle, replicas).join(" → ")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </section>
      ) : (
        <p className="text-sm text-muted">Make your prediction above to open the ring.</p>
      )}
    </div>
  );
}

function NodeTable({
  nodes,
  nodeIds,
  shares,
  onRemove,
}: {
  nodes: readonly RingNode[];
  nodeIds: readonly string[];
  shares: Readonly<Record<string, number>>;
  onRemove: (nodeId: string) => void;
}) {
  const sorted = [...nodes].sort((a, b) => a.position - b.position);
  return (
    <ScrollRegion label="Nodes and their share of the ring">
      <table className="w-full min-w-[22rem] text-left text-sm">
        <caption className="mb-2 text-left text-muted">Each node, its position and its share of the keys.</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-1 pr-3">
              Node
            </th>
            <th scope="col" className="py-1 pr-3">
              Position
            </th>
            <th scope="col" className="py-1 pr-3">
              Share of the ring
            </th>
            <th scope="col" className="py-1">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((node) => (
            <tr key={node.id} className="border-b border-border">
              <th scope="row" className="py-1 pr-3 font-medium">
                <span className="flex items-center gap-2">
                  <span
                    aria-hidden="true"
                    className="inline-block size-3 rounded-full"
                    style={{ backgroundColor: colourOf(node.id, nodeIds) }}
                  />
                  {node.id}
                </span>
              </th>
              <td className="py-1 pr-3 tabular-nums">{node.position}°</td>
              <td className="py-1 pr-3">
                <span className="flex items-center gap-2">
                  <span className="w-14 text-right tabular-nums">{percent(shares[node.id] ?? 0)}</span>
                  <span
                    aria-hidden="true"
                    className="h-3 rounded-sm"
                    style={{
                      width: `${(shares[node.id] ?? 0) * 12}rem`,
                      backgroundColor: colourOf(node.id, nodeIds),
                    }}
                  />
                </span>
              </td>
              <td className="py-1">
                <Button
                  size="sm"
                  variant="ghost"
                  disabled={nodes.length <= 1}
                  onClick={() => onRemove(node.id)}
                  aria-label={`Remove ${node.id}`}
                >
                  Remove
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
