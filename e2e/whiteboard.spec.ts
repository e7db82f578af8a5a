import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signUp, uniqueEmail, withFreshIp } from "./support/helpers";

test.beforeEach(async ({ page }) => {
  await withFreshIp(page);
});

const editor = (page: Page) => page.locator(".cm-content");
const saved = (page: Page) => expect(page.getByTestId("autosave-status")).toHaveAttribute("data-state", "saved");

/** Replaces the whole Mermaid source, as a paste would. */
async function replaceSource(page: Page, source: string) {
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(source);
}

const VALID = `flowchart LR
  Client([Browser]) -- HTTPS --> LB[Load balancer]
  LB -- HTTP --> App[App server]
  App -- SQL --> DB[(Orders database)]
  App -- RESP --> Cache[(Session cache)]`;

test("a candidate drafts from a template, sees a syntax error at its line, passes the checks, comes back, restores, diffs and exports", async ({
  page,
}) => {
  await signUp(page, { name: "Dana Drawer", email: uniqueEmail("drawer"), password: "drawer password" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/practice/whiteboard");
  await page.getByLabel("Template").selectOption({ label: "Basic web app" });
  await page.getByRole("button", { name: "Create diagram" }).click();
  await expect(page).toHaveURL(/\/practice\/whiteboard\/[0-9a-f-]{36}$/);
  const url = page.url();

  const preview = page.getByTestId("mermaid-view").first();
  await expect(preview.locator("svg")).toBeVisible();
  await expect(preview).toContainText("Load balancer");
  await expect(page.getByTestId("checks-summary")).toHaveText("5 of 5 checks pass");
  await expectAccessible(page);

  // Break the syntax on line 3: the error names that line, in the editor too.
  await replaceSource(
    page,
    "flowchart LR\n  Client([Browser]) -- HTTPS --> LB[Load balancer]\n  LB -- HTTP --> App[App server] oops }\n  App -- SQL --> DB[(Primary database)]",
  );
  await expect(page.getByTestId("syntax-error")).toHaveAttribute("data-line", "3");
  // In plain words, at one line number (Mermaid's own text named grammar tokens and a second line).
  await expect(page.getByTestId("syntax-error")).toHaveText(
    'Line 3: Mermaid did not expect "oops" here; it expected the end of the line or an arrow.',
  );
  await expect(page.locator(".cm-lintRange-error")).toHaveCount(1);
  await expect(page.locator(".cm-line").nth(2).locator(".cm-lintRange-error")).toHaveCount(1);

  // A board that breaks rules fails the matching checks, each with a fix.
  await replaceSource(
    page,
    "flowchart LR\n  Client([Browser]) --- LB[Load balancer]\n  LB --> Orders[Orders DB]\n  Audit[Audit log]",
  );
  await expect(page.getByTestId("checks-summary")).toHaveText("1 of 5 checks pass");
  await expect(page.locator('[data-check="directed-edges"]')).toContainText("Fix: Draw who calls whom");
  await expect(page.locator('[data-check="stores-are-cylinders"]')).toContainText("Orders DB is drawn as a square");
  await expect(page.locator('[data-check="clients-left"]')).toHaveAttribute("data-passed", "true");

  await replaceSource(page, VALID);
  await expect(page.getByTestId("syntax-error")).toHaveCount(0);
  await expect(page.getByTestId("checks-summary")).toHaveText("5 of 5 checks pass");
  await expect(preview).toContainText("Session cache");
  await saved(page);
  await page.getByRole("button", { name: "Save a version" }).click();
  await saved(page);

  // Close the tab and come back: the last edit is there.
  await page.close();
  const again = await page.context().newPage();
  await withFreshIp(again);
  await again.goto(url);
  await expect(editor(again)).toContainText("Session cache");
  await expect(again.getByTestId("checks-summary")).toHaveText("5 of 5 checks pass");

  // The history holds the template (version 1) and the saved version; the diff shows what changed.
  await again.getByText("History and differences").click();
  const history = again.getByTestId("history");
  await expect(history.locator("[data-version]")).toHaveCount(2);
  await again.getByLabel("Compare").selectOption({ label: "Version 1" });
  await again.getByLabel("with").selectOption({ label: "Version 2" });
  const diff = again.getByTestId("diff");
  await expect(diff.locator('[data-kind="added"]')).toContainText(["  App -- RESP --> Cache[(Session cache)]"]);
  await expect(diff.locator('[data-kind="removed"]').first()).toContainText("Primary database");

  await again.getByRole("button", { name: "Restore version 1" }).click();
  await expect(editor(again)).toContainText("Primary database");
  await expect(editor(again)).not.toContainText("Session cache");
  await saved(again);
  await again.reload();
  await expect(editor(again)).toContainText("Primary database");

  // Exports: SVG with the labels, PNG with the PNG signature.
  await expect(again.getByTestId("mermaid-view").first().locator("svg")).toBeVisible();
  const svgDownload = again.waitForEvent("download");
  await again.getByRole("button", { name: "Export SVG" }).click();
  const svgFile = await readFile((await (await svgDownload).path())!, "utf8");
  expect(svgFile.startsWith("<svg")).toBe(true);
  // Mermaid writes each word of a label as its own <tspan>.
  expect(svgFile).toMatch(/>Primary<\/tspan>.*>\s?database<\/tspan>/s);
  expect(svgFile).not.toMatch(/<script|onerror=|javascript:/i);
  const pngDownload = again.waitForEvent("download");
  await again.getByRole("button", { name: "Export PNG" }).click();
  const png = await readFile((await (await pngDownload).path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(2000);
  await expectAccessible(again);
});

test("diagram text can never run script", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __xss: number }).__xss = 0;
    window.alert = () => {
      (window as unknown as { __xss: number }).__xss += 1;
    };
  });
  await page.goto("/practice/whiteboard/try?template=basic-web-app");
  await expect(page.getByTestId("mermaid-view").first().locator("svg")).toBeVisible();
  const payloads = [
    `flowchart LR\n  A["<img src=x onerror=alert(1)>"] -- HTTPS --> B["<script>alert(2)</script>"]`,
    `flowchart LR\n  A[Click me] -- HTTPS --> B\n  click A "javascript:alert(3)"\n  click B href "javascript:alert(4)"`,
    `%%{init: {"securityLevel": "loose", "flowchart": {"htmlLabels": true}}}%%\nflowchart LR\n  A["<img src=x onerror=alert(5)>"] --> B\n  click A call alert(6)`,
    `sequenceDiagram\n  Alice->>Bob: <img src=x onerror=alert(7)>\n  Note right of Bob: <a href="javascript:alert(8)">link</a>`,
    `flowchart LR\n  A["<a href='javascript:alert(9)'>x</a>"] --> B["<iframe src='javascript:alert(10)'></iframe>"]`,
  ];
  const preview = page.getByTestId("mermaid-view").first();
  for (const payload of payloads) {
    await replaceSource(page, payload);
    await expect(preview).toHaveAttribute("data-state", /ready|error/);
    await page.waitForTimeout(600);
    // Clicking the nodes must not run anything either.
    for (const node of await preview.locator("g.node, text").all())
      await node.click({ force: true, timeout: 1000 }).catch(() => {});
    // Whatever the text, the preview holds no scriptable element, no event handler and no javascript: link;
    // the payloads survive only as escaped text.
    const unsafe = await preview.evaluate((root) =>
      [...root.querySelectorAll("*")].flatMap((element) => [
        ...(["SCRIPT", "IFRAME", "IMG", "OBJECT", "EMBED"].includes(element.tagName.toUpperCase())
          ? [element.tagName]
          : []),
        ...[...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name) || /javascript:/i.test(attribute.value))
          .map((attribute) => `${element.tagName} ${attribute.name}="${attribute.value}"`),
      ]),
    );
    expect(unsafe, payload).toEqual([]);
  }
  // A label typed in the palette has its markup characters written as look-alikes: it is drawn as text, never as markup.
  await replaceSource(page, "flowchart LR\n  A[Start]");
  await addComponent(page, "Service", "<img src=x onerror=alert(11)>");
  await expect(editor(page)).toContainText('["‹img src=x onerror=alert(11)›"]');
  // Mermaid wraps long labels into lines, so the words may meet without a space in the SVG's text.
  await expect(preview.locator("svg")).toContainText(/‹img src=x\s?onerror=alert\(11\)›/);
  await expect(page.getByTestId("component-list")).toContainText("‹img src=x onerror=alert(11)›");
  expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
  await expect(page.locator("img[src='x']")).toHaveCount(0);
});

