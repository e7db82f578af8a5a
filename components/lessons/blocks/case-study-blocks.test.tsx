// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { SessionProvider } from "next-auth/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CaseEstimator, CaseReference } from "@/components/lessons/blocks/case-study-blocks";
import { LessonProvider } from "@/components/lessons/progress/lesson-context";
import { getPrompt } from "@/lib/prompts/bank";
import { emptyWorksheet } from "@/lib/worksheet/document";

// Everything is on screen at once, so WhenVisible shows its block.
class OnScreen {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    this.callback([{ isIntersecting: true, target } as IntersectionObserverEntry], this as never);
  }
  unobserve() {}
  disconnect() {}
}
beforeEach(() => {
  vi.stubGlobal("IntersectionObserver", OnScreen);
});

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});

// As in the instructor's preview: a visitor, everything kept in this browser.
const inLesson = (block: React.ReactNode) =>
  render(
    <SessionProvider session={null}>
      <LessonProvider slug="case-study-url-shortener" preview>
        {block}
      </LessonProvider>
    </SessionProvider>,
  );

describe("CaseReference", () => {
  it("stays closed until opened, then shows that stage of the prompt's own answer", async () => {
    const { container } = inLesson(<CaseReference prompt="ride-sharing" part="scope" />);
    const details = container.querySelector("details")!;
    expect(details.open).toBe(false);
    expect(container.textContent).not.toContain("V1 requirements");
    details.open = true;
    fireEvent(details, new Event("toggle"));
    const first = getPrompt("ride-sharing")!.referenceRequirements[0]!.text;
    expect(await screen.findByText(first, {}, { timeout: 5000 })).toBeTruthy();
  });

  it("shows one deep dive when asked for one", async () => {
    const [one, other] = getPrompt("ride-sharing")!.answer!.deepDives;
    const { container } = inLesson(<CaseReference prompt="ride-sharing" part="deep-dives" item={one!.id} />);
    const details = container.querySelector("details")!;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    expect(await screen.findByText(one!.title, {}, { timeout: 5000 })).toBeTruthy();
    expect(container.textContent).not.toContain(other!.title);
  });
});

describe("CaseEstimator", () => {
  const estimator = <CaseEstimator id="estimate" worksheet="scope" prompt="url-shortener" />;

  it("starts from the scale typed in the lesson's worksheet, not the reference's", async () => {
    const document = emptyWorksheet("url-shortener");
    document.scale = { ...document.scale, dau: 20_000_000, readsPerUserPerDay: 5, writesPerUserPerDay: 0.2 };
    localStorage.setItem(
      "tradeoff:worksheet:device:lesson:case-study-url-shortener/scope",
      JSON.stringify({ title: "Shortener", document, version: 1 }),
    );
    inLesson(estimator);
    expect((await screen.findByTestId("prefill-source", {}, { timeout: 15_000 })).textContent).toContain(
      "20M daily users, 5 reads and 0.2 writes per user a day",
    );
    const dau = await screen.findByLabelText("Daily active users", {}, { timeout: 15_000 });
    expect((dau as HTMLInputElement).value).toBe("20,000,000");
  }, 30_000);

  it("says what to do when the worksheet states no scale yet", async () => {
    inLesson(estimator);
    expect((await screen.findByTestId("prefill-source", {}, { timeout: 5000 })).textContent).toContain(
      "Your worksheet above states no scale yet",
    );
  }, 30_000);
});
