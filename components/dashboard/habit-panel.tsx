import Link from "next/link";
import { DailyGoalForm } from "@/components/dashboard/daily-goal-form";
import { LazyStudyHeatmap } from "@/components/dashboard/lazy-study-heatmap";
import { buttonClasses } from "@/components/ui/button";
import type { HabitSummary } from "@/lib/review/habit-data";
import { plural } from "@/lib/format/plural";

const longDay = new Intl.DateTimeFormat("en", {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/**
 * The top of the dashboard: the one next step, what is due, today against
 * the goal with the streak, mastery per part and the study days.
 */
export function HabitPanel({ habit }: { habit: HabitSummary }) {
  return (
    <section aria-labelledby="habit-heading" className="flex flex-col gap-4">
      <h2 id="habit-heading" className="text-xl font-semibold">
        Your study
      </h2>
      <div className="rounded-lg border border-accent bg-accent-soft p-4">
        <p className="text-sm font-semibold">Your next step</p>
        <p className="mt-1 text-lg font-semibold">
          <Link href={habit.next.href} data-testid="next-step" data-kind={habit.next.kind}>
            {habit.next.text}
          </Link>
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <DueToday due={habit.due} />
        <TodayAndStreak habit={habit} />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Mastery mastery={habit.mastery} />
        <StudyDays days={habit.days} goal={habit.goal} />
      </div>
    </section>
  );
}

function DueToday({ due }: { due: HabitSummary["due"] }) {
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-border p-4" data-testid="due-today">
      <h3 className="font-semibold">Reviews due today</h3>
      {due.total === 0 ? (
        <p className="text-muted">
          No review cards yet. Answers you miss in a lesson become review cards, due again just before you would forget
          them.
        </p>
      ) : (
        <>
          <p>
            <strong className="text-2xl">{due.today}</strong> {due.today === 1 ? "card" : "cards"} due today
            {due.today > due.now ? ` (${due.now} ready now)` : ""}
            <span className="text-muted"> · {plural(due.total, "card")} in all</span>
          </p>
          <p>
            <Link href="/review" className={due.now > 0 ? buttonClasses("primary") : undefined}>
              {due.now > 0 ? "Start reviewing" : "Open your review cards"}
            </Link>
          </p>
        </>
      )}
    </div>
  );
}

function TodayAndStreak({ habit }: { habit: HabitSummary }) {
  const { done, goal, streak } = habit;
  const studiedToday = done > 0;
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-border p-4">
      <h3 className="font-semibold">Today</h3>
      <div className="flex flex-col gap-1">
        <p>
          {done} of {goal} answers and reviews{done >= goal ? ": goal met" : ""}
        </p>
        <progress
          value={Math.min(done, goal)}
          max={goal}
          aria-label={`Daily goal: ${done} of ${goal} answers and reviews`}
          className="h-2 w-full accent-(--color-accent)"
        />
      </div>
      <p data-testid="streak" data-streak={streak}>
        {streak > 0 ? (
          <>
            <strong>{plural(streak, "day")}</strong> in a row
            {studiedToday ? "" : <span className="text-muted">: study today to keep it going</span>}
          </>
        ) : (
          <span className="text-muted">No streak yet: answer or review something today to start one.</span>
        )}
      </p>
      <DailyGoalForm goal={goal} />
    </div>
  );
}

function Mastery({ mastery }: { mastery: HabitSummary["mastery"] }) {
  return (
    <div className="flex flex-col gap-2 rounded-lg border border-border p-4">
      <h3 className="font-semibold">Mastery per part</h3>
      <p className="text-sm text-muted">A lesson is mastered when every exercise in it is answered right.</p>
      <ul className="flex flex-col gap-2" data-testid="mastery">
        {mastery.map((part) => (
          <li key={part.id} className="flex flex-col gap-1">
            <span className="flex justify-between gap-2 text-sm">
              <span>
                {part.label}: {part.title}
              </span>
              <span className="text-muted">
                {part.mastered} of {part.total}
              </span>
            </span>
            <progress
              value={part.mastered}
              max={part.total}
              aria-label={`${part.title}: ${part.mastered} of ${part.total} lessons mastered`}
              className="h-2 w-full accent-(--color-accent)"
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

function StudyDays({ days, goal }: { days: HabitSummary["days"]; goal: number }) {
  const studiedDays = days.filter((entry) => entry.count > 0);
  return (
    <div className="flex min-w-0 flex-col gap-2 rounded-lg border border-border p-4">
      <h3 className="font-semibold">Study days</h3>
      <p className="text-sm" data-testid="study-days">
        Studied on {studiedDays.length} of the last {days.length} days.
      </p>
      <LazyStudyHeatmap days={days} goal={goal} />
      {studiedDays.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer">The study days as a list</summary>
          <table className="mt-2">
            <caption className="sr-only">Answers and reviews per study day, newest first</caption>
            <thead>
              <tr>
                <th scope="col" className="pr-4 text-left">
                  Day
                </th>
                <th scope="col" className="text-left">
                  Answers and reviews
                </th>
              </tr>
            </thead>
            <tbody>
              {[...studiedDays].reverse().map((entry) => (
                <tr key={entry.day}>
                  <td className="pr-4">{longDay.format(new Date(entry.day))}</td>
                  <td>{entry.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </div>
  );
}
