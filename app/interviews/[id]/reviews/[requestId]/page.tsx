import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CloseForm, RateForm } from "@/components/interviews/action-forms";
import { AnchoredCommentForm } from "@/components/interviews/anchored-comment-form";
import { answerAnchors } from "@/components/interviews/answer-anchors";
import { AnswerView } from "@/components/interviews/answer-view";
import { CommentThread, ReviewScores } from "@/components/interviews/discussion";
import { requirePageAccess } from "@/lib/auth/session";
import { markNotificationsRead } from "@/lib/interviews/notifications";
import { getDiscussion } from "@/lib/interviews/review-discussion";
import { requestId as requestIdSchema } from "@/lib/interviews/validations";

export const metadata: Metadata = { title: "Review" };

/** The candidate's side of a review: scores, verdict, comments on the answer, replies, close and rate. */
export default async function CandidateReviewPage({ params }: PageProps<"/interviews/[id]/reviews/[requestId]">) {
  const { id, requestId } = await params;
  const user = await requirePageAccess(`/interviews/${id}/reviews/${requestId}`);
  const parsed = requestIdSchema.safeParse(requestId);
  const discussion = parsed.success ? await getDiscussion(user.id, parsed.data) : null;
  if (!discussion || discussion.role !== "candidate" || discussion.interviewId !== id) notFound();
  await markNotificationsRead(user.id, `/interviews/${id}/reviews/${requestId}`);
  const latest = discussion.iterations.at(-1)!;
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/interviews/${id}`}>{discussion.title}</Link> <span aria-hidden>›</span> Review
      </nav>
      <h1 className="text-3xl font-bold">Review: {discussion.title}</h1>
      <p className="text-muted">
        Your goal: “{discussion.goal}” ·{" "}
        {discussion.mentorName ? `Mentor: ${discussion.mentorName}` : "Waiting for a mentor"} · status{" "}
        {discussion.status}
      </p>
      <section aria-labelledby="scores" className="space-y-2">
        <h2 id="scores" className="text-xl font-semibold">
          Scores and verdict
        </h2>
        <ReviewScores reviews={discussion.reviews} />
      </section>
      <section aria-labelledby="your-answer" className="space-y-2">
        <h2 id="your-answer" className="text-xl font-semibold">
          Your answer (iteration {latest.number}), with the mentor&apos;s comments
        </h2>
        <AnswerView
          answer={latest.answer}
          comments={discussion.comments.filter((comment) => comment.iteration === latest.number)}
        />
      </section>
      <section aria-labelledby="thread" className="space-y-3">
        <h2 id="thread" className="text-xl font-semibold">
          Discussion
        </h2>
        <CommentThread
          comments={discussion.comments}
          iterations={discussion.iterations}
          requestId={discussion.status === "closed" ? undefined : discussion.id}
        />
        {discussion.status === "closed" ? (
          <p className="text-sm text-muted">This discussion is closed.</p>
        ) : (
          <>
            <AnchoredCommentForm
              requestId={discussion.id}
              anchors={answerAnchors(latest.answer)}
              diagram={latest.answer.diagram}
            />
            <p className="text-sm">
              To answer the feedback with a better version, edit your <Link href={`/interviews/${id}`}>interview</Link>{" "}
              and submit a new iteration: your mentor sees what changed.
            </p>
            <CloseForm requestId={discussion.id} />
          </>
        )}
        {discussion.reviews.length ? <RateForm requestId={discussion.id} current={discussion.rating} /> : null}
      </section>
    </div>
  );
}
