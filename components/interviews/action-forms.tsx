"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/fields";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  closeAction,
  commentAction,
  rateAction,
  requestReviewAction,
  selfRateAction,
  startInterviewAction,
  submitReviewAction,
} from "@/lib/interviews/actions";
import { LENGTHS, RUBRIC, RUBRIC_AXES, VERDICTS, type RubricAxis, type Verdict } from "@/lib/interviews/rubric";
import {
  commentForm,
  newInterviewInput,
  ratingForm,
  requestForm,
  requestReviewForm,
  reviewForm,
  selfRatingForm,
} from "@/lib/interviews/validations";
import { PROMPTS } from "@/lib/prompts/catalog";

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

export function StartInterviewForm() {
  const form = useActionForm({
    action: startInterviewAction,
    schema: newInterviewInput,
    initial: { promptId: PROMPTS[0]!.id, lengthMinutes: "45" },
  });
  return (
    <form {...form.formProps} className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <h2 className="text-lg font-semibold">Start a mock interview</h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Prompt" {...form.field("promptId")}>
          {PROMPTS.map((prompt) => (
            <option key={prompt.id} value={prompt.id}>
              {prompt.title}
            </option>
          ))}
        </SelectField>
        <SelectField label="Length" {...form.field("lengthMinutes")}>
          {LENGTHS.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes} minutes
            </option>
          ))}
        </SelectField>
      </div>
      <FormMessage state={form.message} />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Starting…" : "Start the interview"}
      </Button>
    </form>
  );
}

export function SelfRatingForm({
  interviewId,
  current,
}: {
  interviewId: string;
  current: Partial<Record<RubricAxis, number>> | null;
}) {
  const form = useActionForm({
    action: selfRateAction,
    schema: selfRatingForm,
    initial: Object.fromEntries(RUBRIC_AXES.map((axis) => [axis, String(current?.[axis] ?? "")])),
  });
  return (
    <form {...form.formProps} className="space-y-3">
      <input type="hidden" name="interviewId" value={interviewId} />
      <div className="grid gap-3 sm:grid-cols-2">
        {RUBRIC.map((axis) => (
          <SelectField key={axis.id} label={`${axis.title} (1–4)`} required {...form.field(axis.id)}>
            <LevelOptions levels={axis.levels} />
          </SelectField>
        ))}
      </div>
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {form.pending ? "Saving…" : "Save my self-assessment"}
      </Button>
      <FormMessage state={form.message} />
    </form>
  );
}

