import { ReplyForm } from "@/components/interviews/action-forms";
import { anchorName, paragraphs } from "@/components/interviews/answer-anchors";
import { LineDiffView } from "@/components/ui/line-diff-view";
import type { Discussion } from "@/lib/interviews/review-discussion";
import { RUBRIC, VERDICTS } from "@/lib/interviews/rubric";
import { worksheetToMarkdown } from "@/lib/worksheet/markdown";

const time = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Each mentor review: a score and evidence per rubric axis, and the verdict. */
export function ReviewScores({ reviews }: { reviews: Discussion["reviews"] }) {
  if (reviews.length === 0) return <p className="text-sm text-muted">No review has been given yet.</p>;
  return (
    <div className="space-y-4">
      {reviews.map((review) => (
        <section
          key={review.iteration}
          aria-label={`Review of iteration ${review.iteration}`}
          className="rounded-md border border-border p-3"
          data-testid="mentor-review"
        >
          <h3 className="font-semibold">
            Iteration {review.iteration}: {VERDICTS.find((verdict) => verdict.id === review.verdict)?.label}
          </h3>
          <dl className="mt-2 space-y-2 text-sm">
            {RUBRIC.map((axis) => (
              <div key={axis.id}>
                <dt className="font-medium">
                  {axis.title}: {review.scores[axis.id].score} / 4
                </dt>
                <dd className="text-muted">{review.scores[axis.id].evidence}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

type Comment = Discussion["comments"][number];

function CommentLine({ comment, about }: { comment: Comment; about: string | null }) {
  return (
    <>
      <p className="text-xs text-muted">
        {comment.author} {comment.byMentor ? "(mentor)" : "(candidate)"} · iteration {comment.iteration}
        {about ? ` · on ${about}` : ""} · {time.format(new Date(comment.createdAt))} UTC
      </p>
      <p className="mt-1 whitespace-pre-wrap">{comment.body}</p>
    </>
  );
}

/**
 * The discussion: each comment with what it points at, in words, and its
 * replies threaded under it; `requestId` (an open discussion) adds a Reply
 * button to each thread.
 */
export function CommentThread({
  comments,
  iterations,
  requestId,
}: {
  comments: Comment[];
  iterations: Discussion["iterations"];
  requestId?: string;
}) {
  if (comments.length === 0) return <p className="text-sm text-muted">No comments yet.</p>;
  const answerOf = (iteration: number) => iterations.find((entry) => entry.number === iteration)?.answer;
  const replies = new Map<string, Comment[]>();
  for (const comment of comments)
    if (comment.parentId) replies.set(comment.parentId, [...(replies.get(comment.parentId) ?? []), comment]);
  return (
    <ol className="space-y-2" data-testid="comment-thread">
      {comments
        .filter((comment) => !comment.parentId)
        .map((comment) => {
          const answers = replies.get(comment.id) ?? [];
          return (
            <li key={comment.id} className="rounded-md border border-border p-2 text-sm" data-testid="comment">
              <CommentLine
                comment={comment}
                about={comment.anchor ? anchorName(comment.anchor, answerOf(comment.iteration)) : null}
              />
              {answers.length ? (
                <ol
                  className="mt-2 space-y-2 border-l-2 border-border pl-3"
                  aria-label={`Replies to ${comment.author}`}
                  data-testid="replies"
                >
                  {answers.map((reply) => (
                    <li key={reply.id}>
                      <CommentLine comment={reply} about={null} />
                    </li>
                  ))}
                </ol>
              ) : null}
              {requestId ? <ReplyForm requestId={requestId} parentId={comment.id} to={comment.author} /> : null}
            </li>
          );
        })}
    </ol>
  );
}

/** The candidate's self-assessment on the rubric, beside what the mentor gives. */
export function SelfAssessment({ rating }: { rating: Discussion["selfRating"] }) {
  if (!rating || Object.keys(rating).length === 0)
    return <p className="text-sm text-muted">The candidate has not rated themselves yet.</p>;
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]" data-testid="self-assessment">
      {RUBRIC.map((axis) => (
        <div key={axis.id} className="contents">
          <dt className="text-muted">{axis.title}</dt>
          <dd className="font-medium">{rating[axis.id] ? `${rating[axis.id]} / 4` : "Not rated"}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What changed between the last two iterations: scoping, diagram and write-up, line by line. */
export function IterationDiff({ iterations }: { iterations: Discussion["iterations"] }) {
  if (iterations.length < 2) return null;
  const [before, after] = iterations.slice(-2) as [Discussion["iterations"][number], Discussion["iterations"][number]];
  const scoping = (entry: typeof before) => worksheetToMarkdown(entry.answer.worksheet, { title: entry.answer.title });
  return (
    <section aria-labelledby="iteration-diff" className="space-y-3" data-testid="iteration-diff">
      <h2 id="iteration-diff" className="text-xl font-semibold">
        What changed from iteration {before.number} to {after.number}
      </h2>
      <h3 className="font-semibold">Diagram</h3>
      <LineDiffView before={before.answer.diagram} after={after.answer.diagram} label="Diagram changes" />
      <h3 className="font-semibold">Scoping</h3>
      <LineDiffView before={scoping(before)} after={scoping(after)} label="Scoping changes" />
      <h3 className="font-semibold">Trade-offs</h3>
      <LineDiffView
        before={paragraphs(before.answer.tradeoffs).join("\n")}
        after={paragraphs(after.answer.tradeoffs).join("\n")}
        label="Trade-off changes"
      />
      <h3 className="font-semibold">Wrap-up</h3>
      <LineDiffView
        before={paragraphs(before.answer.wrapUp ?? "").join("\n")}
        after={paragraphs(after.answer.wrapUp ?? "").join("\n")}
        label="Wrap-up changes"
      />
    </section>
  );
}
