import type { ReactNode } from "react";
import { anchorName, paragraphs } from "@/components/interviews/answer-anchors";
import { MermaidView } from "@/components/whiteboard/mermaid-view";
import type { AnswerSnapshot } from "@/lib/interviews/interviews";
import type { Discussion } from "@/lib/interviews/review-discussion";
import { estimateLines } from "@/lib/worksheet/estimate-lines";
import { formatNumber } from "@/lib/format/number";

type Comment = Discussion["comments"][number];

/** Comments pinned to one part of the answer, shown right under it. */
function Pinned({ comments }: { comments: Comment[] | undefined }) {
  if (!comments?.length) return null;
  return (
    <ul className="mt-1 space-y-1 border-l-2 border-accent pl-3 text-sm" data-testid="pinned-comments">
      {comments.map((comment) => (
        <li key={comment.id}>
          <strong>{comment.author}:</strong> {comment.body}
        </li>
      ))}
    </ul>
  );
}

const count = (value: number | null) => (value === null ? "Not stated" : formatNumber(value));

/** One non-functional requirement: its name, what the candidate wrote, and the comments pinned to it. */
function Row({ term, comments, children }: { term: string; comments?: Comment[]; children: ReactNode }) {
  return (
    <div>
      <dt className="font-medium">{term}</dt>
      <dd>
        {children}
        <Pinned comments={comments} />
      </dd>
    </div>
  );
}

/** A write-up, paragraph by paragraph, each with the comments anchored to it. */
function WriteUp({
  id,
  title,
  text,
  anchor,
  comments,
  empty,
}: {
  id: string;
  title: string;
  text: string;
  anchor: "paragraph" | "wrapup";
  comments: Map<string, Comment[]>;
  empty: string;
}) {
  const list = paragraphs(text);
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-lg font-semibold">
        {title}
      </h3>
      {list.length ? (
        list.map((paragraph, index) => (
          <div key={index} className="text-sm">
            <p>
              <span className="font-mono text-muted">¶{index + 1}</span> {paragraph}
            </p>
            <Pinned comments={comments.get(`${anchor}:${index + 1}`)} />
          </div>
        ))
      ) : (
        <p className="text-sm text-muted">{empty}</p>
      )}
    </section>
  );
}