/** The JavaScript a page loads, by URL, with its text, once the network is quiet (and `ready`, if given, holds). */
async function scriptsLoaded(page: Page, path: string, ready?: () => Promise<void>) {
  const scripts: { url: string; body: string }[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      response
        .text()
        .then((body) => void scripts.push({ url: response.url(), body }))
        .catch(() => undefined),
    );
  });
  await page.goto(path);
  await ready?.();
  await page.waitForLoadState("networkidle");
  await Promise.all(pending);
  return scripts;
}

// Strings that occur only inside Mermaid's and CodeMirror's own code.
const MERMAID = "Syntax error in text";
const CODEMIRROR = "cm-gutterElement";

test("only pages that use diagrams load Mermaid or the editor", async ({ page }) => {
  const lesson = await scriptsLoaded(page, "/learn/the-art-of-scoping");
  expect(lesson.length).toBeGreaterThan(0);
  expect(lesson.filter((script) => script.body.includes(MERMAID)).map((script) => script.url)).toEqual([]);
  expect(lesson.filter((script) => script.body.includes(CODEMIRROR)).map((script) => script.url)).toEqual([]);

  // The same measurement finds both where they are used: it can fail.
  // On a busy machine the page can go quiet before the editor and the preview ask for their code.
  const board = await scriptsLoaded(page, "/practice/whiteboard/try?template=ride-sharing", async () => {
    await expect(page.locator(".cm-content")).toBeVisible();
    await expect(page.getByTestId("mermaid-view").first()).toHaveAttribute("data-state", "ready");
  });
  expect(board.some((script) => script.body.includes(MERMAID))).toBe(true);
  expect(board.some((script) => script.body.includes(CODEMIRROR))).toBe(true);
});

