import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { createDiagram, listDiagrams } from "@/lib/diagrams/diagrams";
import { getPreset } from "@/lib/estimation/presets";
import { listLessonAttempts } from "@/lib/progress/attempts";
import { getLessonProgress } from "@/lib/progress/lesson-progress";
import { ESTIMATE_TITLE, importVisitorWork } from "@/lib/visitor-work/import-visitor-work";
import { visitorWorkBody, type VisitorWorkBody } from "@/lib/visitor-work/schema";
import { emptyWorksheet } from "@/lib/worksheet/document";
import { createWorksheet, getWorksheet, listWorksheets, saveWorksheet } from "@/lib/worksheet/worksheets";

const LESSON = "the-art-of-scoping";
const ORIGIN = `${LESSON}/ride-sharing-worksheet`;

async function newUser() {
  const row = await getPrisma().user.create({
    data: { name: "Visitor", email: `visitor-${randomUUID()}@example.com`, passwordHash: "x" },
    select: { id: true },
  });
  return row.id;
}

const scoped = (text: string) => ({
  ...emptyWorksheet("ride-sharing"),
  functional: [{ id: "f1", text }],
});

/** What a visitor's browser sends: two answers, progress, a lesson worksheet, a practice worksheet, a diagram, an estimate. */
function browserWork(): VisitorWorkBody {
  return visitorWorkBody.parse({
    attempts: [
      { id: randomUUID(), lesson: LESSON, block: "one-hour-budget", answer: { selected: [2] } },
      { id: randomUUID(), lesson: LESSON, block: "one-hour-budget", answer: { selected: [0] } },
    ],
    progress: {
      [LESSON]: { sectionsReached: ["why-a-tool-is-the-worst-first-move", "no-such-section"], completed: false },
    },
    worksheets: [
      { importKey: randomUUID(), origin: ORIGIN, title: "Ride-sharing", document: scoped("Riders request a ride") },
      { importKey: randomUUID(), origin: null, title: "URL shortener", document: emptyWorksheet("url-shortener") },
    ],
    diagrams: [{ importKey: randomUUID(), origin: null, title: "Basic web app", source: "flowchart LR\n  A --> B" }],
    estimate: { importKey: randomUUID(), inputs: getPreset("ride-sharing")!.inputs },
  });
}

async function accountCounts(user: string) {
  const prisma = getPrisma();
  return {
    attempts: await prisma.attempt.count({ where: { userId: user } }),
    worksheets: await prisma.worksheet.count({ where: { userId: user } }),
    diagrams: await prisma.diagram.count({ where: { userId: user } }),
    history: await prisma.diagramVersion.count({ where: { diagram: { userId: user } } }),
  };
}

