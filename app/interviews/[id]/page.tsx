import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RequestReviewForm, SelfRatingForm } from "@/components/interviews/action-forms";
import { ReferenceAnswerView } from "@/components/case-study/reference-parts";
import { InterviewWorkspace } from "@/components/interviews/interview-workspace";
import { requirePageAccess } from "@/lib/auth/session";
import { getDiagram } from "@/lib/diagrams/diagrams";
import { getInterview } from "@/lib/interviews/interviews";
import { interviewRequests } from "@/lib/interviews/review-queue";
import { interviewId } from "@/lib/interviews/validations";
import { getPrompt } from "@/lib/prompts/bank";
import { getWorksheet } from "@/lib/worksheet/worksheets";

export const metadata: Metadata = { title: "Mock interview" };

const STATUS_TEXT = {
  open: "waiting in the mentor queue",
  claimed: "a mentor is reviewing it",
  reviewed: "reviewed: read the feedback",
  revised: "new iteration sent to your mentor",
  closed: "closed",
} as const;

export default async function InterviewPage({ params }: PageProps<"/interviews/[id]">) {
  const { id } = await params;
  const user = await requirePageAccess(`/interviews/${id}`);
  const parsed = interviewId.safeParse(id);
  const interview = parsed.success ? await getInterview(user.id, parsed.data) : null;
  if (!interview) notFound();
  const [worksheet, diagram, requests] = await Promise.all([
    getWorksheet(user.id, interview.worksheetId),
    getDiagram(user.id, interview.diagramId),
    interviewRequests(user.id, interview.id),
  ]);
  if (!worksheet || !diagram) notFound();
  const prompt = getPrompt(interview.promptId)!;
  const submitted = interview.iterations > 0;
  const liveRequest = requests.find((request) => request.status !== "closed");

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/interviews">Mock interviews</Link> <span aria-hidden>›</span> {interview.title}
      </nav>
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{interview.title}</h1>
        <p className="text-muted">
          {interview.lengthMinutes}-minute mock interview · {prompt.brief}
        </p>
      </header>
      <InterviewWorkspace
        interview={{
          id: interview.id,
          lengthMinutes: interview.lengthMinutes,
          tradeoffs: interview.tradeoffs,
          wrapUp: interview.wrapUp,
          stages: interview.stages,
          version: interview.version,
          iterations: interview.iterations,
          submittedAt: interview.submittedAt,
        }}
        worksheet={worksheet}
        diagram={diagram}
      />

      {submitted ? (
        <>
          <section aria-labelledby="self" className="space-y-3 rounded-lg border border-border p-4">
            <h2 id="self" className="text-xl font-semibold">
              Rate yourself on the rubric
            </h2>
            <SelfRatingForm interviewId={interview.id} current={interview.selfRating} />
          </section>
          <section
            aria-labelledby="outline"
            className="space-y-3 rounded-lg border border-border p-4"
            data-testid="reference-outline"
          >
            <h2 id="outline" className="text-xl font-semibold">
              {prompt.answer ? "Reference answer" : "Reference outline"}
            </h2>
            {prompt.authored ? (
              <p className="text-xs text-muted">Tradeoff&apos;s own answer; other good answers exist.</p>
            ) : null}
            {prompt.caseStudy ? (
              <p className="text-sm">
                <Link href={`/learn/${prompt.caseStudy}`}>The case study</Link> works through this answer stage by
                stage, with the tools and exercises behind each decision.
              </p>
            ) : null}
            {prompt.answer ? (
              <ReferenceAnswerView reference={prompt} />
            ) : (
              prompt.answerOutline.map((stage) => (
                <div key={stage.stage}>
                  <h3 className="font-semibold">{stage.stage}</h3>
                  <ul className="list-disc pl-5 text-sm">
                    {stage.points.map((point) => (
                      <li key={point}>{point}</li>
                    ))}
                  </ul>
                </div>
              ))
            )}
          </section>
          <section aria-labelledby="review" className="space-y-3 rounded-lg border border-border p-4">
            <h2 id="review" className="text-xl font-semibold">
              Mentor review
            </h2>
            {requests.length ? (
              <ul className="space-y-1 text-sm" data-testid="review-requests">
                {requests.map((request) => (
                  <li key={request.id}>
                    <Link href={`/interviews/${interview.id}/reviews/${request.id}`}>“{request.goal}”</Link>:{" "}
                    {STATUS_TEXT[request.status]}
                  </li>
                ))}
              </ul>
            ) : null}
            {liveRequest ? null : <RequestReviewForm interviewId={interview.id} />}
          </section>
        </>
      ) : (
        <p className="text-sm text-muted">After you submit, you will rate yourself and see the reference answer.</p>
      )}
    </div>
  );
}
