import type { ReactNode } from "react";
import type { PromptReference } from "@/lib/prompts/reference";
import type { WorksheetDocument } from "@/lib/worksheet/document";
import {
  nfrCoverage,
  parkingLotCoverage,
  requirementCoverage,
  type LearnerItem,
} from "@/lib/worksheet/reference-coverage";

/**
 * The learner's worksheet against the reference, one list per part: V1
 * requirements, parking lot, non-functional requirements. Each reference item
 * says covered or missing and, when covered, by which of the learner's items
 * (each learner item covers at most one). Status is spelled out, not only
 * coloured, so it reads the same without colour.
 */
export function CoverageReport({
  document,
  reference,
  heading,
}: {
  document: WorksheetDocument;
  reference: PromptReference;
  /** The section's heading, given the V1 count (the headline figure). */
  heading: (covered: number, total: number) => ReactNode;
}) {
  const requirements = requirementCoverage(document, reference);
  const parked = parkingLotCoverage(document, reference);
  const nfrs = nfrCoverage(document, reference);
  return (
    <>
      {heading(requirements.covered, requirements.total)}
      <ul className="space-y-1 text-sm">
        {requirements.items.map(({ reference: requirement, coveredBy }) => (
          <li key={requirement.id} data-covered={coveredBy ? "yes" : "no"}>
            <Status covered={Boolean(coveredBy)} /> {requirement.text}
            <CoveredBy item={coveredBy} />
          </li>
        ))}
      </ul>

      <section aria-labelledby="compare-parking" data-testid="parking-coverage">
        <h3 id="compare-parking" className="font-semibold">
          Parking lot: {parked.covered} of {parked.total} reference features parked
        </h3>
        <ul className="mt-1 space-y-1 text-sm">
          {parked.items.map(({ reference: item, coveredBy }) => (
            <li key={item.feature} data-parked={coveredBy ? "yes" : "no"}>
              <Status covered={Boolean(coveredBy)} /> <strong>{item.feature}</strong>: {item.reason}
              <CoveredBy item={coveredBy} text={coveredBy ? featureOf(document, coveredBy) : undefined} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="compare-nfr" data-testid="nfr-coverage">
        <h3 id="compare-nfr" className="font-semibold">
          Non-functional requirements: {nfrs.covered} of {nfrs.total} reference NFRs covered
        </h3>
        <ul className="mt-1 space-y-1 text-sm">
          {nfrs.items.map(({ reference: nfr, coveredBy, flags }) => (
            <li key={nfr.text} data-nfr={coveredBy ? "yes" : "no"}>
              <Status covered={Boolean(coveredBy)} /> {nfr.text}
              <CoveredBy item={coveredBy} />
              {flags.length ? <span className="font-medium text-danger"> It has no number yet.</span> : null}
            </li>
          ))}
        </ul>
        <h4 className="mt-3 text-sm font-semibold">Your non-functional requirements that still need a number</h4>
        {nfrs.unquantified.length ? (
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm" data-testid="nfr-unquantified">
            {nfrs.unquantified.map((flag) => (
              <li key={`${flag.path}:${flag.message}`}>{flag.message}</li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-sm text-muted">None: every one has a number or a decision.</p>
        )}
      </section>
    </>
  );
}

function Status({ covered }: { covered: boolean }) {
  return (
    <span className={covered ? "font-semibold text-success" : "font-semibold text-danger"}>
      {covered ? "Covered" : "Missing"}
    </span>
  );
}

function CoveredBy({ item, text }: { item: LearnerItem | null; text?: string }) {
  if (!item) return null;
  return (
    <span className="text-muted">
      {" "}
      (your {item.label}
      {text ? `: ${text}` : ""})
    </span>
  );
}

/** A parked item is named by its feature alone; its reason is the learner's, shown above in their list. */
const featureOf = (document: WorksheetDocument, item: LearnerItem) =>
  document.parkingLot.find((row) => row.id === item.id)?.feature.trim() || undefined;
