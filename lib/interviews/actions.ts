"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/session";
import { formError, parseForm, type FormState } from "@/lib/forms/form-state";
import { createInterview, setSelfRating, submitIteration } from "@/lib/interviews/interviews";
import { addComment, closeDiscussion, rateReview, submitReview } from "@/lib/interviews/review-discussion";
import { claimRequest, requestReview } from "@/lib/interviews/review-queue";
import {
  commentForm,
  newInterviewInput,
  ratingForm,
  requestForm,
  requestId as requestIdSchema,
  requestReviewForm,
  reviewForm,
  selfRatingForm,
  submitIterationInput,
} from "@/lib/interviews/validations";

// Every action checks the session first, then reads the form with the schema
// the browser already applied; the data functions it calls scope every read
// and write to what that user may touch. Refusals keep the form as typed.

const NO_INTERVIEW = "There is no such interview in your account.";

export async function startInterviewAction(_state: FormState, form: FormData): Promise<FormState> {
  const access = await authorize();
  if (!access.ok) return formError(access.message);
  const parsed = parseForm(newInterviewInput, form);
  if (!parsed.ok) return parsed.state;
  const id = await createInterview(access.user.id, parsed.data);
  redirect(`/interviews/${id}`);
}

export async function submitIterationAction(_state: FormState, form: FormData): Promise<FormState> {
  const access = await authorize();
  if (!access.ok) return formError(access.message);
  const parsed = parseForm(submitIterationInput, form);
  if (!parsed.ok) return formError(NO_INTERVIEW);
  const { interviewId, iteration } = parsed.data;
  const outcome = await submitIteration(access.user.id, interviewId, iteration);
  if (outcome.status === "missing") return formError(NO_INTERVIEW);
  if (outcome.status === "conflict") return formError(outcome.message);
  revalidatePath(`/interviews/${interviewId}`);
  return { status: "ok", message: `Iteration ${outcome.number} submitted.` };
}

export async function selfRateAction(_state: FormState, form: FormData): Promise<FormState> {
  const access = await authorize();
  if (!access.ok) return formError(access.message);
  const parsed = parseForm(selfRatingForm, form);
  if (!parsed.ok) return parsed.state;
  const { interviewId, ...rating } = parsed.data;
  if (!(await setSelfRating(access.user.id, interviewId, rating)))
    return formError("Submit the interview before rating yourself.");
  revalidatePath(`/interviews/${interviewId}`);
  return { status: "ok", message: "Self-assessment saved." };
}

export async function requestReviewAction(_state: FormState, form: FormData): Promise<FormState> {
  const access = await authorize();
  if (!access.ok) return formError(access.message);
  const parsed = parseForm(requestReviewForm, form);
  if (!parsed.ok) return parsed.state;
  const result = await requestReview(access.user.id, parsed.data.interviewId, parsed.data.goal);
  if (!result.ok) return formError(result.message);
  revalidatePath(`/interviews/${parsed.data.interviewId}`);
  return { status: "ok", message: "Review requested: it is in the mentors' queue." };
}

/** A plain form on the queue page (no client state to keep): a lost race lands back on the queue with a message. */
export async function claimAction(form: FormData): Promise<void> {
  const access = await authorize("mentor");
  if (!access.ok) redirect("/mentor");
  const id = requestIdSchema.safeParse(form.get("requestId"));
  if (id.success && (await claimRequest(access.user.id, id.data)).ok) redirect(`/mentor/reviews/${id.data}`);
  redirect("/mentor?claim=taken");
}

export async function commentAction(_state: FormState, form: FormData): Promise<FormState> {
  const access = await authorize();
  if (!access.ok) return formError(access.message);
  const parsed = parseForm(commentForm, form);
  if (!parsed.ok) return parsed.state;
  const { requestId, ...input } = parsed.data;
  const result = await addComment(access.user.id, requestId, input);
  if (!result.ok) return formError(result.message);
  revalidatePath("/mentor/reviews/[id]", "page");
  revalidatePath("/interviews/[id]/reviews/[requestId]", "page");
  return { status: "ok", message: "Comment added." };
}

export async function submitReviewAction(_state: FormState, form: FormData): Promise<FormState> {
  const access = await authorize("mentor");
  if (!access.ok) return formError(access.message);
  const parsed = parseForm(reviewForm, form);
  if (!parsed.ok) return parsed.state;
  const { requestId, ...input } = parsed.data;
  const result = await submitReview(access.user.id, requestId, input);
  if (!result.ok) return formError(result.message);
  revalidatePath("/mentor/reviews/[id]", "page");
  return { status: "ok", message: "Review sent: the candidate has been notified." };
}

export async function closeAction(_state: FormState, form: FormData): Promise<FormState> {
  const access = await authorize();
  if (!access.ok) return formError(access.message);
  const parsed = parseForm(requestForm, form);
  const result = parsed.ok ? await closeDiscussion(access.user.id, parsed.data.requestId) : null;
  if (!result?.ok) return formError(result?.message ?? "There is no such review in your account.");
  revalidatePath("/mentor/reviews/[id]", "page");
  revalidatePath("/interviews/[id]/reviews/[requestId]", "page");
  return { status: "ok", message: "Discussion closed." };
}

export async function rateAction(_state: FormState, form: FormData): Promise<FormState> {
  const access = await authorize();
  if (!access.ok) return formError(access.message);
  const parsed = parseForm(ratingForm, form);
  if (!parsed.ok) return parsed.state;
  const result = await rateReview(access.user.id, parsed.data.requestId, parsed.data.rating);
  if (!result.ok) return formError(result.message);
  revalidatePath("/interviews/[id]/reviews/[requestId]", "page");
  return { status: "ok", message: "Thanks for rating the review." };
}
