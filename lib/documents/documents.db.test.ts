import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import type { StoredDiagram } from "@/lib/diagrams/diagrams";
import { diagramKind } from "@/lib/diagrams/kind";
import type { AnyDocumentKind } from "@/lib/documents/kind";
import { createInterview, getInterview, type StoredInterview } from "@/lib/interviews/interviews";
import { emptyWorksheet } from "@/lib/worksheet/document";
import { worksheetKind } from "@/lib/worksheet/kind";
import type { StoredWorksheet } from "@/lib/worksheet/worksheets";

// The contract every kind of owned document keeps, run against each kind.
// A new kind joins by adding a row here; what only one kind does (a diagram's
// history, a worksheet's estimate) stays in that kind's own test file.

async function newUser() {
  const user = await getPrisma().user.create({
    data: { name: "Candidate", email: `documents-${randomUUID()}@example.com`, passwordHash: "x" },
    select: { id: true },
  });
  return user.id;
}

type ContractRow = {
  kind: AnyDocumentKind;
  createInput(title: string, origin?: string): unknown;
  saveInput(baseVersion: number, text: string, title?: string): unknown;
  /** The text a save wrote, read back from a stored copy. */
  textOf(stored: unknown): string | undefined;
  ownedBy(interview: StoredInterview): string;
  deleteRow(id: string): Promise<unknown>;
};

const KINDS: ContractRow[] = [
  {
    kind: worksheetKind,
    createInput: (title, origin) => ({ title, promptId: "ride-sharing", origin }),
    saveInput: (baseVersion, text, title = "Doc") => ({
      baseVersion,
      title,
      document: { ...emptyWorksheet("ride-sharing"), functional: [{ id: "f1", text }] },
    }),
    textOf: (stored) => (stored as StoredWorksheet).document.functional[0]?.text,
    ownedBy: (interview) => interview.worksheetId,
    deleteRow: (id) => getPrisma().worksheet.delete({ where: { id } }),
  },
  {
    kind: diagramKind,
    createInput: (title, origin) => ({ title, template: null, origin }),
    saveInput: (baseVersion, text, title = "Doc") => ({
      baseVersion,
      title,
      source: `flowchart LR\n  A --> ${text}`,
      checkpoint: false,
    }),
    textOf: (stored) => (stored as StoredDiagram).source.split("--> ")[1],
    ownedBy: (interview) => interview.diagramId,
    deleteRow: (id) => getPrisma().diagram.delete({ where: { id } }),
  },
];

describe.each(KINDS)("owned documents: $kind.many", ({ kind, createInput, saveInput, textOf, ownedBy, deleteRow }) => {
  it("keeps several per user, newest first", async () => {
    const user = await newUser();
    const first = await kind.create(user, createInput("First"));
    const second = await kind.create(user, createInput("Second"));
    expect([first.created, second.created]).toEqual([true, true]);
    expect(await kind.save(user, first.stored.id, saveInput(1, "edited", "First"))).toMatchObject({
      status: "saved",
      version: 2,
    });
    expect((await kind.list(user)).map((entry) => (entry as { title: string }).title)).toEqual(["First", "Second"]);
  });

  it("saves only on top of the version it started from; a stale save gets the newer copy", async () => {
    const user = await newUser();
    const { stored } = await kind.create(user, createInput("Ride"));
    expect(await kind.save(user, stored.id, saveInput(1, "tabA"))).toMatchObject({ status: "saved", version: 2 });
    const tabB = await kind.save(user, stored.id, saveInput(1, "tabB"));
    expect(tabB.status).toBe("conflict");
    if (tabB.status !== "conflict") return;
    expect(tabB.current.version).toBe(2);
    expect(textOf(tabB.current)).toBe("tabA");
    // Tab B chooses to keep its text: it saves on top of the version it has now seen.
    expect(await kind.save(user, stored.id, saveInput(2, "tabB"))).toMatchObject({ status: "saved", version: 3 });
    expect(textOf(await kind.get(user, stored.id))).toBe("tabB");
  });

  it("eight concurrent saves from the same version: exactly one wins, the rest get the winner's copy", async () => {
    const user = await newUser();
    const { stored } = await kind.create(user, createInput("Race"));
    const texts = ["one", "two", "three", "four", "five", "six", "seven", "eight"];
    const outcomes = await Promise.all(texts.map((each) => kind.save(user, stored.id, saveInput(1, each))));
    const saved = outcomes.flatMap((outcome, index) => (outcome.status === "saved" ? [texts[index]] : []));
    expect(saved).toHaveLength(1);
    const conflicts = outcomes.flatMap((outcome) => (outcome.status === "conflict" ? [outcome] : []));
    expect(conflicts).toHaveLength(7);
    const now = await kind.get(user, stored.id);
    expect(now).toMatchObject({ version: 2 });
    expect(textOf(now)).toBe(saved[0]);
    for (const conflict of conflicts) expect(textOf(conflict.current)).toBe(saved[0]);
  });

  it("one per lesson block, even when two tabs create it at once; another user gets their own", async () => {
    const user = await newUser();
    const origin = `the-art-of-scoping/${kind.one}-block`;
    const [a, b] = await Promise.all([
      kind.create(user, createInput("Block", origin)),
      kind.create(user, createInput("Block", origin)),
    ]);
    expect(a.stored.id).toBe(b.stored.id);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect((await kind.findByOrigin(user, origin))?.id).toBe(a.stored.id);
    const other = await newUser();
    const theirs = await kind.create(other, createInput("Block", origin));
    expect(theirs.created).toBe(true);
    expect(theirs.stored.id).not.toBe(a.stored.id);
  });

  it("another user can neither read, find, save nor delete it", async () => {
    const owner = await newUser();
    const stranger = await newUser();
    const origin = `the-art-of-scoping/${kind.one}-private`;
    const { stored } = await kind.create(owner, createInput("Mine", origin));
    expect(await kind.get(stranger, stored.id)).toBeNull();
    expect(await kind.findByOrigin(stranger, origin)).toBeNull();
    expect(await kind.list(stranger)).toEqual([]);
    expect(await kind.save(stranger, stored.id, saveInput(1, "hacked"))).toEqual({ status: "missing" });
    expect(await kind.remove(stranger, stored.id)).toBe("missing");
    expect(await kind.get(owner, stored.id)).toMatchObject({ title: "Mine", version: 1 });
  });

  it("its owner deletes it, and then it is gone", async () => {
    const user = await newUser();
    const { stored } = await kind.create(user, createInput("Gone"));
    expect(await kind.remove(user, stored.id)).toBe("deleted");
    expect(await kind.get(user, stored.id)).toBeNull();
    expect(await kind.remove(user, stored.id)).toBe("missing");
    expect(await kind.save(user, stored.id, saveInput(1, "late"))).toEqual({ status: "missing" });
  });

  it("a mock interview's own cannot be deleted on its own, and the database refuses it even past the check", async () => {
    const user = await newUser();
    const interviewId = await createInterview(user, { promptId: "chat", lengthMinutes: 15 });
    const id = ownedBy((await getInterview(user, interviewId))!);
    expect(await kind.remove(user, id)).toBe("owned");
    await expect(deleteRow(id)).rejects.toMatchObject({ code: "P2003" });
    expect(await kind.get(user, id)).not.toBeNull();
  });
});
