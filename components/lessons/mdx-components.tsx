import { calloutBlock, ObjectivesList, Recap } from "@/components/lessons/blocks/callout";
import { LagTimeline, PartitionSimulator, QuorumExplorer } from "@/components/lessons/blocks/consistency-blocks";
import { DecisionGame } from "@/components/lessons/blocks/decision-game";
import { Diagram, Whiteboard } from "@/components/lessons/blocks/diagram-blocks";
import { EstimationDrill } from "@/components/lessons/blocks/estimation-drill";
import { Matching } from "@/components/lessons/blocks/matching";
import { NumericAnswer } from "@/components/lessons/blocks/numeric-answer";
import { Ordering } from "@/components/lessons/blocks/ordering";
import { AvailabilityBlock, EstimatorBlock } from "@/components/lessons/blocks/practice-tools";
import { Quiz } from "@/components/lessons/blocks/quiz";
import { Reveal } from "@/components/lessons/blocks/reveal";
import { ScopingWorksheet } from "@/components/lessons/blocks/scoping-worksheet";
import { CaseEstimator, CaseReference } from "@/components/lessons/blocks/case-study-blocks";
import { SimulatorBlock } from "@/components/lessons/blocks/simulator-blocks";
import { StepReveal } from "@/components/lessons/blocks/step-reveal";
import { TableFill } from "@/components/lessons/blocks/table-fill";
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
 * are client components; the rest render on the server.
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
