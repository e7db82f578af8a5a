import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { getPreset } from "@/lib/estimation/presets";
import { createInterview, getInterview, submitIteration } from "@/lib/interviews/interviews";
import { emptyWorksheet } from "@/lib/worksheet/document";
import {
  attachEstimate,
  createWorksheet,
  deleteWorksheet,
  getWorksheet,
  listWorksheets,
  saveWorksheet,
} from "@/lib/worksheet/worksheets";

async function newUser() {
  const user = await getPrisma().user.create({
    data: { name: "Candidate", email: `candidate-${randomUUID()}@example.com`, passwordHash: "x" },
    select: { id: true },
  });
  return user.id;
}

const edit = (text: string) => ({ ...emptyWorksheet("ride-sharing"), functional: [{ id: "f1", text }] });

describe("worksheets", () => {
  it("keeps several worksheets per user, newest first", async () => {
    const user = await newUser();
    const first = await createWorksheet(user, { title: "First", promptId: "ride-sharing" });
    const second = await createWorksheet(user, { title: "Second", promptId: null });
    expect(first.created && second.created).toBe(true);
    expect(first.worksheet.document).toEqual(emptyWorksheet("ride-sharing"));
    await saveWorksheet(user, first.worksheet.id, {
      baseVersion: 1,
      title: "First",
      document: edit("Riders request rides"),
    });
    expect((await listWorksheets(user)).map((sheet) => sheet.title)).toEqual(["First", "Second"]);
  });

  it("saves only on top of the version it started from; a stale save gets the newer copy", async () => {
    const user = await newUser();
    const { worksheet } = await createWorksheet(user, { title: "Ride", promptId: "ride-sharing" });
    const tabA = await saveWorksheet(user, worksheet.id, {
      baseVersion: 1,
      title: "Ride",
      document: edit("from tab A"),
    });
    expect(tabA).toMatchObject({ status: "saved", version: 2 });
    const tabB = await saveWorksheet(user, worksheet.id, {
      baseVersion: 1,
      title: "Ride",
      document: edit("from tab B"),
    });
    expect(tabB.status).toBe("conflict");
    if (tabB.status !== "conflict") return;
    expect(tabB.current.version).toBe(2);
    expect(tabB.current.document.functional[0]!.text).toBe("from tab A");
    // Tab B chooses to keep its text: it saves on top of the version it has now seen.
    expect(
      await saveWorksheet(user, worksheet.id, { baseVersion: 2, title: "Ride", document: edit("from tab B") }),
    ).toMatchObject({ status: "saved", version: 3 });
    expect((await getWorksheet(user, worksheet.id))!.document.functional[0]!.text).toBe("from tab B");
  });

  it("eight concurrent saves from the same version: exactly one wins, the rest get the winner's copy", async () => {
    const user = await newUser();
    const { worksheet } = await createWorksheet(user, { title: "Race", promptId: null });
    const texts = ["one", "two", "three", "four", "five", "six", "seven", "eight"];
    const outcomes = await Promise.all(
      texts.map((text) => saveWorksheet(user, worksheet.id, { baseVersion: 1, title: "Race", document: edit(text) })),
    );
    const saved = outcomes.flatMap((outcome, index) => (outcome.status === "saved" ? [texts[index]] : []));
    expect(saved).toHaveLength(1);
    const conflicts = outcomes.filter((outcome) => outcome.status === "conflict");
    expect(conflicts).toHaveLength(7);
    const stored = await getWorksheet(user, worksheet.id);
    expect(stored).toMatchObject({ version: 2 });
    expect(stored!.document.functional[0]!.text).toBe(saved[0]);
    for (const conflict of conflicts) expect(conflict.current.document.functional[0]!.text).toBe(saved[0]);
  });

  it("one worksheet per lesson block, even when two tabs create it at once", async () => {
    const user = await newUser();
    const input = {
      title: "Chapter 1 worksheet",
      promptId: "ride-sharing",
      origin: "the-art-of-scoping/ride-sharing-worksheet",
    };
    const [a, b] = await Promise.all([createWorksheet(user, input), createWorksheet(user, input)]);
    expect(a.worksheet.id).toBe(b.worksheet.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const other = await newUser();
    const theirs = await createWorksheet(other, input);
    expect(theirs.created).toBe(true);
    expect(theirs.worksheet.id).not.toBe(a.worksheet.id);
  });

  it("another user can neither read, save, attach to nor delete it", async () => {
    const owner = await newUser();
    const stranger = await newUser();
    const { worksheet } = await createWorksheet(owner, { title: "Mine", promptId: null });
    expect(await getWorksheet(stranger, worksheet.id)).toBeNull();
    expect(await listWorksheets(stranger)).toEqual([]);
    expect(
      await saveWorksheet(stranger, worksheet.id, { baseVersion: 1, title: "Hacked", document: edit("x") }),
    ).toEqual({ status: "missing" });
    expect(await attachEstimate(stranger, worksheet.id, getPreset("ride-sharing")!.inputs)).toBe(false);
    expect(await deleteWorksheet(stranger, worksheet.id)).toBe("missing");
    const untouched = await getWorksheet(owner, worksheet.id);
    expect(untouched).toMatchObject({ title: "Mine", version: 1, estimate: null });
  });

  it("attaches and detaches an estimate without bumping the version", async () => {
    const user = await newUser();
    const { worksheet } = await createWorksheet(user, { title: "Estimate", promptId: "ride-sharing" });
    const inputs = getPreset("ride-sharing")!.inputs;
    expect(await attachEstimate(user, worksheet.id, inputs)).toBe(true);
    expect(await getWorksheet(user, worksheet.id)).toMatchObject({ version: 1, estimate: inputs });
    expect(await attachEstimate(user, worksheet.id, null)).toBe(true);
    expect((await getWorksheet(user, worksheet.id))!.estimate).toBeNull();
    expect(await deleteWorksheet(user, worksheet.id)).toBe("deleted");
    expect(await getWorksheet(user, worksheet.id)).toBeNull();
  });
});

describe("a mock interview's own worksheet", () => {
  it("cannot be deleted on its own, and the database refuses it even past the check", async () => {
    const user = await newUser();
    const interviewId = await createInterview(user, { promptId: "chat", lengthMinutes: 15 });
    const { worksheetId } = (await getInterview(user, interviewId))!;
    expect(await deleteWorksheet(user, worksheetId)).toBe("owned");
    await expect(getPrisma().worksheet.delete({ where: { id: worksheetId } })).rejects.toMatchObject({ code: "P2003" });
    expect(await getWorksheet(user, worksheetId)).not.toBeNull();
    expect(await submitIteration(user, interviewId, 1)).toEqual({ status: "submitted", number: 1 });
  });

  it("goes with the account: deleting the user removes the interview and its documents together", async () => {
    const user = await newUser();
    const interviewId = await createInterview(user, { promptId: "chat", lengthMinutes: 15 });
    await getPrisma().user.delete({ where: { id: user } });
    expect(await getPrisma().mockInterview.count({ where: { id: interviewId } })).toBe(0);
    expect(await getPrisma().worksheet.count({ where: { userId: user } })).toBe(0);
    expect(await getPrisma().diagram.count({ where: { userId: user } })).toBe(0);
  });
});