describe("keeping a visitor's work in the account", () => {
  it("imports answers, progress, worksheets, diagrams and the estimate; a second import adds nothing", async () => {
    const user = await newUser();
    const work = browserWork();
    const first = await importVisitorWork(user, work);
    expect(first.answers).toEqual({ saved: 2, refused: 0 });
    expect(first.lessons).toBe(1);
    expect(first.worksheets.map((outcome) => outcome.status)).toEqual(["imported", "imported"]);
    expect(first.diagrams.map((outcome) => outcome.status)).toEqual(["imported"]);
    expect(first.estimate?.status).toBe("imported");

    // The lesson block finds its worksheet by origin; progress keeps only real sections.
    const lessonSheet = (await listWorksheets(user)).find((sheet) => sheet.title === "Ride-sharing")!;
    expect(await getWorksheet(user, lessonSheet.id)).toMatchObject({ origin: ORIGIN, promptId: "ride-sharing" });
    expect((await getLessonProgress(user, LESSON)).sectionsReached).toEqual(["why-a-tool-is-the-worst-first-move"]);
    expect((await listLessonAttempts(user, LESSON)).map((row) => row.correct).sort()).toEqual([false, true]);
    const estimateSheet = (await listWorksheets(user)).find((sheet) => sheet.title === ESTIMATE_TITLE)!;
    expect((await getWorksheet(user, estimateSheet.id))!.estimate).toEqual(getPreset("ride-sharing")!.inputs);
    expect((await listDiagrams(user)).map((diagram) => diagram.title)).toEqual(["Basic web app"]);

    const before = await accountCounts(user);
    expect(before).toEqual({ attempts: 2, worksheets: 3, diagrams: 1, history: 1 });
    const second = await importVisitorWork(user, work);
    expect([...second.worksheets, ...second.diagrams, second.estimate!].map((outcome) => outcome.status)).toEqual([
      "already",
      "already",
      "already",
      "already",
    ]);
    expect(second.answers).toEqual({ saved: 2, refused: 0 });
    expect(await accountCounts(user)).toEqual(before);
  });

  it("imports the same work sent twice at once only once", async () => {
    const user = await newUser();
    const work = browserWork();
    await Promise.all([importVisitorWork(user, work), importVisitorWork(user, work)]);
    expect(await accountCounts(user)).toEqual({ attempts: 2, worksheets: 3, diagrams: 1, history: 1 });
  });

  it("never overwrites the account's own worksheet for a lesson block: a different copy is kept beside it", async () => {
    const user = await newUser();
    const { worksheet } = await createWorksheet(user, { title: "Mine", promptId: "ride-sharing", origin: ORIGIN });
    await saveWorksheet(user, worksheet.id, { baseVersion: 1, title: "Mine", document: scoped("From my laptop") });
    const work = browserWork();
    const result = await importVisitorWork(user, work);
    expect(result.worksheets[0]).toMatchObject({ status: "copied" });
    expect((await getWorksheet(user, worksheet.id))!.document.functional[0]!.text).toBe("From my laptop");
    const copy = await getWorksheet(user, (result.worksheets[0] as { id: string }).id);
    expect(copy).toMatchObject({ title: "Ride-sharing (from this browser)", origin: null });
    expect(copy!.document.functional[0]!.text).toBe("Riders request a ride");
    expect((await importVisitorWork(user, work)).worksheets[0]).toMatchObject({ status: "already" });
  });

  it("counts a lesson block's device copy identical to the account's as already there", async () => {
    const user = await newUser();
    const { worksheet } = await createWorksheet(user, { title: "Mine", promptId: "ride-sharing", origin: ORIGIN });
    await saveWorksheet(user, worksheet.id, {
      baseVersion: 1,
      title: "Mine",
      document: scoped("Riders request a ride"),
    });
    const result = await importVisitorWork(user, browserWork());
    expect(result.worksheets[0]).toEqual({ importKey: expect.any(String), id: worksheet.id, status: "already" });
    expect((await listWorksheets(user)).filter((sheet) => sheet.title.startsWith("Ride-sharing"))).toEqual([]);
  });

  it("refuses a damaged device document alone, and keeps the rest", async () => {
    const user = await newUser();
    const work = { ...browserWork(), estimate: null };
    work.diagrams = [{ importKey: "not-a-uuid", origin: null, title: "", source: "x" }, ...work.diagrams];
    const result = await importVisitorWork(user, work);
    expect(result.diagrams.map((outcome) => outcome.status)).toEqual(["refused", "imported"]);
    expect(result.worksheets.map((outcome) => outcome.status)).toEqual(["imported", "imported"]);
  });

  it("keeps a visitor's diagram for a lesson block beside the account's different one", async () => {
    const user = await newUser();
    const origin = `${LESSON}/some-board`;
    await createDiagram(user, { title: "Mine", template: null, origin });
    const work = { ...browserWork(), worksheets: [], estimate: null };
    work.diagrams = [{ importKey: randomUUID(), origin, title: "Board", source: "flowchart LR\n  X --> Y" }];
    const result = await importVisitorWork(user, work);
    expect(result.diagrams[0]).toMatchObject({ status: "copied" });
    expect((await listDiagrams(user)).map((diagram) => diagram.title).sort()).toEqual([
      "Board (from this browser)",
      "Mine",
    ]);
  });
});
