import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import {
  arcShares,
  expectedModNMovedShare,
  movedArcShare,
  movedKeys,
  ownerAt,
  replicasAt,
  sampleKeys,
  spreadOf,
  tokensFor,
  type RingNode,
} from "@/lib/sharding/ring";

/**
 * The worked example of the ConsistentHashRing and the predictions asked about
 * it. The positions are the lesson's: S1 at 90°, S2 at 240°, S3 at 330°, and
 * S4 added at 150°. Every answer below is computed by the model.
 */
export const BASE_NODES: readonly RingNode[] = [
  { id: "S1", position: 90 },
  { id: "S2", position: 240 },
  { id: "S3", position: 330 },
];
export const S4: RingNode = { id: "S4", position: 150 };
export const WITH_S4: readonly RingNode[] = [...BASE_NODES, S4];

/** Three named keys placed by hand, so a learner can follow them. */
export const NAMED_KEYS = [
  { key: "A", angle: 90 },
  { key: "B", angle: 200 },
  { key: "C", angle: 310 },
  { key: "D", angle: 120 },
] as const;

/** The keys the simulator draws and counts: hashed, so they spread like real ones. */
export const SIM_KEYS = sampleKeys(60);

/** The vnode counts compared in the load-spread prediction. */
export const FEW_VNODES = 1;
export const MANY_VNODES = 64;

export type RingPreset = {
  id: string;
  label: string;
  description: string;
  nodes: readonly RingNode[];
  /** The change the learner applies after predicting (null: none, only explore). */
  change: { label: string; nodes: readonly RingNode[] } | null;
  vnodes: number;
  rf: number;
  scenario: string;
};

export const RING_PRESETS: readonly RingPreset[] = [
  {
    id: "add-node",
    label: "Add S4 at 150°",
    description: "S1 sits at 90°, S2 at 240° and S3 at 330°. A fourth node, S4, joins at 150°.",
    nodes: BASE_NODES,
    change: { label: "Add S4 at 150°", nodes: WITH_S4 },
    vnodes: 1,
    rf: 1,
    scenario: "add-s4-source",
  },
  {
    id: "ring-vs-mod-n",
    label: "The same change under hash mod N",
    description:
      "The same three servers become four. On the ring S4 joins at 150°; under hash mod N every key is recomputed as hash mod 4 instead of hash mod 3.",
    nodes: BASE_NODES,
    change: { label: "Add S4 at 150°", nodes: WITH_S4 },
    vnodes: 1,
    rf: 1,
    scenario: "mod-n-moved",
  },
  {
    id: "remove-node",
    label: "Remove S3",
    description: "S1 at 90°, S2 at 240°, S3 at 330°. S3 fails and leaves the ring. Key C sits at 310°.",
    nodes: BASE_NODES,
    change: { label: "Remove S3", nodes: BASE_NODES.filter((node) => node.id !== "S3") },
    vnodes: 1,
    rf: 1,
    scenario: "remove-s3-heir",
  },
  {
    id: "replicas",
    label: "Replicas with RF = 3",
    description: "Four nodes: S1 at 90°, S4 at 150°, S2 at 240°, S3 at 330°. Every key is stored on three nodes.",
    nodes: WITH_S4,
    change: null,
    vnodes: 1,
    rf: 3,
    scenario: "replicas-rf3",
  },
  {
    id: "vnodes",
    label: "Virtual nodes",
    description: `Four nodes at 90°, 150°, 240° and 330° own arcs of 120°, 60°, 90° and 90°. Raise the virtual nodes from ${FEW_VNODES} to ${MANY_VNODES} per node.`,
    nodes: WITH_S4,
    change: null,
    vnodes: FEW_VNODES,
    rf: 1,
    scenario: "vnodes-spread",
  },
];

export function ringPreset(id: string): RingPreset {
  const found = RING_PRESETS.find((entry) => entry.id === id);
  if (!found) throw new Error(`no ring preset "${id}"`);
  return found;
}

// ---- the model's answers -------------------------------------------------

const before = tokensFor(BASE_NODES);
const after = tokensFor(WITH_S4);

/** The nodes that lose keys to S4 when it joins (the model's answer, not a typed one). */
export function donorsToS4(): string[] {
  const moves = movedKeys(
    Array.from({ length: 360 }, (_, degree) => ({ key: `${degree}°`, angle: degree })),
    before,
    after,
  );
  return [...new Set(moves.map((move) => move.from))].sort();
}

