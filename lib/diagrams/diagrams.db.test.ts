import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import {
  attachDiagram,
  createDiagram,
  getDiagram,
  listDiagrams,
  listDiagramVersions,
  saveDiagram,
  SNAPSHOT_WINDOW_MS,
} from "@/lib/diagrams/diagrams";
import { getTemplate } from "@/lib/diagrams/templates";
import { createWorksheet } from "@/lib/worksheet/worksheets";

async function newUser() {
  const user = await getPrisma().user.create({
    data: { name: "Drawer", email: `drawer-${randomUUID()}@example.com`, passwordHash: "x" },
    select: { id: true },
  });
  return user.id;
}

const save = (user: string, id: string, baseVersion: number, source: string, checkpoint = false) =>
  saveDiagram(user, id, { baseVersion, title: "Board", source, checkpoint });

/** Moves the newest history entry back in time, as if the candidate had paused. */
async function age(diagramId: string) {
  const latest = await getPrisma().diagramVersion.findFirstOrThrow({
    where: { diagramId },
    orderBy: { number: "desc" },
  });
  await getPrisma()
    .$executeRaw`UPDATE "DiagramVersion" SET "updatedAt" = ${new Date(Date.now() - SNAPSHOT_WINDOW_MS - 1000)} WHERE "id" = ${latest.id}::uuid`;
}

// What every owned document does (versioned saves, one per lesson block, owner-only
// access, deletion) is tested for diagrams in lib/documents/documents.db.test.ts.
describe("diagrams", () => {
  it("starts from a template with that template as version 1", async () => {
    const user = await newUser();
    const { diagram, created } = await createDiagram(user, { title: "Read-heavy", template: "read-heavy" });
    expect(created).toBe(true);
    expect(diagram.source).toBe(getTemplate("read-heavy")!.source);
    expect(await listDiagramVersions(user, diagram.id)).toMatchObject([
      { number: 1, pinned: true, source: diagram.source },
    ]);
  });

  it("keeps moments, not keystrokes: autosaves update the newest entry until a pause or a saved version", async () => {
    const user = await newUser();
    const { diagram } = await createDiagram(user, { title: "Board", template: null });
    await save(user, diagram.id, 1, "flowchart LR\n  A --> B");
    await save(user, diagram.id, 2, "flowchart LR\n  A --> B\n  B --> C");
    let history = await listDiagramVersions(user, diagram.id);
    expect(history!.map((entry) => entry.number)).toEqual([2, 1]);
    expect(history![0]!.source).toContain("B --> C");

    // "Save a version" pins the newest entry; the next edit starts a new one.
    await save(user, diagram.id, 3, "flowchart LR\n  A --> B\n  B --> C", true);
    await save(user, diagram.id, 4, "flowchart LR\n  A --> C");
    history = await listDiagramVersions(user, diagram.id);
    expect(history!.map((entry) => [entry.number, entry.pinned])).toEqual([
      [3, false],
      [2, true],
      [1, true],
    ]);

    // After a pause, an autosave starts a new entry too.
    await age(diagram.id);
    await save(user, diagram.id, 5, "flowchart LR\n  A --> D");
    expect((await listDiagramVersions(user, diagram.id))!.map((entry) => entry.number)).toEqual([4, 3, 2, 1]);
  });

  it("another user can neither list the history of nor attach it", async () => {
    const owner = await newUser();
    const stranger = await newUser();
    const { diagram } = await createDiagram(owner, { title: "Mine", template: "ride-sharing" });
    expect(await listDiagramVersions(stranger, diagram.id)).toBeNull();
    expect(await attachDiagram(stranger, diagram.id, null)).toBe("missing");
    expect(await getDiagram(owner, diagram.id)).toMatchObject({ version: 1, title: "Mine", worksheetId: null });
  });

  it("attaches only to the owner's own worksheets", async () => {
    const owner = await newUser();
    const stranger = await newUser();
    const { diagram } = await createDiagram(owner, { title: "Board", template: null });
    const mine = (await createWorksheet(owner, { title: "Ride-sharing", promptId: "ride-sharing" })).worksheet;
    const theirs = (await createWorksheet(stranger, { title: "Theirs", promptId: null })).worksheet;
    expect(await attachDiagram(owner, diagram.id, theirs.id)).toBe("no-worksheet");
    expect(await attachDiagram(owner, diagram.id, mine.id)).toBe("attached");
    expect((await listDiagrams(owner, { worksheetId: mine.id })).map((entry) => entry.id)).toEqual([diagram.id]);
    expect(await attachDiagram(owner, diagram.id, null)).toBe("attached");
    expect(await listDiagrams(owner, { worksheetId: mine.id })).toEqual([]);
  });
});
