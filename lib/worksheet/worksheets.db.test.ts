import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { getPreset } from "@/lib/estimation/presets";
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

  it("two concurrent saves from the same version: exactly one wins", async () => {
    const user = await newUser();
    const { worksheet } = await createWorksheet(user, { title: "Race", promptId: null });
    const outcomes = await Promise.all(
      ["one", "two", "three"].map((text) =>
        saveWorksheet(user, worksheet.id, { baseVersion: 1, title: "Race", document: edit(text) }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.status === "saved")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === "conflict")).toHaveLength(2);
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
    expect(await deleteWorksheet(stranger, worksheet.id)).toBe(false);
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
    expect(await deleteWorksheet(user, worksheet.id)).toBe(true);
    expect(await getWorksheet(user, worksheet.id)).toBeNull();
  });
});