/** The nearest of the offered percentages to an exact share. */
export function nearestPercent(share: number, offered: readonly number[]): number {
  return offered.reduce((best, option) =>
    Math.abs(option - share * 100) < Math.abs(best - share * 100) ? option : best,
  );
}

export const MOD_N_MOVED = expectedModNMovedShare(3, 4);
export const RING_MOVED = movedArcShare(before, after);

export function vnodeSpread(vnodes: number) {
  return spreadOf(arcShares(tokensFor(WITH_S4, vnodes)));
}

const donors = donorsToS4();
const heir = ownerAt(tokensFor(ringPreset("remove-node").change!.nodes), 310);
const replicas = replicasAt(after, 120, 3);
const fewSpread = vnodeSpread(FEW_VNODES);
const manySpread = vnodeSpread(MANY_VNODES);

export const RING_SCENARIOS: PredictionScenarios = {
  "add-s4-source": {
    question: "S4 joins at 150°. Which node gives up keys to it?",
    options: [
      { id: "S1", label: "S1, the node just before it (at 90°)" },
      { id: "S2", label: "S2, the next node clockwise (at 240°)" },
      { id: "S3", label: "S3" },
      { id: "all", label: "All three give up a little" },
    ],
    answer: donors.length === 1 ? donors[0]! : "all",
    why: "A key belongs to the first node at or after it, clockwise. Before S4 arrived, everything in (90°, 240°] belonged to S2. S4 now claims the part of that arc up to its own position, (90°, 150°]; S1 and S3 keep every key they had.",
  },
  "mod-n-moved": {
    question: "Under hash mod N, going from 3 servers to 4: roughly what share of keys change server?",
    options: [
      { id: "25", label: "About 25%" },
      { id: "50", label: "About 50%" },
      { id: "75", label: "About 75%" },
      { id: "100", label: "All of them" },
    ],
    answer: String(nearestPercent(MOD_N_MOVED, [25, 50, 75, 100])),
    why: "A key stays put only when hash mod 3 equals hash mod 4. That depends on hash mod 12, and only the residues 0, 1 and 2 agree: 3 of 12, so a quarter stay and three quarters move. From N to N + 1 servers, N/(N + 1) of the keys move. On the ring, only the 60° arc S4 takes moves: one sixth.",
  },
  "remove-s3-heir": {
    question: "S3 (at 330°) leaves the ring. Which node now owns key C at 310°?",
    options: [
      { id: "S1", label: "S1, at 90°" },
      { id: "S2", label: "S2, at 240°" },
      { id: "spread", label: "S3's keys are shared out evenly between S1 and S2" },
    ],
    answer: heir,
    why: "With S3 gone, the first node clockwise from 310° is found by wrapping past 360° to S1 at 90°. All of S3's arc goes to that one successor; nothing else moves. Virtual nodes are what spread a departing node's keys over many nodes.",
  },
  "replicas-rf3": {
    question: "Four nodes (S1 90°, S4 150°, S2 240°, S3 330°) and RF = 3. Where is key D at 120° stored?",
    options: [
      { id: "S4,S2,S3", label: "S4, S2 and S3" },
      { id: "S1,S4,S2", label: "S1, S4 and S2" },
      { id: "S4,S3,S1", label: "S4, S3 and S1" },
      { id: "S2,S3,S1", label: "S2, S3 and S1" },
    ],
    answer: replicas.join(","),
    why: "The owner is the first node clockwise from 120°: S4 at 150°. The replicas keep walking clockwise: S2 at 240°, then S3 at 330°. The node before the key (S1) holds no copy.",
  },
  "vnodes-spread": {
    question: `Raise the virtual nodes from ${FEW_VNODES} to ${MANY_VNODES} per node. What happens to the gap between the busiest and the idlest node?`,
    options: [
      { id: "narrows", label: "It narrows: shares move towards 25% each" },
      { id: "same", label: "It stays the same: each node still has one place on the ring" },
      { id: "widens", label: "It widens: more tokens, more randomness" },
    ],
    answer: manySpread.ratio < fewSpread.ratio ? "narrows" : manySpread.ratio === fewSpread.ratio ? "same" : "widens",
    why: `With one token each the arcs are 120°, 60°, 90° and 90°: the busiest node owns ${Math.round(fewSpread.max * 100)}% of the ring, the idlest ${Math.round(fewSpread.min * 100)}%. With ${MANY_VNODES} tokens each, every node's share is the sum of many small arcs, and sums of many random pieces even out: here ${Math.round(manySpread.max * 100)}% against ${Math.round(manySpread.min * 100)}%.`,
  },
};