test("a lesson's own diagram loads Mermaid only once the reader reaches it", async ({ page }) => {
  // Chapter 14's first figure is written in the lesson (a mermaid fence), far below the fold.
  const scripts = await scriptsLoaded(page, "/learn/presenting-and-defending-your-design");
  expect(scripts.filter((script) => script.body.includes(MERMAID)).map((script) => script.url)).toEqual([]);
  const figure = page.locator('[data-block="diagram"]').first();
  await expect(figure.getByTestId("mermaid-view")).toHaveCount(0);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.getByRole("img", { name: /The rider app looks up DNS/ })).toBeVisible();
  await expect(figure.locator("svg")).toContainText("Driver locations");
  await expect.poll(() => scripts.some((script) => script.body.includes(MERMAID))).toBe(true);
});

test("chapter 14 shows its diagrams without the editor until the exercise, which must pass the checks", async ({
  page,
}) => {
  await page.goto("/learn/presenting-and-defending-your-design");
  const figures = page.locator('[data-block="diagram"]');
  await expect(figures).toHaveCount(2);
  // Diagrams render as the reader reaches them.
  await figures.first().scrollIntoViewIfNeeded();
  await expect(figures.first().locator("svg")).toBeVisible();
  await figures.nth(1).scrollIntoViewIfNeeded();
  await expect(figures.nth(1)).toContainText("Rides DB");

  const exercise = page.locator('[data-block="whiteboard"]');
  await exercise.scrollIntoViewIfNeeded();
  await expect(exercise.getByTestId("checks-summary")).toHaveText("0 of 5 checks pass");
  await replaceSource(
    page,
    `flowchart LR
  Rider([Rider app]) -- HTTPS --> LB[Load balancer]
  LB -- HTTP --> Rides[Ride service]
  Rides -- SQL --> RideDB[(Ride state DB)]
  Driver([Driver app]) -- WebSocket --> Gateway[Connection gateway]
  Gateway -- gRPC --> Location[Location service]
  Location -- RESP --> Geo[(Geo index)]`,
  );
  await expect(exercise.getByTestId("checks-summary")).toHaveText("5 of 5 checks pass");
  await expect(exercise.getByTestId("autosave-status")).toHaveAttribute("data-state", "saved");
  await page.reload();
  // The reader restores the section's heading; the exercise may sit below the fold, and loads when reached.
  await page.locator('[data-block="whiteboard"]').scrollIntoViewIfNeeded();
  await expect(page.locator('[data-block="whiteboard"]').getByTestId("checks-summary")).toHaveText(
    "5 of 5 checks pass",
  );
  await expectAccessible(page);
});

