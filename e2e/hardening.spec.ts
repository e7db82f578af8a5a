import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signUp, uniqueEmail, withFreshIp } from "./support/helpers";

async function newPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await withFreshIp(page);
  return page;
}

/** Every request the page makes from now on. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

const MARK = `from-a-diagram-${randomUUID().slice(0, 8)}`;
const IMAGE_DIAGRAM = `flowchart LR
  Client([Browser]) -- HTTPS --> API[Shortener API]
  API -- CQL --> Store[(Link store)]
  Logo@{ img: "/api/health?${MARK}", label: "Logo", pos: "t", h: 60 }`;

test("a diagram with an image node is refused with a board message and never makes a viewer's browser fetch", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const candidate = await newPage(browser);
  const candidateRequests = recordRequests(candidate);
  await signUp(candidate, { name: "Ima Ge", email: uniqueEmail("image"), password: "image node pw" });
  await expect(candidate).toHaveURL(/\/dashboard$/);
  await candidate.goto("/interviews");
  await candidate.getByLabel("Prompt").selectOption({ label: "Design a URL shortener" });
  await candidate.getByLabel("Length").selectOption({ label: "15 minutes" });
  await candidate.getByRole("button", { name: "Start the interview" }).click();
  await expect(candidate).toHaveURL(/\/interviews\/[0-9a-f-]{36}$/);

  await candidate.getByRole("button", { name: "3. High-level design" }).click();
  const design = candidate.locator('[data-stage="high-level-design"]');
  await design.locator(".cm-content").click();
  await candidate.keyboard.press("ControlOrMeta+a");
  await candidate.keyboard.insertText(IMAGE_DIAGRAM);
  await expect(design.getByTestId("mermaid-error")).toContainText("Line 4: an image on a node");
  await expect(design.getByTestId("autosave-status")).toHaveAttribute("data-state", "saved");
  await candidate.getByRole("button", { name: "Submit my answer" }).click();
  await expect(candidate.getByText("Iteration 1 submitted.")).toBeVisible();
  const goal = `Check the board ${MARK}`;
  await candidate.getByLabel("What should the mentor focus on?").fill(goal);
  await candidate.getByRole("button", { name: "Request a review" }).click();
  await expect(candidate.getByTestId("review-requests")).toContainText(goal);

  const mentor = await newPage(browser);
  const mentorRequests = recordRequests(mentor);
  await signIn(mentor, "mentor@example.com", DEMO_PASSWORD);
  await expect(mentor).toHaveURL(/\/dashboard$/);
  await mentor.goto("/mentor?prompt=url-shortener");
  await mentor.getByRole("button", { name: new RegExp(`Claim the review of .*${MARK}`) }).click();
  await expect(mentor).toHaveURL(/\/mentor\/reviews\/[0-9a-f-]{36}$/);
  const answer = mentor.getByTestId("answer-view");
  await expect(answer.getByTestId("mermaid-error")).toContainText("an image on a node");
  await mentor.waitForLoadState("networkidle");

  expect(mentorRequests.filter((url) => url.includes(MARK))).toEqual([]);
  expect(candidateRequests.filter((url) => url.includes("/api/health"))).toEqual([]);
});
