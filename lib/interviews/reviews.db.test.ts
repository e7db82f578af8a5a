import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { setMentor } from "@/lib/accounts/mentor-roles";
import { getPrisma } from "@/lib/db/client";
import { getDiagram, saveDiagram } from "@/lib/diagrams/diagrams";
import {
  createInterview,
  getInterview,
  saveInterview,
  setSelfRating,
  submitIteration,
} from "@/lib/interviews/interviews";
import {
  addComment,
  closeDiscussion,
  getDiscussion,
  rateReview,
  submitReview,
} from "@/lib/interviews/review-discussion";
import { claimRequest, mentorRequests, requestReview, reviewQueue, STATUS_LABELS } from "@/lib/interviews/review-queue";
import type { ReviewInput } from "@/lib/interviews/validations";

async function user(role: "CANDIDATE" | "MENTOR" = "CANDIDATE") {
  const row = await getPrisma().user.create({
    data: {
      name: role === "MENTOR" ? "Mentor" : "Candidate",
      email: `${role.toLowerCase()}-${randomUUID()}@example.com`,
      passwordHash: "x",
      role,
    },
    select: { id: true },
  });
  return row.id;
}

const REVIEW: ReviewInput = {
  scores: {
    problemNavigation: { score: 3, evidence: "Clear V1 scope." },
    solutionDesign: { score: 2, evidence: "No cache on the read path." },
    technicalExcellence: { score: 3, evidence: "Good geo index choice." },
    communication: { score: 4, evidence: "Every trade-off stated." },
  },
  verdict: "lean-hire",
};

/** A candidate with a submitted interview and an open review request. */
async function submittedWithRequest() {
  const candidate = await user();
  const interviewId = await createInterview(candidate, { promptId: "ride-sharing", lengthMinutes: 30 });
  expect(await submitIteration(candidate, interviewId, 1)).toEqual({ status: "submitted", number: 1 });
  const request = await requestReview(candidate, interviewId, "Is my location write path sound?");
  if (!request.ok) throw new Error(request.message);
  return { candidate, interviewId, requestId: request.id };
}

describe("mock interviews", () => {
  it("start with their own worksheet and diagram, save with versions, and freeze iterations", async () => {
    const candidate = await user();
    const id = await createInterview(candidate, { promptId: "chat", lengthMinutes: 45 });
    const interview = (await getInterview(candidate, id))!;
    expect(interview).toMatchObject({ title: "Design a chat app", lengthMinutes: 45, iterations: 0, version: 1 });
    const stages = { current: "estimation" as const, startedAt: { scoping: new Date().toISOString() } };
    expect(await saveInterview(candidate, id, { baseVersion: 1, tradeoffs: "Because …", wrapUp: "", stages })).toEqual({
      status: "saved",
      version: 2,
    });
    expect(
      (await saveInterview(candidate, id, { baseVersion: 1, tradeoffs: "stale", wrapUp: "", stages })).status,
    ).toBe("conflict");
    expect(
      await setSelfRating(candidate, id, {
        problemNavigation: 2,
        solutionDesign: 2,
        technicalExcellence: 2,
        communication: 2,
      }),
    ).toBe(false);
    expect(await submitIteration(candidate, id, 1)).toEqual({ status: "submitted", number: 1 });
    expect(
      await setSelfRating(candidate, id, {
        problemNavigation: 2,
        solutionDesign: 3,
        technicalExcellence: 2,
        communication: 4,
      }),
    ).toBe(true);
  });

  it("another candidate can do nothing with it, whatever id they guess", async () => {
    const owner = await user();
    const stranger = await user();
    const id = await createInterview(owner, { promptId: "chat", lengthMinutes: 15 });
    const stages = { current: "scoping" as const, startedAt: {} };
    expect(await getInterview(stranger, id)).toBeNull();
    expect(await saveInterview(stranger, id, { baseVersion: 1, tradeoffs: "x", wrapUp: "", stages })).toEqual({
      status: "missing",
    });
    expect(await submitIteration(stranger, id, 1)).toEqual({ status: "missing" });
    expect(
      await setSelfRating(stranger, id, {
        problemNavigation: 1,
        solutionDesign: 1,
        technicalExcellence: 1,
        communication: 1,
      }),
    ).toBe(false);
    expect(await requestReview(stranger, id, "Please look at this")).toMatchObject({ ok: false, status: 404 });
  });
});