test("diagram endpoints refuse strangers and bad input with clear 4xx messages", async ({ page, browser }) => {
  expect((await page.request.get("/api/diagrams")).status()).toBe(401);
  await signUp(page, { name: "Owner", email: uniqueEmail("diagram-owner"), password: "owner password" });
  await expect(page).toHaveURL(/\/dashboard$/);
  const api = page.request;
  const created = await api.post("/api/diagrams", { data: { title: "Mine", template: "read-heavy" } });
  expect(created.status()).toBe(201);
  const { diagram } = await created.json();
  const id: string = diagram.id;

  const noTemplate = await api.post("/api/diagrams", { data: { title: "X", template: "nope" } });
  expect(noTemplate.status()).toBe(400);
  expect((await noTemplate.json()).error).toMatch(/no such template/);
  const tooLong = await api.put(`/api/diagrams/${id}`, {
    data: { baseVersion: 1, title: "Mine", source: "x".repeat(20_001) },
  });
  expect(tooLong.status()).toBe(400);
  expect(
    (
      await api.put(`/api/diagrams/${id}`, { data: { baseVersion: 1, title: "Mine", source: "flowchart LR" } })
    ).status(),
  ).toBe(200);
  const stale = await api.put(`/api/diagrams/${id}`, {
    data: { baseVersion: 1, title: "Old", source: "flowchart TD" },
  });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).current.version).toBe(2);
  const badAttach = await api.put(`/api/diagrams/${id}/worksheet`, { data: { worksheetId: "not-a-uuid" } });
  expect(badAttach.status()).toBe(400);

  const strangerContext = await browser.newContext();
  const stranger = await strangerContext.newPage();
  await withFreshIp(stranger);
  await signUp(stranger, { name: "Stranger", email: uniqueEmail("diagram-stranger"), password: "stranger password" });
  await expect(stranger).toHaveURL(/\/dashboard$/);
  const theirs = stranger.request;
  expect((await theirs.get(`/api/diagrams/${id}`)).status()).toBe(404);
  expect((await theirs.get(`/api/diagrams/${id}/versions`)).status()).toBe(404);
  expect(
    (
      await theirs.put(`/api/diagrams/${id}`, { data: { baseVersion: 2, title: "Mine now", source: "flowchart LR" } })
    ).status(),
  ).toBe(404);
  expect((await theirs.put(`/api/diagrams/${id}/worksheet`, { data: { worksheetId: null } })).status()).toBe(404);
  expect((await theirs.delete(`/api/diagrams/${id}`)).status()).toBe(404);
  await stranger.goto(`/practice/whiteboard/${id}`);
  await expect(stranger.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  await strangerContext.close();

  expect((await api.get(`/api/diagrams/${id}`)).status()).toBe(200);
  expect((await api.delete(`/api/diagrams/${id}`)).status()).toBe(204);
});

/** Adds a component with the palette: a kind and a label, no Mermaid typed. */
async function addComponent(page: Page, kind: string, label: string) {
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: kind });
  await page.getByLabel("Label", { exact: true }).fill(label);
  await page.getByRole("button", { name: "Add component" }).click();
}

/** Connects two components (by id) with a labelled arrow, with the connect form. */
async function connect(page: Page, from: string, to: string, label: string) {
  await page.getByLabel("From", { exact: true }).selectOption(from);
  await page.getByLabel("To", { exact: true }).selectOption(to);
  await page.getByLabel("Arrow label (protocol)").fill(label);
  await page.getByRole("button", { name: "Connect", exact: true }).click();
}

