import { calloutBlock, ObjectivesList, Recap } from "@/components/lessons/blocks/callout";
import {
  AvailabilityBlock,
  CaseEstimator,
  CaseReference,
  DecisionGame,
  Diagram,
  EstimationDrill,
  EstimatorBlock,
  LagTimeline,
  Matching,
  NumericAnswer,
  Ordering,
  PartitionSimulator,
  Quiz,
  QuorumExplorer,
  Reveal,
  ScopingWorksheet,
  SimulatorBlock,
  StepReveal,
  TableFill,
  Whiteboard,
} from "@/components/lessons/blocks/lazy-blocks";
import { SIMULATORS } from "@/lib/simulators/catalog";

/** The simulators that save predictions: those with their own page in the catalog. */
function simulatorBlocks() {
  return Object.fromEntries(
    SIMULATORS.filter((entry) => !entry.href).map((entry) => [
      entry.block,
      ({ id }: { id?: unknown }) => <SimulatorBlock block={entry.block} id={id} />,
    ]),
  );
}

/**
 * The one registry of teaching blocks, by the names authors write in MDX.
 * Its keys must equal BLOCKS in lib/lessons/blocks (a test checks), so every
 * block has a prop schema and every schema a component. Interactive blocks
 * are client components, each loaded only where a page shows it
 * (lazy-blocks.tsx); the rest render on the server.
 */
export const teachingBlocks = {
  KeyInsight: calloutBlock("KeyInsight"),
  Misconception: calloutBlock("Misconception"),
  Analogy: calloutBlock("Analogy"),
  Pitfall: calloutBlock("Pitfall"),
  MentalModel: calloutBlock("MentalModel"),
  Pattern: calloutBlock("Pattern"),
  Challenge: calloutBlock("Challenge"),
  Investigate: calloutBlock("Investigate"),
  FinalSynthesis: calloutBlock("FinalSynthesis"),
  Recap,
  Reveal,
  Quiz,
  Ordering,
  NumericAnswer,
  DecisionGame,
  EstimationDrill,
  TableFill,
  Matching,
  StepReveal,
  ScopingWorksheet,
  CaseEstimator,
  CaseReference,
  Estimator: EstimatorBlock,
  AvailabilityCalculator: AvailabilityBlock,
  Diagram,
  Whiteboard,
  PartitionSimulator,
  QuorumExplorer,
  LagTimeline,
  ...simulatorBlocks(),
};

/** The components for one lesson: the registry plus <Objectives /> bound to its front matter. */
export function lessonComponents(objectives: string[]) {
  return { ...teachingBlocks, Objectives: () => <ObjectivesList objectives={objectives} /> };
}
