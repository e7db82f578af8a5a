"use client";

import { useCallback, useMemo, useRef, useState } from "react";
import { AutosaveGroup } from "@/components/autosave/autosave-registry";
import { ConflictChoice } from "@/components/autosave/conflict-choice";
import { sendSave } from "@/components/client-data/save-result";
import { SaveIndicator } from "@/components/autosave/save-indicator";
import { useVersionedAutosave } from "@/components/client-data/use-versioned-autosave";
import { InterviewClockBar } from "@/components/interviews/interview-clock";
import { SubmitAnswer } from "@/components/interviews/submit-answer";
import { Estimator } from "@/components/practice/estimator/estimator";
import { WorksheetEditor } from "@/components/practice/worksheet/worksheet-editor";
import { accountStorage, type WorksheetValue } from "@/components/client-data/worksheet-storage";
import { TextAreaField } from "@/components/ui/fields";
import { accountDiagramStorage } from "@/components/client-data/diagram-storage";
import { WhiteboardEditor } from "@/components/whiteboard/whiteboard-editor";
import type { StoredDiagram } from "@/lib/diagrams/diagrams";
import type { FunnelInputs } from "@/lib/estimation/funnel";
import { inputsFromScale } from "@/lib/estimation/from-scale";
import { DEFAULT_LIMITS, getPreset } from "@/lib/estimation/presets";
import { cn } from "@/lib/cn";
import { STAGES, type StageId } from "@/lib/interviews/rubric";
import type { StagesState } from "@/lib/interviews/validations";
import { getPrompt } from "@/lib/prompts/catalog";
import type { StoredWorksheet } from "@/lib/worksheet/worksheets";
import { requestJson } from "@/lib/http/client";

type WriteUps = { tradeoffs: string; wrapUp: string; stages: StagesState };

export type WorkspaceInterview = WriteUps & {
  id: string;
  lengthMinutes: number;
  version: number;
  iterations: number;
  submittedAt: string | null;
};