/** The four-component design of the drawing tests, drawn with the palette and connect only. */
async function drawFourComponents(page: Page) {
  await addComponent(page, "Client", "Browser");
  await addComponent(page, "Load balancer", "Load balancer");
  await addComponent(page, "Service", "Photo service");
  await addComponent(page, "Database", "Photo DB");
  await expect(page.getByTestId("component-list").locator("[data-node] > span:first-child")).toHaveText([
    "Browser (client)",
    "Load balancer (load balancer)",
    "Photo service (service)",
    "Photo DB (database)",
  ]); // Four components and no arrows: only the orphan check fails.
  await expect(page.getByTestId("checks-summary")).toHaveText("4 of 5 checks pass");
  await expect(page.locator('[data-check="no-orphans"]')).toHaveAttribute("data-passed", "false");
  await connect(page, "Browser", "LoadBalancer", "HTTPS");
  await connect(page, "LoadBalancer", "PhotoService", "HTTP");
  await connect(page, "PhotoService", "PhotoDB", "SQL");
  await expect(page.getByTestId("checks-summary")).toHaveText("5 of 5 checks pass");
}

const BROKEN_TAIL = "\n  PhotoDB --> [oops";

/** Types a broken line at the end of the source, checks the last good diagram stays with a one-line error, then removes it. */
async function breakAndFix(page: Page, showSource: () => Promise<void>, showPreview: () => Promise<void>) {
  await showSource();
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText(BROKEN_TAIL);
  const syntax = page.getByTestId("syntax-error");
  await expect(syntax).toHaveAttribute("data-line", "9");
  await expect(syntax).toHaveText(/^Line 9: [^0-9]+$/);
  await showPreview();
  const preview = page.getByTestId("mermaid-view").first();
  await expect(preview).toHaveAttribute("data-state", "error");
  const error = preview.getByTestId("mermaid-error");
  await expect(error).toHaveText(/^Showing the last version that rendered\. Line 9: [^0-9]+$/);
  // The last good diagram is still drawn, dimmed.
  await expect(preview.getByTestId("mermaid-svg")).toHaveAttribute("data-stale", "true");
  await expect(preview.locator("svg")).toContainText("Photo DB");
  await expect(preview.locator("svg")).toBeVisible();

  await showSource();
  await editor(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  // Select exactly what was typed (Backspace alone would eat indentation a unit at a time), then delete it.
  for (let i = 0; i < BROKEN_TAIL.length; i += 1) await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("Backspace");
  await expect(syntax).toHaveCount(0);
  await showPreview();
  await expect(preview).toHaveAttribute("data-state", "ready");
  await expect(preview.getByTestId("mermaid-error")).toHaveCount(0);
  await expect(preview.getByTestId("mermaid-svg")).not.toHaveAttribute("data-stale", "true");
  await expect(page.getByTestId("checks-summary")).toHaveText("5 of 5 checks pass");
}

test("a newcomer draws a design with the palette and connect only, renames from the preview, and a broken source keeps the last good diagram", async ({
  page,
}) => {
  await signUp(page, { name: "Nia Newcomer", email: uniqueEmail("palette"), password: "palette password" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/practice/whiteboard");
  await page.getByLabel("Template").selectOption({ label: "Blank flowchart" });
  await page.getByLabel("Title (optional)").fill("Photo sharing");
  await page.getByRole("button", { name: "Create diagram" }).click();
  await expect(page).toHaveURL(/\/practice\/whiteboard\/[0-9a-f-]{36}$/);
  await expect(editor(page)).toBeVisible();

  await drawFourComponents(page);
  // Each action wrote Mermaid: shapes by kind, quoted labels, labelled arrows.
  await expect(editor(page)).toContainText('Browser(["Browser"])');
  await expect(editor(page)).toContainText('PhotoDB[("Photo DB")]');
  await expect(editor(page)).toContainText('Browser -->|"HTTPS"| LoadBalancer');
  await expect(editor(page)).toContainText('PhotoService -->|"SQL"| PhotoDB');
  const preview = page.getByTestId("mermaid-view").first();
  await expect(preview.locator("svg")).toContainText("Photo DB");

  // Rename from the preview: click the drawn node.
  await preview.locator("g.node", { hasText: "Photo service" }).click();
  const selected = page.getByTestId("selected-component");
  await selected.getByLabel("Label of PhotoService").fill('Photo "API"');
  await selected.getByRole("button", { name: "Rename" }).click();
  await expect(editor(page)).toContainText('PhotoService["Photo “API”"]');
  await expect(preview.locator("svg")).toContainText(/Photo\s?“API”/);
  await expect(page.getByTestId("checks-summary")).toHaveText("5 of 5 checks pass");

  await breakAndFix(
    page,
    async () => {},
    async () => {},
  );
  await saved(page);

  // The shortcuts are listed, and work from the keyboard.
  await expect(page.getByRole("heading", { name: "Keyboard shortcuts" })).toBeVisible();
  await expect(page.getByTestId("shortcuts")).toContainText("Alt+N");
  await page.getByRole("button", { name: "Fit" }).focus();
  await page.keyboard.press("Alt+n");
  await expect(page.getByLabel("Label", { exact: true })).toBeFocused();
  await page.getByRole("button", { name: "Fit" }).focus();
  const zoom = page.getByTestId("zoom-level");
  const before = await zoom.textContent();
  await page.keyboard.press("+");
  await expect(zoom).not.toHaveText(before!);
  // A single key typed in a field is text, not a shortcut.
  await page.getByLabel("Label", { exact: true }).fill("");
  await page.getByLabel("Label", { exact: true }).press("f");
  await expect(page.getByLabel("Label", { exact: true })).toHaveValue("f");

  // Delete from the component list (the keyboard's way to the drawn nodes): the node and its arrows go.
  await page.getByRole("button", { name: "Delete Photo DB" }).click();
  await expect(editor(page)).not.toContainText("PhotoDB");
  await expect(page.locator('[data-check="no-orphans"]')).toHaveAttribute("data-passed", "true");
  await expectAccessible(page);
});

test("on a phone, source and preview are tabs, the palette draws, the preview pans, and axe passes", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/practice/whiteboard/try?template=basic-web-app");
  const tabs = page.getByRole("tablist", { name: "Whiteboard view" });
  await expect(tabs).toBeVisible();
  const sourceTab = page.getByRole("tab", { name: "Source" });
  const previewTab = page.getByRole("tab", { name: "Preview" });
  await expect(sourceTab).toHaveAttribute("aria-selected", "true");
  await expect(editor(page)).toBeVisible();

  // Clear the template from the component list, then draw the design with the palette.
  const list = page.getByTestId("component-list");
  await expect(list.locator("[data-node]")).toHaveCount(4);
  for (let left = 4; left > 0; left -= 1) {
    await list
      .getByRole("button", { name: /^Delete / })
      .first()
      .click();
    await expect(list.locator("[data-node]")).toHaveCount(left - 1);
  }
  await drawFourComponents(page);
  await expect(editor(page)).toContainText('PhotoService -->|"SQL"| PhotoDB');

  // The preview tab, by keyboard: the arrow key moves between the tabs.
  await sourceTab.focus();
  await page.keyboard.press("ArrowRight");
  await expect(previewTab).toHaveAttribute("aria-selected", "true");
  await expect(previewTab).toBeFocused();
  await expect(editor(page)).toBeHidden();
  const preview = page.getByTestId("mermaid-view").first();
  await expect(preview.locator("svg")).toContainText("Photo DB");

  // Labels start at a readable size, and a drag pans the drawing.
  const zoom = Number((await page.getByTestId("zoom-level").textContent())!.replace("%", ""));
  expect(zoom).toBeGreaterThanOrEqual(75);
  const content = page.getByTestId("pan-zoom-content");
  const start = await content.evaluate((element) => (element as HTMLElement).style.transform);
  const box = (await page.getByRole("group", { name: /drag or use the arrow keys to pan/ }).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 - 40, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => content.evaluate((element) => (element as HTMLElement).style.transform)).not.toBe(start);
  await page.getByRole("button", { name: "Fit" }).click();
  await expect(page.getByRole("button", { name: "Full screen" })).toBeVisible();

  await breakAndFix(
    page,
    () => sourceTab.click(),
    () => previewTab.click(),
  );
  await expectAccessible(page);
});
