import Link from "next/link";
import { LazyScoresChart } from "@/components/dashboard/lazy-scores-chart";
import type { CurrentUser } from "@/lib/auth/session";
import { listInterviews } from "@/lib/interviews/interviews";
import { listNotifications } from "@/lib/interviews/notifications";
import { candidateScores } from "@/lib/interviews/review-discussion";
import { mentorRequests, reviewQueue } from "@/lib/interviews/review-queue";
import { dateTimeUtc } from "@/lib/format/date";
import { averageScore, RUBRIC } from "@/lib/interviews/rubric";

const date = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** The dashboard's interview panels: a candidate's interviews, scores and notifications; a mentor's desk at a glance. */
export async function InterviewPanels({ user }: { user: CurrentUser }) {
  const [interviews, scores, notifications] = await Promise.all([
    listInterviews(user.id),
    candidateScores(user.id),
    listNotifications(user.id),
  ]);
  const unread = notifications.filter((notification) => !notification.read);
  const points = scores.map((review, index) => ({
    label: `#${index + 1}`,
    ...Object.fromEntries(RUBRIC.map((axis) => [axis.id, review.scores[axis.id].score])),
  }));
  const mentor = user.role === "MENTOR" || user.role === "ADMIN";
  const [queue, mine] = mentor ? await Promise.all([reviewQueue(), mentorRequests(user.id)]) : [[], []];

  return (
    <>
      <section aria-labelledby="notifications" className="space-y-2 rounded-lg border border-border p-4">
        <h2 id="notifications" className="text-xl font-semibold">
          Notifications {unread.length ? `(${unread.length} new)` : ""}
        </h2>
        {notifications.length === 0 ? (
          <p className="text-muted">Nothing new. Reviews of your mock interviews will show up here.</p>
        ) : (
          <ul className="space-y-1" data-testid="notifications">
            {notifications.map((notification) => (
              <li key={notification.id} className={notification.read ? "text-muted" : "font-medium"}>
                <Link href={notification.href}>{notification.text}</Link>{" "}
                <time dateTime={notification.createdAt} className="text-sm text-muted">
                  {dateTimeUtc.format(new Date(notification.createdAt))} UTC
                </time>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="interviews" className="space-y-3 rounded-lg border border-border p-4">
        <h2 id="interviews" className="text-xl font-semibold">
          Mock interviews
        </h2>
        {interviews.length === 0 ? (
          <p className="text-muted">
            No mock interviews yet. <Link href="/interviews">Start one</Link> when you have scoped and estimated a few
            designs.
          </p>
        ) : (
          <ul className="list-disc pl-5">
            {interviews.slice(0, 5).map((interview) => (
              <li key={interview.id}>
                <Link href={`/interviews/${interview.id}`}>{interview.title}</Link> ·{" "}
                {date.format(new Date(interview.createdAt))}
              </li>
            ))}
          </ul>
        )}
        {scores.length ? (
          <>
            <h3 className="font-semibold">Mentor scores over time</h3>
            <LazyScoresChart points={points} axes={RUBRIC.map(({ id, title }) => ({ id, title }))} />
            <table className="text-sm" data-testid="score-history">
              <caption className="sr-only">Mentor scores per review</caption>
              <thead>
                <tr>
                  <th scope="col" className="pr-4 text-left">
                    Review
                  </th>
                  <th scope="col" className="pr-4 text-left">
                    Prompt
                  </th>
                  <th scope="col" className="text-left">
                    Average (1–4)
                  </th>
                </tr>
              </thead>
              <tbody>
                {scores.map((review, index) => (
                  <tr key={review.at}>
                    <td className="pr-4">#{index + 1}</td>
                    <td className="pr-4">{review.title}</td>
                    <td>
                      {averageScore(
                        Object.fromEntries(RUBRIC.map((axis) => [axis.id, review.scores[axis.id].score])),
                      )?.toFixed(2)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
      </section>

      {mentor ? (
        <section aria-labelledby="mentoring" className="space-y-2 rounded-lg border border-border p-4">
          <h2 id="mentoring" className="text-xl font-semibold">
            Mentoring
          </h2>
          <p>
            <Link href="/mentor">
              {queue.length} request{queue.length === 1 ? "" : "s"} in the queue
            </Link>{" "}
            · {mine.filter((request) => request.status === "claimed" || request.status === "revised").length} in
            progress · {mine.filter((request) => request.status === "reviewed" || request.status === "closed").length}{" "}
            completed
          </p>
        </section>
      ) : null}
    </>
  );
}
