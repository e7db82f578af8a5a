// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Estimator } from "@/components/practice/estimator/estimator";
import { toDraft } from "@/lib/estimation/funnel-draft";
import { getPreset } from "@/lib/estimation/presets";
import { shareUrl } from "@/lib/estimation/share-link";

const KEY = "tradeoff:estimator";
const figure = (label: string) =>
  within(screen.getByTestId("headline")).getByText(label, { exact: true }).nextElementSibling?.textContent;

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, "", "/practice/estimate");
});
afterEach(cleanup);

describe("the standalone estimator", () => {
  it("reads shorthand, shows it grouped on leaving the field, and keeps it in this browser", () => {
    render(<Estimator draftKey={KEY} />);
    const dau = screen.getByLabelText("Daily active users");
    expect(dau).toHaveProperty("value", "10,000,000");
    fireEvent.change(dau, { target: { value: "20M" } });
    fireEvent.blur(dau);
    expect(dau).toHaveProperty("value", "20,000,000");
    expect(JSON.parse(localStorage.getItem(KEY)!).draft.dau).toBe("20,000,000");
  });

  it("switching the month convention changes a monthly rate's per-second figure by 2.592/2.5", () => {
    render(<Estimator draftKey={KEY} initialPresetId="url-shortener" />);
    expect(figure("Average writes")).toBe("38.58/s");
    fireEvent.click(screen.getByLabelText("Rule of thumb (2.5M seconds a month)"));
    expect(figure("Average writes")).toBe("40/s");
    expect(screen.getByTestId("month-convention").textContent).toMatch(/A month is 2,500,000 s/);
  });

  it("a shared link opens on top of the visitor's own estimate without destroying it", async () => {
    const own = { presetId: "", draft: { ...toDraft(getPreset("iot")!.inputs), dau: "7" } };
    localStorage.setItem(KEY, JSON.stringify(own));
    const shared = getPreset("url-shortener")!.inputs;
    history.replaceState(
      null,
      "",
      new URL(shareUrl("http://localhost", shared)).pathname + new URL(shareUrl("http://localhost", shared)).hash,
    );
    render(<Estimator draftKey={KEY} />);
    expect(await screen.findByTestId("shared-estimate")).toBeTruthy();
    expect(figure("Average writes")).toBe("38.58/s");
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual(own);

    fireEvent.click(screen.getByRole("button", { name: "Back to my own estimate" }));
    expect(screen.getByLabelText("Daily active users")).toHaveProperty("value", "7");
    expect(window.location.hash).toBe("");
    expect(screen.queryByTestId("shared-estimate")).toBeNull();
  });

  it("editing a shared estimate makes it the visitor's own", async () => {
    localStorage.setItem(KEY, JSON.stringify({ presetId: "iot", draft: toDraft(getPreset("iot")!.inputs) }));
    const url = new URL(shareUrl("http://localhost", getPreset("chat")!.inputs));
    history.replaceState(null, "", url.pathname + url.hash);
    render(<Estimator draftKey={KEY} />);
    await screen.findByTestId("shared-estimate");
    await act(async () => {
      fireEvent.change(screen.getByLabelText("Daily active users"), { target: { value: "60M" } });
    });
    expect(screen.queryByTestId("shared-estimate")).toBeNull();
    expect(window.location.hash).toBe("");
    expect(JSON.parse(localStorage.getItem(KEY)!).draft.dau).toBe("60M");
  });

  it("a v1 draft kept by this browser still opens with its figures", () => {
    const v1 = toDraft(getPreset("ride-sharing")!.inputs) as Record<string, unknown>;
    const {
      horizonValue: _value,
      horizonUnit: _unit,
      month: _month,
      records: _records,
      datasets: _datasets,
      ...rest
    } = v1;
    localStorage.setItem(KEY, JSON.stringify({ presetId: "", draft: { ...rest, years: "5" } }));
    render(<Estimator draftKey={KEY} />);
    expect(figure("Storage over 5 years")).toBe("18.25 TB");
    expect(figure("Peak reads")).toBe("600K/s");
  });
});
