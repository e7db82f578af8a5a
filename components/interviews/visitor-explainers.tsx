import Link from "next/link";
import { ReferenceAnswerView } from "@/components/case-study/reference-parts";
import { RubricTable } from "@/components/interviews/rubric-table";
import { PageHeader } from "@/components/layout/page-header";
import { buttonClasses } from "@/components/ui/button";
import { loadPromptReference } from "@/lib/prompts/load-reference";

const SAMPLE_PROMPT = "url-shortener";
const SAMPLE_PARTS = ["scope", "estimate", "wrap-up"] as const;

function AccountLinks({ back, what }: { back: string; what: string }) {
  const callback = encodeURIComponent(back);
  return (
    <section aria-labelledby="account-heading" className="space-y-3 rounded-lg border border-border bg-surface p-6">
      <h2 id="account-heading" className="text-xl font-semibold">
        What an account gives you
      </h2>
      <p>{what}</p>
      <p className="text-sm text-muted">
        An account is free and lives on this server. What you did in the lessons as a visitor can come with you when you
        create it.
      </p>
      <div className="flex flex-wrap gap-2">
        <Link href={`/signup?callbackUrl=${callback}`} className={buttonClasses("primary")}>
          Create account
        </Link>
        <Link href={`/signin?callbackUrl=${callback}`} className={buttonClasses("secondary")}>
          Sign in
        </Link>
      </div>
    </section>
  );
}

/** What /interviews is for, shown to a visitor before any sign-in form: the stages, the rubric, a sample answer. */
export async function InterviewsExplainer() {
  const sample = await loadPromptReference(SAMPLE_PROMPT);
  return (
    <div className="space-y-8">
      <PageHeader title="Mock interviews">
        Rehearse the real thing: pick a prompt, and work it through the five stages of a system-design interview against
        the clock (scoping, estimation, high-level design, deep dive, wrap-up). Then rate yourself on the rubric,
        compare with a reference answer, and ask a mentor for a review.
      </PageHeader>
      <RubricTable />
      {sample ? (
        <section aria-labelledby="sample-heading" className="space-y-4">
          <h2 id="sample-heading" className="text-xl font-semibold">
            A sample answer: Design a URL shortener
          </h2>
          <p className="text-muted">
            Parts of the reference answer a candidate compares theirs with after submitting. The full answer also has
            the diagram, the deep dives and the follow-up questions.
          </p>
          <ReferenceAnswerView reference={sample} parts={SAMPLE_PARTS} />
        </section>
      ) : null}
      <AccountLinks
        back="/interviews"
        what="Your interviews are saved as you type (and survive a lost connection), you can submit new iterations, see your scores over time, and a mentor can review your answer with comments on the exact requirement or diagram node they mean."
      />
    </div>
  );
}

/** What /mentor is for, shown to a visitor: how reviews work and how someone becomes a mentor. */
export function MentorExplainer() {
  return (
    <div className="space-y-8">
      <PageHeader title="Mentor desk">
        Mentors review candidates&apos; mock interviews. A candidate submits an answer and asks for a review; a mentor
        claims it from the queue, reads everything the candidate wrote (requirements, estimate, diagram, trade-offs,
        wrap-up and their self-assessment), comments on the exact part they mean, and scores it on the rubric below. The
        candidate is notified, replies in the thread, and can submit a new iteration, which the mentor sees as a diff.
      </PageHeader>
      <RubricTable />
      <AccountLinks
        back="/mentor"
        what="Mentor accounts see the review queue, their claimed reviews and their history. Every account starts as a candidate; an instructor or admin of this server grants the mentor role."
      />
    </div>
  );
}