/** A frozen answer as the mentor and candidate read it, with comments next to what they point at. */
export function AnswerView({ answer, comments }: { answer: AnswerSnapshot; comments: Comment[] }) {
  const on = new Map<string, Comment[]>();
  for (const comment of comments)
    if (comment.anchor) on.set(comment.anchor, [...(on.get(comment.anchor) ?? []), comment]);
  const nodeComments = [...on.entries()].filter(([anchor]) => anchor.startsWith("node:"));
  const doc = answer.worksheet;
  return (
    <div className="space-y-6" data-testid="answer-view">
      <section aria-labelledby="answer-scope" className="space-y-2">
        <h3 id="answer-scope" className="text-lg font-semibold">
          Scoping
        </h3>
        <p className="text-sm font-medium">Actors</p>
        <ul className="list-disc pl-5 text-sm">
          {doc.actors.length ? (
            doc.actors.map((actor) => (
              <li key={actor.id}>
                {actor.name}: {actor.journey}
              </li>
            ))
          ) : (
            <li>None</li>
          )}
        </ul>
        <p className="text-sm font-medium">V1 requirements</p>
        <ol className="list-decimal space-y-1 pl-5 text-sm">
          {doc.functional.map((item) => (
            <li key={item.id} id={`anchor-requirement-${item.id}`}>
              {item.text}
              <Pinned comments={on.get(`requirement:${item.id}`)} />
            </li>
          ))}
        </ol>
        <p className="text-sm font-medium">Parking lot</p>
        <ul className="list-disc pl-5 text-sm">
          {doc.parkingLot.map((item) => (
            <li key={item.id}>
              {item.feature}: {item.reason}
              <Pinned comments={on.get(`parking:${item.id}`)} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="answer-nfr" className="space-y-2">
        <h3 id="answer-nfr" className="text-lg font-semibold">
          Non-functional requirements
        </h3>
        <dl className="space-y-2 text-sm" data-testid="answer-nfr">
          <Row term="Availability" comments={on.get("nfr:availability")}>
            {doc.nfr.availability.trim() ? `${doc.nfr.availability.trim().replace(/%$/, "")}%` : "Not stated"}
          </Row>
          <Row term="Latency">
            {doc.nfr.latency.length ? (
              <ul className="list-disc pl-5">
                {doc.nfr.latency.map((row) => (
                  <li key={row.id}>
                    {row.operation || "An operation"}: {row.percentile}{" "}
                    {row.boundMs === null ? "(no bound)" : `under ${row.boundMs} ms`}
                    <Pinned comments={on.get(`nfr:latency.${row.id}`)} />
                  </li>
                ))}
              </ul>
            ) : (
              "Not stated"
            )}
          </Row>
          <Row term="Consistency per data item">
            {doc.nfr.consistency.length ? (
              <ul className="list-disc pl-5">
                {doc.nfr.consistency.map((row) => (
                  <li key={row.id}>
                    {row.item || "A data item"}: {row.model || "undecided"}
                    {row.reason.trim() ? `, because ${row.reason.trim()}` : ""}
                    <Pinned comments={on.get(`nfr:consistency.${row.id}`)} />
                  </li>
                ))}
              </ul>
            ) : (
              "Not stated"
            )}
          </Row>
          <Row term="Durability" comments={on.get("nfr:durability")}>
            {doc.nfr.durability.trim() || "Not stated"}
          </Row>
          {doc.nfr.other.some((row) => row.text.trim()) ? (
            <Row term="Other">
              <ul className="list-disc pl-5">
                {doc.nfr.other
                  .filter((row) => row.text.trim())
                  .map((row) => (
                    <li key={row.id}>{row.text}</li>
                  ))}
              </ul>
            </Row>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="answer-scale" className="space-y-2">
        <h3 id="answer-scale" className="text-lg font-semibold">
          Scale assumptions
        </h3>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" data-testid="answer-scale">
          {[
            ["Daily active users", count(doc.scale.dau)],
            ["Reads per user per day", count(doc.scale.readsPerUserPerDay)],
            ["Writes per user per day", count(doc.scale.writesPerUserPerDay)],
            ["Peak ÷ average", doc.scale.peakMultiplier === null ? "Not stated" : `${doc.scale.peakMultiplier}×`],
            ...(doc.scale.notes.trim() ? [["Notes", doc.scale.notes.trim()]] : []),
          ].map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="text-muted">{term}</dt>
              <dd className="font-medium">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="answer-estimate" className="space-y-2">
        <h3 id="answer-estimate" className="text-lg font-semibold">
          Estimate
        </h3>
        {answer.estimate ? (
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            {estimateLines(answer.estimate).map((line) => (
              <div key={line.label} className="contents">
                <dt className="text-muted">{line.label}</dt>
                <dd className="font-medium">
                  {line.value}
                  <Pinned comments={on.get(`estimate:${line.label}`)} />
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="text-sm text-muted">No estimate was attached.</p>
        )}
      </section>
      <section aria-labelledby="answer-diagram" className="space-y-2">
        <h3 id="answer-diagram" className="text-lg font-semibold">
          Diagram
        </h3>
        <div className="rounded-md border border-border p-3">
          <MermaidView source={answer.diagram} label={`The candidate's diagram for ${answer.title}`} />
        </div>
        {nodeComments.map(([anchor, list]) => (
          <div key={anchor} className="text-sm">
            <span className="font-medium">On {anchorName(anchor, answer)}</span>
            <Pinned comments={list} />
          </div>
        ))}
        <details className="text-sm">
          <summary className="cursor-pointer">Mermaid source</summary>
          <pre className="mt-2 overflow-x-auto rounded-md bg-surface p-2 text-xs">{answer.diagram}</pre>
        </details>
      </section>
      <WriteUp
        id="answer-tradeoffs"
        title="Trade-offs"
        text={answer.tradeoffs}
        anchor="paragraph"
        comments={on}
        empty="No trade-offs were written."
      />
      <WriteUp
        id="answer-wrap-up"
        title="Wrap-up"
        text={answer.wrapUp ?? ""}
        anchor="wrapup"
        comments={on}
        empty="No wrap-up was written."
      />
    </div>
  );
}