const sameInputs = (a: FunnelInputs | null, b: FunnelInputs | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The whole mock interview on one page: five stages, each with its tool, a
 * clock that stops at submission, and the submit button. Nothing here leaves
 * the page, and nothing shows a reference answer before the first submission.
 * Every stage stays mounted (hidden when not current) so switching loses
 * nothing; each editor autosaves, and submitting first waits for all of them.
 * The estimate starts from the scale typed in the scoping stage until the
 * candidate changes it.
 */
type Props = { interview: WorkspaceInterview; worksheet: StoredWorksheet; diagram: StoredDiagram };

export function InterviewWorkspace(props: Props) {
  // The group holds every autosaving editor below it, the write-ups' included, for SubmitAnswer.
  return (
    <AutosaveGroup>
      <Workspace {...props} />
    </AutosaveGroup>
  );
}

function Workspace({ interview, worksheet, diagram }: Props) {
  const submitted = interview.iterations > 0;
  const { value, setValue, status, conflict, resolveConflict } = useVersionedAutosave<WriteUps>({
    draftKey: `tradeoff:interview-draft:${interview.id}`,
    initial: {
      value: { tradeoffs: interview.tradeoffs, wrapUp: interview.wrapUp, stages: interview.stages },
      version: interview.version,
    },
    label: "write-up",
    save: (next, baseVersion) =>
      sendSave<WriteUps>(`/api/interviews/${interview.id}`, { baseVersion, ...next }, (body) => {
        const { current } = body as { current: WriteUps & { version: number } };
        const { tradeoffs, wrapUp, stages } = current;
        return { value: { tradeoffs, wrapUp, stages }, version: current.version };
      }),
  });
  const current = value.stages.current;

  // The estimate follows the worksheet's scale until the candidate edits it (or attached one).
  const scale = useRef(worksheet.document.scale);
  const edited = useRef<{ inputs: FunnelInputs | null } | null>(null);
  const [estimateSeed, setEstimateSeed] = useState(() => ({
    key: 0,
    inputs: worksheet.estimate ?? inputsFromScale(worksheet.document.scale, { limits: DEFAULT_LIMITS }),
  }));
  const onWorksheetChange = useCallback((next: WorksheetValue) => {
    scale.current = next.document.scale;
  }, []);
  const onEstimateEdit = useCallback((inputs: FunnelInputs | null) => {
    edited.current = { inputs };
  }, []);

  const open = (stage: StageId) => {
    if (stage === "estimation" && !worksheet.estimate && !edited.current) {
      const inputs = inputsFromScale(scale.current, { limits: DEFAULT_LIMITS });
      if (!sameInputs(inputs, estimateSeed.inputs)) setEstimateSeed((seed) => ({ key: seed.key + 1, inputs }));
    }
    setValue((previous) => ({
      ...previous,
      stages: {
        current: stage,
        startedAt: {
          ...previous.stages.startedAt,
          [stage]: previous.stages.startedAt[stage] ?? new Date().toISOString(),
        },
      },
    }));
  };

  /**
   * Before freezing the answer: the estimate as the estimation stage shows it
   * (the candidate's edits, or else the one following the scale) goes onto the
   * worksheet. A candidate who never opened that stage made no estimate.
   */
  const visitedEstimation = Boolean(value.stages.startedAt.estimation);
  const keepEstimate = useCallback(async (): Promise<{ ok: true } | { ok: false; message: string }> => {
    if (!edited.current && !visitedEstimation) return { ok: true };
    const inputs = edited.current
      ? edited.current.inputs
      : (worksheet.estimate ?? inputsFromScale(scale.current, { limits: DEFAULT_LIMITS }));
    if (!inputs)
      return { ok: false, message: "Fix the highlighted inputs in the estimation stage first: nothing was submitted." };
    const outcome = await requestJson(`/api/worksheets/${worksheet.id}/estimate`, {
      method: "PUT",
      body: { estimate: inputs },
    });
    return outcome.kind === "ok"
      ? { ok: true }
      : { ok: false, message: "Your estimate could not be saved (offline?): nothing was submitted. Try again." };
  }, [worksheet.id, worksheet.estimate, visitedEstimation]);

  const worksheetStorage = useMemo(() => accountStorage(worksheet.id), [worksheet.id]);
  const diagramStorage = useMemo(() => accountDiagramStorage(diagram.id), [diagram.id]);
  const prompt = (worksheet.promptId && getPrompt(worksheet.promptId)) || null;

  const writeUp = (field: "tradeoffs" | "wrapUp", label: string, hint: string) => (
    <TextAreaField
      className="mt-6"
      label={<span className="text-lg font-semibold">{label}</span>}
      hint={hint}
      long
      value={value[field]}
      maxLength={20_000}
      onChange={(event) => setValue((previous) => ({ ...previous, [field]: event.target.value }))}
    />
  );

  const panels: Record<StageId, React.ReactNode> = {
    scoping: (
      <WorksheetEditor
        storage={worksheetStorage}
        initial={worksheet}
        prompt={prompt}
        estimate={worksheet.estimate}
        estimatorHref={null}
        compare={submitted}
        onChange={onWorksheetChange}
      />
    ),
    estimation: (
      <Estimator
        key={estimateSeed.key}
        initial={estimateSeed.inputs}
        worksheet={{
          id: worksheet.id,
          title: worksheet.title,
          referenceId: submitted && worksheet.promptId && getPreset(worksheet.promptId) ? worksheet.promptId : null,
        }}
        draftKey={`tradeoff:interview-estimate:${interview.id}`}
        blind={!submitted}
        onEdit={onEstimateEdit}
      />
    ),
    "high-level-design": <WhiteboardEditor storage={diagramStorage} initial={diagram} />,
    "deep-dive": writeUp(
      "tradeoffs",
      "Trade-offs",
      "Go deep on the hardest part; refine the diagram in the design stage. One paragraph per decision: because …, instead of …, the trade-off is …. Separate paragraphs with a blank line.",
    ),
    "wrap-up": writeUp(
      "wrapUp",
      "Wrap-up",
      "Name the bottlenecks, what you would monitor and what comes next. Then submit: the answer is frozen as an iteration you can improve later.",
    ),
  };

  return (
    <div className="space-y-4" data-testid="interview-workspace">
      <div className="sticky top-0 z-20 -mx-4 space-y-2 border-b border-border bg-bg/95 px-4 py-2 backdrop-blur">
        <nav aria-label="Interview stages">
          <ol className="flex flex-wrap gap-1">
            {STAGES.map((stage, index) => (
              <li key={stage.id}>
                <button
                  type="button"
                  aria-current={stage.id === current ? "step" : undefined}
                  onClick={() => open(stage.id)}
                  className={cn(
                    "min-h-10 rounded-md border px-3 text-sm font-medium",
                    stage.id === current ? "border-accent bg-accent text-accent-fg" : "border-border bg-bg",
                  )}
                >
                  {index + 1}. {stage.title}
                </button>
              </li>
            ))}
          </ol>
        </nav>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <InterviewClockBar
            stages={value.stages}
            lengthMinutes={interview.lengthMinutes}
            submittedAt={interview.submittedAt}
          />
          <SaveIndicator status={status} />
        </div>
      </div>
      {conflict ? <ConflictChoice what="interview" onKeep={resolveConflict} /> : null}

      {STAGES.map((stage) => (
        <section key={stage.id} hidden={stage.id !== current} aria-label={stage.title} data-stage={stage.id}>
          {panels[stage.id]}
        </section>
      ))}

      <SubmitAnswer interviewId={interview.id} iterations={interview.iterations} beforeSubmit={keepEstimate} />
    </div>
  );
}