describe("review requests", () => {
  it("need a submitted answer, and one live request per interview", async () => {
    const candidate = await user();
    const id = await createInterview(candidate, { promptId: "url-shortener", lengthMinutes: 15 });
    expect(await requestReview(candidate, id, "Check my scope please")).toMatchObject({ ok: false, status: 409 });
    await submitIteration(candidate, id, 1);
    expect((await requestReview(candidate, id, "Check my scope please")).ok).toBe(true);
    expect(await requestReview(candidate, id, "And again please")).toMatchObject({ ok: false, status: 409 });
  });

  it("a claim locks the request to one mentor; a lapsed claim returns it to the queue", async () => {
    const { requestId } = await submittedWithRequest();
    const [first, second] = [await user("MENTOR"), await user("MENTOR")];
    const results = await Promise.all([claimRequest(first, requestId), claimRequest(second, requestId)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect((await reviewQueue()).map((item) => item.id)).not.toContain(requestId);
    await getPrisma().reviewRequest.update({
      where: { id: requestId },
      data: { claimedUntil: new Date(Date.now() - 1000) },
    });
    expect((await reviewQueue("ride-sharing")).map((item) => item.id)).toContain(requestId);
    expect((await reviewQueue("chat")).map((item) => item.id)).not.toContain(requestId);
    const holder = results[0]!.ok ? first : second;
    expect(await getDiscussion(holder, requestId)).toBeNull(); // the lapsed claim no longer opens it
    const other = holder === first ? second : first;
    expect(await claimRequest(other, requestId)).toEqual({ ok: true });
    expect((await getDiscussion(other, requestId))!.role).toBe("mentor");
  });

  it("a mentor cannot claim their own answer", async () => {
    const mentor = await user("MENTOR");
    const id = await createInterview(mentor, { promptId: "chat", lengthMinutes: 15 });
    await submitIteration(mentor, id, 1);
    const request = await requestReview(mentor, id, "Review my own work please");
    expect(request.ok && (await claimRequest(mentor, request.id))).toMatchObject({ ok: false, status: 409 });
  });

  it("runs the whole loop: comment, score, notify, reply, new iteration, re-review, close, rate", async () => {
    const { candidate, interviewId, requestId } = await submittedWithRequest();
    const mentor = await user("MENTOR");
    expect(await claimRequest(mentor, requestId)).toEqual({ ok: true });
    expect((await addComment(mentor, requestId, { anchor: "node:LB", body: "Which layer is this balancer?" })).ok).toBe(
      true,
    );
    expect(
      (await addComment(mentor, requestId, { anchor: "estimate:Peak writes", body: "Show the peak multiplier." })).ok,
    ).toBe(true);
    expect((await submitReview(mentor, requestId, REVIEW)).ok).toBe(true);
    const notes = await getPrisma().notification.findMany({ where: { userId: candidate } });
    expect(notes.map((note) => note.href)).toContain(`/interviews/${interviewId}/reviews/${requestId}`);

    expect((await addComment(candidate, requestId, { anchor: null, body: "Thanks, fixing it." })).ok).toBe(true);
    const interview = (await getInterview(candidate, interviewId))!;
    const diagram = (await getDiagram(candidate, interview.diagramId))!;
    await saveDiagram(candidate, diagram.id, {
      baseVersion: diagram.version,
      title: diagram.title,
      source: "flowchart LR\n  A -- HTTPS --> B",
      checkpoint: false,
    });
    expect(await submitIteration(candidate, interviewId, 2)).toEqual({ status: "submitted", number: 2 });

    const seen = (await getDiscussion(mentor, requestId))!;
    expect(seen.status).toBe("revised");
    expect(seen.iterations.map((iteration) => iteration.number)).toEqual([1, 2]);
    expect(seen.iterations[1]!.answer.diagram).toContain("A -- HTTPS --> B");
    expect(seen.comments.map((comment) => [comment.anchor, comment.byMentor])).toEqual([
      ["node:LB", true],
      ["estimate:Peak writes", true],
      [null, false],
    ]);
    expect((await submitReview(mentor, requestId, { ...REVIEW, verdict: "hire" })).ok).toBe(true);
    expect(
      (await getDiscussion(candidate, requestId))!.reviews.map((review) => [review.iteration, review.verdict]),
    ).toEqual([
      [1, "lean-hire"],
      [2, "hire"],
    ]);
    expect((await rateReview(candidate, requestId, 5)).ok).toBe(true);
    expect((await closeDiscussion(candidate, requestId)).ok).toBe(true);
    expect(await addComment(mentor, requestId, { anchor: null, body: "One more thing" })).toMatchObject({
      ok: false,
      status: 409,
    });
  });

  it("threads replies one level deep under the comment they answer; names the prompt in notifications; shows the self-assessment", async () => {
    const { candidate, interviewId, requestId } = await submittedWithRequest();
    const other = await submittedWithRequest();
    const mentor = await user("MENTOR");
    expect(await claimRequest(mentor, requestId)).toEqual({ ok: true });
    await addComment(mentor, requestId, { anchor: "node:LB", body: "Which layer?" });
    const [top] = (await getDiscussion(mentor, requestId))!.comments;
    // A reply takes its thread's anchor, whatever it sends.
    expect(await addComment(candidate, requestId, { anchor: "node:API", body: "Layer 7.", parentId: top!.id })).toEqual(
      {
        ok: true,
      },
    );
    const [, reply] = (await getDiscussion(mentor, requestId))!.comments;
    // A reply to a reply joins the top-level comment's thread.
    await addComment(mentor, requestId, { anchor: null, body: "Why?", parentId: reply!.id });
    const comments = (await getDiscussion(candidate, requestId))!.comments;
    expect(comments.map((comment) => [comment.body, comment.parentId, comment.anchor])).toEqual([
      ["Which layer?", null, "node:LB"],
      ["Layer 7.", top!.id, null],
      ["Why?", top!.id, null],
    ]);
    // A comment of another review cannot be answered here, nor an unknown one.
    const foreign = await claimRequest(mentor, other.requestId);
    expect(foreign).toEqual({ ok: true });
    await addComment(mentor, other.requestId, { anchor: null, body: "Elsewhere." });
    const [elsewhere] = (await getDiscussion(mentor, other.requestId))!.comments;
    for (const parentId of [elsewhere!.id, randomUUID()])
      expect(await addComment(candidate, requestId, { anchor: null, body: "x", parentId })).toMatchObject({
        ok: false,
        status: 404,
      });

    const notes = await getPrisma().notification.findMany({
      where: { userId: candidate },
      orderBy: { createdAt: "asc" },
    });
    expect(notes.map((note) => note.text)).toContain(
      'Your mentor commented on your answer to "Design a ride-sharing app".',
    );
    expect((await getPrisma().notification.findMany({ where: { userId: mentor } })).map((note) => note.text)).toContain(
      'The candidate replied in the review of "Design a ride-sharing app".',
    );

    expect((await getDiscussion(mentor, requestId))!.selfRating).toBeNull();
    await setSelfRating(candidate, interviewId, {
      problemNavigation: 3,
      solutionDesign: 2,
      technicalExcellence: 2,
      communication: 4,
    });
    expect((await getDiscussion(mentor, requestId))!.selfRating).toEqual({
      problemNavigation: 3,
      solutionDesign: 2,
      technicalExcellence: 2,
      communication: 4,
    });
  });

  it("lists name the candidate, and the state in words", async () => {
    const { requestId } = await submittedWithRequest();
    const queued = (await reviewQueue()).find((item) => item.id === requestId);
    expect(queued).toMatchObject({ candidate: "Candidate", title: "Design a ride-sharing app" });
    const mentor = await user("MENTOR");
    await claimRequest(mentor, requestId);
    const [mine] = await mentorRequests(mentor);
    expect(mine).toMatchObject({ id: requestId, candidate: "Candidate", status: "claimed" });
    expect(STATUS_LABELS[mine!.status]).toBe("Claimed");
  });

  it("a second candidate and an unrelated mentor can neither read nor change the answer or its review", async () => {
    const { requestId } = await submittedWithRequest();
    const mentor = await user("MENTOR");
    await claimRequest(mentor, requestId);
    const stranger = await user();
    const otherMentor = await user("MENTOR");
    for (const outsider of [stranger, otherMentor]) {
      expect(await getDiscussion(outsider, requestId)).toBeNull();
      expect(await addComment(outsider, requestId, { anchor: null, body: "Hello" })).toMatchObject({
        ok: false,
        status: 404,
      });
      expect(await submitReview(outsider, requestId, REVIEW)).toMatchObject({ ok: false, status: 404 });
      expect(await closeDiscussion(outsider, requestId)).toMatchObject({ ok: false, status: 404 });
      expect(await rateReview(outsider, requestId, 1)).toMatchObject({ ok: false, status: 404 });
      expect(await claimRequest(outsider, requestId)).toMatchObject({ ok: false, status: 409 });
    }
    // The candidate cannot score their own review either.
    const owner = (await getPrisma().reviewRequest.findUniqueOrThrow({ where: { id: requestId } })).candidateId;
    expect(await submitReview(owner, requestId, REVIEW)).toMatchObject({ ok: false, status: 404 });
    expect(await getPrisma().reviewComment.count({ where: { requestId } })).toBe(0);
  });
});

describe("requests that arrive at once (eight at a time): exactly one succeeds, the rest are conflicts", () => {
  const eight = <T>(make: (index: number) => Promise<T>) => Promise.all(Array.from({ length: 8 }, (_, i) => make(i)));

  it("submitting the same iteration of one interview", async () => {
    const candidate = await user();
    const id = await createInterview(candidate, { promptId: "url-shortener", lengthMinutes: 15 });
    const outcomes = await eight(() => submitIteration(candidate, id, 1));
    expect(outcomes.filter((outcome) => outcome.status === "submitted")).toEqual([{ status: "submitted", number: 1 }]);
    expect(outcomes.filter((outcome) => outcome.status === "conflict")).toHaveLength(7);
    expect(await getPrisma().answerIteration.count({ where: { interviewId: id } })).toBe(1);
    // The next iteration is still open, and only once.
    expect((await eight(() => submitIteration(candidate, id, 2))).filter((o) => o.status === "submitted")).toHaveLength(
      1,
    );
  });

  it("requesting a review of one interview", async () => {
    const candidate = await user();
    const id = await createInterview(candidate, { promptId: "url-shortener", lengthMinutes: 15 });
    await submitIteration(candidate, id, 1);
    const outcomes = await eight((index) => requestReview(candidate, id, `Please check my design, take ${index}`));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.status === 409)).toHaveLength(7);
    expect(await getPrisma().reviewRequest.count({ where: { interviewId: id, status: { not: "closed" } } })).toBe(1);
  });

  it("claiming one request", async () => {
    const { requestId } = await submittedWithRequest();
    const mentors = await Promise.all(Array.from({ length: 8 }, () => user("MENTOR")));
    const outcomes = await eight((index) => claimRequest(mentors[index]!, requestId));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.status === 409)).toHaveLength(7);
    const winner = mentors[outcomes.findIndex((outcome) => outcome.ok)];
    expect((await getPrisma().reviewRequest.findUniqueOrThrow({ where: { id: requestId } })).mentorId).toBe(winner);
  });
});