export function RequestReviewForm({ interviewId }: { interviewId: string }) {
  const form = useActionForm({ action: requestReviewAction, schema: requestReviewForm, initial: { goal: "" } });
  return (
    <form {...form.formProps} className="space-y-2">
      <input type="hidden" name="interviewId" value={interviewId} />
      <TextAreaField
        label="What should the mentor focus on?"
        rows={2}
        maxLength={500}
        required
        placeholder="Is my sharding plan sound?"
        {...form.field("goal")}
      />
      <Button type="submit" disabled={form.pending}>
        Request a review
      </Button>
      <FormMessage state={form.message} />
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
  // A sent comment shows in the thread, so the box empties for the next one.
  const form = useActionForm({
    action: commentAction,
    schema: commentForm,
    initial: { anchor: "", body: "" },
    resetOnSuccess: true,
  });
  return (
    <form {...form.formProps} className="space-y-2" data-testid="comment-form">
      <input type="hidden" name="requestId" value={requestId} />
      <SelectField label="About" {...form.field("anchor")}>
        <option value="">The answer as a whole</option>
        {anchors.map((anchor) => (
          <option key={anchor.value} value={anchor.value}>
            {anchor.label}
          </option>
        ))}
      </SelectField>
      <TextAreaField label="Comment" rows={3} maxLength={4000} required {...form.field("body")} />
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {label}
      </Button>
      <FormMessage state={form.message} />
    </form>
  );
}

/**
 * "Reply" under a comment: opens a box for an answer that joins that comment's
 * thread. The box keeps its text until the reply is sent, then closes.
 */
export function ReplyForm({ requestId, parentId, to }: { requestId: string; parentId: string; to: string }) {
  const [open, setOpen] = useState(false);
  const form = useActionForm({
    action: async (previous, data) => {
      const result = await commentAction(previous, data);
      if (result.status === "ok") setOpen(false);
      return result;
    },
    schema: commentForm,
    initial: { body: "" },
    resetOnSuccess: true,
  });
  if (!open)
    return (
      <Button variant="ghost" size="sm" aria-expanded={false} onClick={() => setOpen(true)}>
        Reply to {to}
      </Button>
    );
  return (
    <form {...form.formProps} className="mt-2 space-y-2" data-testid="reply-form">
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="parentId" value={parentId} />
      <input type="hidden" name="anchor" value="" />
      <TextAreaField
        label={`Your reply to ${to}`}
        rows={2}
        maxLength={4000}
        required
        autoFocus
        {...form.field("body")}
      />
      <div className="flex gap-2">
        <Button type="submit" variant="secondary" size="sm" disabled={form.pending}>
          Send reply
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
      <FormMessage state={form.message} />
    </form>
  );
}

type SavedReview = { scores: Record<RubricAxis, { score: number; evidence: string }>; verdict: Verdict };

/** The mentor's scores, evidence and verdict; reopened with the review already sent for this iteration, if any. */
export function ReviewForm({ requestId, saved }: { requestId: string; saved: SavedReview | null }) {
  const form = useActionForm({
    action: submitReviewAction,
    schema: reviewForm,
    initial: Object.fromEntries([
      ...RUBRIC_AXES.flatMap((axis) => [
        [`scores.${axis}.score`, String(saved?.scores[axis]?.score ?? "")],
        [`scores.${axis}.evidence`, saved?.scores[axis]?.evidence ?? ""],
      ]),
      ["verdict", saved?.verdict ?? ""],
    ]),
  });
  return (
    <form {...form.formProps} className="space-y-4" data-testid="review-form">
      <input type="hidden" name="requestId" value={requestId} />
      {RUBRIC.map((axis) => (
        <fieldset key={axis.id} className="space-y-2 rounded-md border border-border p-3">
          <legend className="px-1 font-semibold">{axis.title}</legend>
          <SelectField label={`${axis.title} score`} required {...form.field(`scores.${axis.id}.score`)}>
            <LevelOptions levels={axis.levels} />
          </SelectField>
          <TextAreaField
            label={`${axis.title} evidence`}
            rows={2}
            maxLength={2000}
            required
            {...form.field(`scores.${axis.id}.evidence`)}
          />
        </fieldset>
      ))}
      <SelectField label="Verdict" required {...form.field("verdict")}>
        <option value="" disabled>
          Choose…
        </option>
        {VERDICTS.map((verdict) => (
          <option key={verdict.id} value={verdict.id}>
            {verdict.label}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Sending…" : saved ? "Send the updated review" : "Send the review"}
      </Button>
      <FormMessage state={form.message} />
    </form>
  );
}

export function CloseForm({ requestId }: { requestId: string }) {
  const form = useActionForm({ action: closeAction, schema: requestForm, initial: {} });
  return (
    <form {...form.formProps} className="space-y-2">
      <input type="hidden" name="requestId" value={requestId} />
      <Button type="submit" variant="secondary" disabled={form.pending}>
        Close the discussion
      </Button>
      <FormMessage state={form.message} />
    </form>
  );
}

export function RateForm({ requestId, current }: { requestId: string; current: number | null }) {
  const form = useActionForm({
    action: rateAction,
    schema: ratingForm,
    initial: { rating: current ? String(current) : "" },
  });
  return (
    <form {...form.formProps} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="requestId" value={requestId} />
      <SelectField label="How useful was this review? (1–5)" required {...form.field("rating")}>
        <option value="" disabled>
          Choose…
        </option>
        {[1, 2, 3, 4, 5].map((value) => (
          <option key={value}>{value}</option>
        ))}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={form.pending}>
        Rate the review
      </Button>
      <FormMessage state={form.message} />
    </form>
  );
}
