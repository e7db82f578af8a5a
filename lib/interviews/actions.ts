"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorize } from "@/lib/auth/session";
import { createInterview, setSelfRating, submitIteration } from "@/lib/interviews/interviews";
import {
  addComment,
  claimRequest,
  closeDiscussion,
  rateReview,
  requestReview,
  submitReview,
} from "@/lib/interviews/reviews";
import { RUBRIC_AXES } from "@/lib/interviews/rubric";
import {
  commentInput,
  interviewId as interviewIdSchema,
  newInterviewInput,
  ratingInput,
  requestId as requestIdSchema,
  reviewInput,
  reviewRequestInput,
  selfRatingInput,
} from "@/lib/interviews/validations";

// Every action checks the session first; the data functions it calls then
// scope every read and write to what that user may touch.

export type ActionState = { status: "idle" } | { status: "error"; message: string } | { status: "ok"; message: string };

const error = (message: string): ActionState => ({ status: "error", message });
const field = (form: FormData, name: string) => String(form.get(name) ?? "");
const firstIssue = (issues: { message: string }[]) => issues[0]?.message ?? "Check the form.";

export async function startInterviewAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const access = await authorize();
  if (!access.ok) return error(access.message);
  const parsed = newInterviewInput.safeParse({
    promptId: field(form, "promptId"),
    lengthMinutes: field(form, "lengthMinutes"),
  });
  if (!parsed.success) return error(firstIssue(parsed.error.issues));
  const id = await createInterview(access.user.id, parsed.data);
  redirect(`/interviews/${id}`);
}

export async function submitIterationAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const access = await authorize();
  if (!access.ok) return error(access.message);
  const id = interviewIdSchema.safeParse(field(form, "interviewId"));
  const number = id.success ? await submitIteration(access.user.id, id.data) : null;
  if (number === null) return error("There is no such interview in your account.");
  revalidatePath(`/interviews/${id.data}`);
  return { status: "ok", message: `Iteration ${number} submitted.` };
}

export async function selfRateAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const access = await authorize();
  if (!access.ok) return error(access.message);
  const id = interviewIdSchema.safeParse(field(form, "interviewId"));
  const rating = selfRatingInput.safeParse(Object.fromEntries(RUBRIC_AXES.map((axis) => [axis, field(form, axis)])));
  if (!id.success) return error("There is no such interview in your account.");
  if (!rating.success) return error(firstIssue(rating.error.issues));
  if (!(await setSelfRating(access.user.id, id.data, rating.data)))
    return error("Submit the interview before rating yourself.");
  revalidatePath(`/interviews/${id.data}`);
  return { status: "ok", message: "Self-assessment saved." };
}

export async function requestReviewAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const access = await authorize();
  if (!access.ok) return error(access.message);
  const id = interviewIdSchema.safeParse(field(form, "interviewId"));
  const goal = reviewRequestInput.safeParse({ goal: field(form, "goal") });
  if (!id.success) return error("There is no such interview in your account.");
  if (!goal.success) return error(firstIssue(goal.error.issues));
  const result = await requestReview(access.user.id, id.data, goal.data.goal);
  if (!result.ok) return error(result.message);
  revalidatePath(`/interviews/${id.data}`);
  return { status: "ok", message: "Review requested: it is in the mentors' queue." };
}

export async function claimAction(form: FormData): Promise<void> {
  const access = await authorize("mentor");
  if (!access.ok) redirect("/mentor");
  const id = requestIdSchema.safeParse(field(form, "requestId"));
  if (id.success && (await claimRequest(access.user.id, id.data))) redirect(`/mentor/reviews/${id.data}`);
  redirect("/mentor?claim=taken");
}

export async function commentAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const access = await authorize();
  if (!access.ok) return error(access.message);
  const id = requestIdSchema.safeParse(field(form, "requestId"));
  const input = commentInput.safeParse({ anchor: field(form, "anchor") || null, body: field(form, "body") });
  if (!id.success) return error("There is no such review in your account.");
  if (!input.success) return error(firstIssue(input.error.issues));
  const result = await addComment(access.user.id, id.data, input.data);
  if (!result.ok) return error(result.message);
  revalidatePath("/mentor/reviews/[id]", "page");
  revalidatePath("/interviews/[id]/reviews/[requestId]", "page");
  return { status: "ok", message: "Comment added." };
}

export async function submitReviewAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const access = await authorize("mentor");
  if (!access.ok) return error(access.message);
  const id = requestIdSchema.safeParse(field(form, "requestId"));
  const input = reviewInput.safeParse({
    scores: Object.fromEntries(
      RUBRIC_AXES.map((axis) => [
        axis,
        { score: field(form, `${axis}.score`), evidence: field(form, `${axis}.evidence`) },
      ]),
    ),
    verdict: field(form, "verdict"),
  });
  if (!id.success) return error("There is no such review in your account.");
  if (!input.success) return error(firstIssue(input.error.issues));
  const result = await submitReview(access.user.id, id.data, input.data);
  if (!result.ok) return error(result.message);
  revalidatePath("/mentor/reviews/[id]", "page");
  return { status: "ok", message: "Review sent: the candidate has been notified." };
}

export async function closeAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const access = await authorize();
  if (!access.ok) return error(access.message);
  const id = requestIdSchema.safeParse(field(form, "requestId"));
  const result = id.success ? await closeDiscussion(access.user.id, id.data) : null;
  if (!result?.ok) return error(result?.message ?? "There is no such review in your account.");
  revalidatePath("/mentor/reviews/[id]", "page");
  revalidatePath("/interviews/[id]/reviews/[requestId]", "page");
  return { status: "ok", message: "Discussion closed." };
}

export async function rateAction(_state: ActionState, form: FormData): Promise<ActionState> {
  const access = await authorize();
  if (!access.ok) return error(access.message);
  const id = requestIdSchema.safeParse(field(form, "requestId"));
  const rating = ratingInput.safeParse({ rating: field(form, "rating") });
  if (!id.success) return error("There is no such review in your account.");
  if (!rating.success) return error(firstIssue(rating.error.issues));
  const result = await rateReview(access.user.id, id.data, rating.data.rating);
  if (!result.ok) return error(result.message);
  revalidatePath("/interviews/[id]/reviews/[requestId]", "page");
  return { status: "ok", message: "Thanks for rating the review." };
}
