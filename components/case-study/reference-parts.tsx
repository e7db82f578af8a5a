import { FunnelSteps } from "@/components/practice/estimator/funnel-steps";
import { Headline } from "@/components/practice/estimator/headline";
import { MermaidView } from "@/components/whiteboard/mermaid-view";
import { estimateFunnel } from "@/lib/estimation/funnel";
import { getPreset } from "@/lib/estimation/presets";
import {
  REFERENCE_PART_NAMES,
  REFERENCE_PARTS,
  type PromptReference,
  type ReferenceAnswer,
  type ReferenceDeepDive,
  type ReferencePart,
} from "@/lib/prompts/reference";

/**
 * A prompt's full reference answer, one stage at a time. A case-study lesson
 * shows one stage where the learner has just done it (CaseReference); the mock
 * interview shows them all after the candidate submits. Both render these
 * components from the same object, so the two can never disagree.
 */

function List({ items, label }: { items: string[]; label?: string }) {
  return (
    <>
      {label ? <h4 className="mt-3 font-semibold">{label}</h4> : null}
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

function Scope({ reference }: { reference: PromptReference }) {
  return (
    <div data-part="scope">
      <p className="text-sm">
        <strong>Actors:</strong> {reference.actors.join(", ")}.
      </p>
      <List label="V1 requirements" items={reference.referenceRequirements.map((item) => item.text)} />
      <h4 className="mt-3 font-semibold">Parked for later</h4>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {reference.referenceParkingLot.map((item) => (
          <li key={item.feature}>
            <strong>{item.feature}:</strong> {item.reason}
          </li>
        ))}
      </ul>
      <List label="Non-functional requirements" items={reference.referenceNfrs.map((item) => item.text)} />
      <p className="mt-3 text-sm text-muted">{reference.scale.note}</p>
    </div>
  );
}

function Estimate({ answer }: { answer: ReferenceAnswer }) {
  const preset = getPreset(answer.estimatePreset);
  // A test makes sure every answer names a preset that exists.
  if (!preset) return null;
  const result = estimateFunnel(preset.inputs);
  return (
    <div className="space-y-4" data-part="estimate">
      <p className="text-sm">{preset.description}</p>
      <List label="The figures that matter" items={preset.reference} />
      <Headline result={result} />
      <FunnelSteps steps={result.steps} />
    </div>
  );
}

function Design({ answer }: { answer: ReferenceAnswer }) {
  return (
    <div className="space-y-3" data-part="design">
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        {answer.design.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ol>
      <figure className="rounded-md border border-border p-3">
        <MermaidView source={answer.diagram.source} label={answer.diagram.title} />
        <figcaption className="mt-2 text-sm text-muted">{answer.diagram.title}</figcaption>
      </figure>
      <details className="text-sm">
        <summary className="cursor-pointer">Mermaid source of the reference diagram</summary>
        <pre className="mt-2 overflow-x-auto rounded-md bg-surface p-2 text-xs">{answer.diagram.source}</pre>
      </details>
    </div>
  );
}

function DeepDive({ dive }: { dive: ReferenceDeepDive }) {
  return (
    <div className="space-y-1" data-deep-dive={dive.id}>
      <h4 className="font-semibold">{dive.title}</h4>
      <p className="text-sm">
        <strong>Decision:</strong> {dive.decision}
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <List label="Why" items={dive.forIt} />
        </div>
        <div>
          <List label="The other way, and when it wins" items={dive.againstIt} />
        </div>
      </div>
    </div>
  );
}

function WrapUp({ answer }: { answer: ReferenceAnswer }) {
  const { bottlenecks, failureModes, monitoring, v2 } = answer.wrapUp;
  return (
    <div data-part="wrap-up">
      <List label="Bottlenecks" items={bottlenecks} />
      <List label="Failure modes" items={failureModes} />
      <List label="What to monitor" items={monitoring} />
      <List label="What V2 adds" items={v2} />
    </div>
  );
}

function FollowUps({ answer }: { answer: ReferenceAnswer }) {
  return (
    <dl className="space-y-3 text-sm" data-part="follow-ups">
      {answer.followUps.map((followUp) => (
        <div key={followUp.question}>
          <dt className="font-semibold">{followUp.question}</dt>
          <dd className="mt-1">{followUp.answer}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One stage of a full reference answer; `item` narrows the deep dives to one. Nothing for an outline-only prompt. */
export function ReferencePartView({
  reference,
  part,
  item,
}: {
  reference: PromptReference;
  part: ReferencePart;
  item?: string;
}) {
  const { answer } = reference;
  if (!answer) return null;
  switch (part) {
    case "scope":
      return <Scope reference={reference} />;
    case "estimate":
      return <Estimate answer={answer} />;
    case "design":
      return <Design answer={answer} />;
    case "deep-dives": {
      const dives = answer.deepDives.filter((dive) => item === undefined || dive.id === item);
      return (
        <div className="space-y-5" data-part="deep-dives">
          {dives.map((dive) => (
            <DeepDive key={dive.id} dive={dive} />
          ))}
        </div>
      );
    }
    case "wrap-up":
      return <WrapUp answer={answer} />;
    case "follow-ups":
      return <FollowUps answer={answer} />;
  }
}

/** The whole answer (or `parts` of it), stage by stage, as the mock interview shows it after submitting. */
export function ReferenceAnswerView({
  reference,
  parts = REFERENCE_PARTS,
}: {
  reference: PromptReference;
  parts?: readonly ReferencePart[];
}) {
  return (
    <div className="space-y-6">
      {parts.map((part) => (
        <section key={part} aria-labelledby={`reference-${part}`} className="space-y-2">
          <h3 id={`reference-${part}`} className="text-lg font-semibold">
            {REFERENCE_PART_NAMES[part].title}
          </h3>
          <ReferencePartView reference={reference} part={part} />
        </section>
      ))}
    </div>
  );
}
