"use client";

import dynamic from "next/dynamic";

// Every interactive block is a chunk of its own. The registry
// (mdx-components.tsx) is a server module, and a page loads the code of every
// client component its server graph imports, rendered or not: imported
// directly, all thirty blocks ran on every lesson. Through next/dynamic here,
// in a client module, a lesson's HTML is still rendered on the server, and
// the page fetches and runs only the chunks of the blocks it shows (the
// server's HTML preloads them, so hydration does not wait for a second trip).

export const Quiz = dynamic(() => import("@/components/lessons/blocks/quiz").then((m) => m.Quiz));
export const Reveal = dynamic(() => import("@/components/lessons/blocks/reveal").then((m) => m.Reveal));
export const Ordering = dynamic(() => import("@/components/lessons/blocks/ordering").then((m) => m.Ordering));
export const NumericAnswer = dynamic(() =>
  import("@/components/lessons/blocks/numeric-answer").then((m) => m.NumericAnswer),
);
export const DecisionGame = dynamic(() =>
  import("@/components/lessons/blocks/decision-game").then((m) => m.DecisionGame),
);
export const EstimationDrill = dynamic(() =>
  import("@/components/lessons/blocks/estimation-drill").then((m) => m.EstimationDrill),
);
export const TableFill = dynamic(() => import("@/components/lessons/blocks/table-fill").then((m) => m.TableFill));
export const Matching = dynamic(() => import("@/components/lessons/blocks/matching").then((m) => m.Matching));
export const StepReveal = dynamic(() => import("@/components/lessons/blocks/step-reveal").then((m) => m.StepReveal));
export const ScopingWorksheet = dynamic(() =>
  import("@/components/lessons/blocks/scoping-worksheet").then((m) => m.ScopingWorksheet),
);
export const CaseEstimator = dynamic(() =>
  import("@/components/lessons/blocks/case-study-blocks").then((m) => m.CaseEstimator),
);
export const CaseReference = dynamic(() =>
  import("@/components/lessons/blocks/case-study-blocks").then((m) => m.CaseReference),
);
export const EstimatorBlock = dynamic(() =>
  import("@/components/lessons/blocks/practice-tools").then((m) => m.EstimatorBlock),
);
export const AvailabilityBlock = dynamic(() =>
  import("@/components/lessons/blocks/practice-tools").then((m) => m.AvailabilityBlock),
);
export const Diagram = dynamic(() => import("@/components/lessons/blocks/diagram-blocks").then((m) => m.Diagram));
export const Whiteboard = dynamic(() => import("@/components/lessons/blocks/diagram-blocks").then((m) => m.Whiteboard));
export const PartitionSimulator = dynamic(() =>
  import("@/components/lessons/blocks/consistency-blocks").then((m) => m.PartitionSimulator),
);
export const QuorumExplorer = dynamic(() =>
  import("@/components/lessons/blocks/consistency-blocks").then((m) => m.QuorumExplorer),
);
export const LagTimeline = dynamic(() =>
  import("@/components/lessons/blocks/consistency-blocks").then((m) => m.LagTimeline),
);
export const SimulatorBlock = dynamic(() =>
  import("@/components/lessons/blocks/simulator-blocks").then((m) => m.SimulatorBlock),
);
