import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CloseForm, ReviewForm } from "@/components/interviews/action-forms";
import { AnchoredCommentForm } from "@/components/interviews/anchored-comment-form";
import { answerAnchors } from "@/components/interviews/answer-anchors";
import { AnswerView } from "@/components/interviews/answer-view";
import { CommentThread, IterationDiff, ReviewScores, SelfAssessment } from "@/components/interviews/discussion";
import { RubricTable } from "@/components/interviews/rubric-table";
import { requirePageAccess } from "@/lib/auth/session";
import { markNotificationsRead } from "@/lib/interviews/notifications";
import { getDiscussion } from "@/lib/interviews/review-discussion";
import { STATUS_LABELS } from "@/lib/interviews/review-queue";
import { requestId as requestIdSchema } from "@/lib/interviews/validations";

export const metadata: Metadata = { title: "Review an answer" };

/** The mentor's side: the whole answer, what changed, comments anchored to its parts, scores and verdict. */
export default async function MentorReviewPage({ params }: PageProps<"/mentor/reviews/[id]">) {
  const { id } = await params;
  const user = await requirePageAccess(`/mentor/reviews/${id}`, "mentor");
  const parsed = requestIdSchema.safeParse(id);
  const discussion = parsed.success ? await getDiscussion(user.id, parsed.data) : null;
  // Only the mentor holding this request sees it; for anyone else it does not exist.
  if (!discussion || discussion.role !== "mentor") notFound();
  await markNotificationsRead(user.id, `/mentor/reviews/${id}`);
  const latest = discussion.iterations.at(-1)!;
  const review = discussion.reviews.find((candidate) => candidate.iteration === latest.number) ?? null;
  const reviewed = review !== null;
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/mentor">Mentor desk</Link> <span aria-hidden>›</span> {discussion.title}
      </nav>
      <h1 className="text-3xl font-bold">Review: {discussion.title}</h1>
      <p className="text-muted">
        The candidate asks: “{discussion.goal}” · iteration {latest.number} · {STATUS_LABELS[discussion.status]}
        {discussion.claimedUntil
          ? ` · yours until ${new Date(discussion.claimedUntil).toISOString().slice(11, 16)} UTC`
          : ""}
      </p>
      <IterationDiff iterations={discussion.iterations} />
      <section aria-labelledby="answer" className="space-y-2">
        <h2 id="answer" className="text-xl font-semibold">
          The answer (iteration {latest.number})
        </h2>
        <AnswerView
          answer={latest.answer}
          comments={discussion.comments.filter((comment) => comment.iteration === latest.number)}
        />
      </section>
      <section aria-labelledby="self-assessment" className="space-y-2">
        <h2 id="self-assessment" className="text-xl font-semibold">
          The candidate&apos;s self-assessment
        </h2>
        <SelfAssessment rating={discussion.selfRating} />
      </section>
      <section aria-labelledby="thread" className="space-y-3">
        <h2 id="thread" className="text-xl font-semibold">
          Comments
        </h2>
        <CommentThread
          comments={discussion.comments}
          iterations={discussion.iterations}
          requestId={discussion.status === "closed" ? undefined : discussion.id}
        />
        {discussion.status === "closed" ? null : (
          <AnchoredCommentForm
            requestId={discussion.id}
            anchors={answerAnchors(latest.answer)}
            diagram={latest.answer.diagram}
          />
        )}
      </section>
      <section aria-labelledby="scores" className="space-y-3">
        <h2 id="scores" className="text-xl font-semibold">
          {reviewed ? "Your review" : `Score iteration ${latest.number}`}
        </h2>
        <ReviewScores reviews={discussion.reviews} />
        {discussion.status === "closed" ? (
          <p className="text-sm text-muted">This discussion is closed.</p>
        ) : (
          <>
            <RubricTable />
            <ReviewForm requestId={discussion.id} saved={review} />
            <CloseForm requestId={discussion.id} />
          </>
        )}
        {discussion.rating ? <p className="text-sm">The candidate rated this review {discussion.rating} / 5.</p> : null}
      </section>
    </div>
  );
}
