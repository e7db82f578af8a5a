import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import { MentorExplainer } from "@/components/interviews/visitor-explainers";
import { getCurrentUser, requirePageAccess } from "@/lib/auth/session";
import { claimAction } from "@/lib/interviews/actions";
import { CLAIM_MINUTES, mentorRequests, reviewQueue, STATUS_LABELS } from "@/lib/interviews/review-queue";
import { PROMPTS } from "@/lib/prompts/catalog";
import { dateTimeUtc } from "@/lib/format/date";

export const metadata: Metadata = { title: "Mentor desk" };

/** A mentor's reviews, each with its prompt, candidate, last change and state. */
function MentorRequestList({
  requests,
  testId,
}: {
  requests: Awaited<ReturnType<typeof mentorRequests>>;
  testId: string;
}) {
  return (
    <ul className="divide-y divide-border rounded-md border border-border" data-testid={testId}>
      {requests.map((request) => (
        <li key={request.id} className="px-4 py-2">
          <Link href={`/mentor/reviews/${request.id}`} className="font-semibold">
            {request.title}
          </Link>
          <span className="block text-sm">“{request.goal}”</span>
          <span className="block text-xs text-muted">
            {request.candidate} · {STATUS_LABELS[request.status]}
            {request.status === "claimed" && request.claimedUntil
              ? ` until ${dateTimeUtc.format(new Date(request.claimedUntil))} UTC`
              : ""}{" "}
            · last change {dateTimeUtc.format(new Date(request.updatedAt))} UTC
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function MentorPage({ searchParams }: PageProps<"/mentor">) {
  // A visitor sees what the desk is for; a signed-in account without the role is refused (403).
  if (!(await getCurrentUser())) return <MentorExplainer />;
  const user = await requirePageAccess("/mentor", "mentor");
  const { prompt, claim } = await searchParams;
  const promptId =
    typeof prompt === "string" && PROMPTS.some((candidate) => candidate.id === prompt) ? prompt : undefined;
  const [queue, mine] = await Promise.all([reviewQueue(promptId), mentorRequests(user.id)]);
  const active = mine.filter((request) => request.status === "claimed" || request.status === "revised");
  const done = mine.filter((request) => request.status === "reviewed" || request.status === "closed");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold">Mentor desk</h1>
      <p className="text-muted">Signed in as {user.name}. This area is for mentors and admins.</p>
      {claim === "taken" ? (
        <Alert tone="error">
          That request was just claimed by another mentor (or is no longer open). Pick another.
        </Alert>
      ) : null}

      <section aria-labelledby="queue-heading" className="space-y-3 rounded-lg border border-border bg-surface p-6">
        <h2 id="queue-heading" className="text-xl font-semibold">
          Review queue
        </h2>
        <form className="flex flex-wrap items-end gap-2" method="get">
          <label className="space-y-1 text-sm">
            <span className="font-medium">Prompt</span>
            <select name="prompt" className={inputClasses} defaultValue={promptId ?? ""}>
              <option value="">All prompts</option>
              {PROMPTS.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.title}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary">
            Filter
          </Button>
        </form>
        {queue.length === 0 ? (
          <p className="text-muted">No review requests are waiting{promptId ? " for this prompt" : ""}.</p>
        ) : (
          <ol className="divide-y divide-border rounded-md border border-border bg-bg" data-testid="queue">
            {queue.map((request) => (
              <li key={request.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
                <div>
                  <p className="font-semibold">{request.title}</p>
                  <p className="text-sm">“{request.goal}”</p>
                  <p className="text-xs text-muted">
                    {request.candidate} · asked {dateTimeUtc.format(new Date(request.createdAt))} UTC
                  </p>
                </div>
                <form action={claimAction}>
                  <input type="hidden" name="requestId" value={request.id} />
                  <Button type="submit" aria-label={`Claim the review of ${request.title}: ${request.goal}`}>
                    Claim
                  </Button>
                </form>
              </li>
            ))}
          </ol>
        )}
        <p className="text-xs text-muted">
          Claiming locks a request to you for {CLAIM_MINUTES} minutes; if you do not send a review in that time it
          returns to the queue.
        </p>
      </section>

      <section aria-labelledby="claims-heading" className="space-y-2">
        <h2 id="claims-heading" className="text-xl font-semibold">
          Your claims and revised answers
        </h2>
        {active.length === 0 ? (
          <p className="text-muted">Nothing in progress.</p>
        ) : (
          <MentorRequestList requests={active} testId="my-claims" />
        )}
      </section>
      <section aria-labelledby="done-heading" className="space-y-2">
        <h2 id="done-heading" className="text-xl font-semibold">
          Completed reviews
        </h2>
        {done.length === 0 ? (
          <p className="text-muted">None yet.</p>
        ) : (
          <MentorRequestList requests={done} testId="my-completed" />
        )}
      </section>
    </div>
  );
}
