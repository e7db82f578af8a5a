import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { getPreset } from "@/lib/estimation/presets";
import { createInterview, getInterview, submitIteration } from "@/lib/interviews/interviews";
import { emptyWorksheet } from "@/lib/worksheet/document";
import { attachEstimate, createWorksheet, deleteWorksheet, getWorksheet } from "@/lib/worksheet/worksheets";

async function newUser() {
  const user = await getPrisma().user.create({
    data: { name: "Candidate", email: `candidate-${randomUUID()}@example.com`, passwordHash: "x" },
    select: { id: true },
  });
  return user.id;
}

// What every owned document does (versioned saves, one per lesson block, owner-only
// access, deletion) is tested for worksheets in lib/documents/documents.db.test.ts.
describe("worksheets", () => {
  it("starts empty for its prompt", async () => {
    const user = await newUser();
    const { worksheet, created } = await createWorksheet(user, { title: "First", promptId: "ride-sharing" });
    expect(created).toBe(true);
    expect(worksheet.document).toEqual(emptyWorksheet("ride-sharing"));
    expect(await getWorksheet(user, worksheet.id)).toMatchObject({ promptId: "ride-sharing", version: 1 });
  });

  it("another user cannot attach an estimate to it", async () => {
    const owner = await newUser();
    const stranger = await newUser();
    const { worksheet } = await createWorksheet(owner, { title: "Mine", promptId: null });
    expect(await attachEstimate(stranger, worksheet.id, getPreset("ride-sharing")!.inputs)).toBe(false);
    expect(await getWorksheet(owner, worksheet.id)).toMatchObject({ title: "Mine", version: 1, estimate: null });
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
  it("stays with the interview when deleting it is refused, so the interview still submits", async () => {
    const user = await newUser();
    const interviewId = await createInterview(user, { promptId: "chat", lengthMinutes: 15 });
    const { worksheetId } = (await getInterview(user, interviewId))!;
    expect(await deleteWorksheet(user, worksheetId)).toBe("owned");
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