describe("a mentor whose role is revoked", () => {
  it("loses their claim to the queue and can no longer comment, review or close", async () => {
    const { candidate, interviewId, requestId } = await submittedWithRequest();
    const mentor = await user("MENTOR");
    expect(await claimRequest(mentor, requestId)).toEqual({ ok: true });
    expect((await addComment(mentor, requestId, { anchor: null, body: "First thoughts." })).ok).toBe(true);

    expect(await setMentor(mentor, false)).toBe(true);
    expect(await getPrisma().reviewRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "open",
      mentorId: null,
      claimedUntil: null,
    });
    expect((await reviewQueue()).map((item) => item.id)).toContain(requestId);
    expect(await addComment(mentor, requestId, { anchor: null, body: "Still here?" })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await submitReview(mentor, requestId, REVIEW)).toMatchObject({ ok: false, status: 404 });
    expect(await closeDiscussion(mentor, requestId)).toMatchObject({ ok: false, status: 404 });
    expect(await getDiscussion(mentor, requestId)).toBeNull();
    // The candidate still reads the whole thread, the former mentor's comment marked as a mentor's.
    const thread = (await getDiscussion(candidate, requestId))!;
    expect(thread.comments.map((comment) => [comment.body, comment.byMentor])).toEqual([["First thoughts.", true]]);
    expect(thread.interviewId).toBe(interviewId);
  });

  it("is not sent a new iteration of a review they finished: it goes back to the queue", async () => {
    const { candidate, interviewId, requestId } = await submittedWithRequest();
    const mentor = await user("MENTOR");
    await claimRequest(mentor, requestId);
    expect((await submitReview(mentor, requestId, REVIEW)).ok).toBe(true);
    await setMentor(mentor, false);
    expect(await submitIteration(candidate, interviewId, 2)).toEqual({ status: "submitted", number: 2 });
    expect(await getPrisma().reviewRequest.findUniqueOrThrow({ where: { id: requestId } })).toMatchObject({
      status: "open",
      mentorId: null,
    });
    expect(
      await getPrisma().notification.count({ where: { userId: mentor, href: `/mentor/reviews/${requestId}` } }),
    ).toBe(0);
  });
});
