"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field-styles";
import type { ActionState } from "@/lib/interviews/actions";
import {
  closeAction,
  commentAction,
  rateAction,
  requestReviewAction,
  selfRateAction,
  startInterviewAction,
  submitIterationAction,
  submitReviewAction,
} from "@/lib/interviews/actions";
import { LENGTHS, RUBRIC, VERDICTS } from "@/lib/interviews/rubric";
import { PROMPTS } from "@/lib/prompts/bank";

const idle: ActionState = { status: "idle" };

/** A rubric axis's levels as options, each saying what that level looks like. */
function LevelOptions({ levels }: { levels: readonly string[] }) {
  return (
    <>
      <option value="" disabled>
        Choose…
      </option>
      {levels.map((level, index) => (
        <option key={level} value={index + 1}>
          {index + 1}: {level}
        </option>
      ))}
    </>
  );
}

function Result({ state }: { state: ActionState }) {
  return (
    <div aria-live="polite">
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {state.status === "ok" ? <Alert tone="success">{state.message}</Alert> : null}
    </div>
  );
}

export function StartInterviewForm() {
  const [state, action, pending] = useActionState(startInterviewAction, idle);
  return (
    <form action={action} className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <h2 className="text-lg font-semibold">Start a mock interview</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="space-y-1">
          <span className="text-sm font-medium">Prompt</span>
          <select name="promptId" className={inputClasses} defaultValue={PROMPTS[0]!.id}>
            {PROMPTS.map((prompt) => (
              <option key={prompt.id} value={prompt.id}>
                {prompt.title}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1">
          <span className="text-sm font-medium">Length</span>
          <select name="lengthMinutes" className={inputClasses} defaultValue="45">
            {LENGTHS.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes} minutes
              </option>
            ))}
          </select>
        </label>
      </div>
      <Result state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? "Starting…" : "Start the interview"}
      </Button>
    </form>
  );
}

export function SubmitIterationForm({ interviewId, next }: { interviewId: string; next: number }) {
  const [state, action, pending] = useActionState(submitIterationAction, idle);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="interviewId" value={interviewId} />
      <Button type="submit" disabled={pending}>
        {next === 1 ? "Submit my answer" : `Submit iteration ${next}`}
      </Button>
      <Result state={state} />
    </form>
  );
}

export function SelfRatingForm({
  interviewId,
  current,
}: {
  interviewId: string;
  current: Record<string, number> | null;
}) {
  const [state, action, pending] = useActionState(selfRateAction, idle);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="interviewId" value={interviewId} />
      <div className="grid gap-3 sm:grid-cols-2">
        {RUBRIC.map((axis) => (
          <label key={axis.id} className="space-y-1">
            <span className="text-sm font-medium">{axis.title} (1–4)</span>
            <select name={axis.id} className={inputClasses} defaultValue={current?.[axis.id] ?? ""} required>
              <LevelOptions levels={axis.levels} />
            </select>
          </label>
        ))}
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        Save my self-assessment
      </Button>
      <Result state={state} />
    </form>
  );
}

export function RequestReviewForm({ interviewId }: { interviewId: string }) {
  const [state, action, pending] = useActionState(requestReviewAction, idle);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="interviewId" value={interviewId} />
      <label className="block space-y-1">
        <span className="text-sm font-medium">What should the mentor focus on?</span>
        <textarea
          name="goal"
          className={inputClasses}
          rows={2}
          maxLength={500}
          placeholder="Is my sharding plan sound?"
        />
      </label>
      <Button type="submit" disabled={pending}>
        Request a review
      </Button>
      <Result state={state} />
    </form>
  );
}

export function CommentForm({
  requestId,
  anchors,
  label = "Add a comment",
}: {
  requestId: string;
  anchors: { value: string; label: string }[];
  label?: string;
}) {
  const [state, action, pending] = useActionState(commentAction, idle);
  return (
    <form action={action} className="space-y-2" data-testid="comment-form">
      <input type="hidden" name="requestId" value={requestId} />
      <label className="block space-y-1">
        <span className="text-sm font-medium">About</span>
        <select name="anchor" className={inputClasses} defaultValue="">
          <option value="">The answer as a whole</option>
          {anchors.map((anchor) => (
            <option key={anchor.value} value={anchor.value}>
              {anchor.label}
            </option>
          ))}
        </select>
      </label>
      <label className="block space-y-1">
        <span className="text-sm font-medium">Comment</span>
        <textarea name="body" className={inputClasses} rows={3} maxLength={4000} />
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {label}
      </Button>
      <Result state={state} />
    </form>
  );
}

export function ReviewForm({ requestId }: { requestId: string }) {
  const [state, action, pending] = useActionState(submitReviewAction, idle);
  return (
    <form action={action} className="space-y-4" data-testid="review-form">
      <input type="hidden" name="requestId" value={requestId} />
      {RUBRIC.map((axis) => (
        <fieldset key={axis.id} className="space-y-2 rounded-md border border-border p-3">
          <legend className="px-1 font-semibold">{axis.title}</legend>
          <label className="block space-y-1">
            <span className="text-sm font-medium">{axis.title} score</span>
            <select name={`${axis.id}.score`} className={inputClasses} defaultValue="">
              <LevelOptions levels={axis.levels} />
            </select>
          </label>
          <label className="block space-y-1">
            <span className="text-sm font-medium">{axis.title} evidence</span>
            <textarea name={`${axis.id}.evidence`} className={inputClasses} rows={2} maxLength={2000} />
          </label>
        </fieldset>
      ))}
      <label className="block space-y-1">
        <span className="text-sm font-medium">Verdict</span>
        <select name="verdict" className={inputClasses} defaultValue="">
          <option value="" disabled>
            Choose…
          </option>
          {VERDICTS.map((verdict) => (
            <option key={verdict.id} value={verdict.id}>
              {verdict.label}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" disabled={pending}>
        Send the review
      </Button>
      <Result state={state} />
    </form>
  );
}

export function CloseForm({ requestId }: { requestId: string }) {
  const [state, action, pending] = useActionState(closeAction, idle);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="requestId" value={requestId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Close the discussion
      </Button>
      <Result state={state} />
    </form>
  );
}

export function RateForm({ requestId, current }: { requestId: string; current: number | null }) {
  const [state, action, pending] = useActionState(rateAction, idle);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="requestId" value={requestId} />
      <label className="space-y-1">
        <span className="text-sm font-medium">How useful was this review? (1–5)</span>
        <select name="rating" className={inputClasses} defaultValue={current ?? ""}>
          <option value="" disabled>
            Choose…
          </option>
          {[1, 2, 3, 4, 5].map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        Rate the review
      </Button>
      <Result state={state} />
    </form>
  );
}
