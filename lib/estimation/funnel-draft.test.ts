import { describe, expect, it } from "vitest";
import { estimateFunnel } from "@/lib/estimation/funnel";
import { inputsFromScale } from "@/lib/estimation/from-scale";
import { fromDraft, toDraft } from "@/lib/estimation/funnel-draft";
import { DEFAULT_LIMITS, PRESETS } from "@/lib/estimation/presets";
import { getPrompt } from "@/lib/prompts/bank";

describe("the estimator form", () => {
  it("round-trips every preset", () => {
    for (const preset of PRESETS) {
      const back = fromDraft(toDraft(preset.inputs));
      expect(back.ok && back.inputs).toEqual(preset.inputs);
    }
  });

  it("reads numbers as people type them", () => {
    const draft = { ...toDraft(PRESETS[0]!.inputs), dau: "10,000,000" };
    const result = fromDraft(draft);
    expect(result.ok && result.inputs.dau).toBe(10_000_000);
  });

  it("names the field of every mistake", () => {
    const draft = toDraft(PRESETS[0]!.inputs);
    draft.dau = "-5";
    draft.peakMultiplier = "ten";
    draft.features[1]!.sharePercent = "150";
    draft.features[0]!.rateValue = "";
    const result = fromDraft(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      peakMultiplier: "Enter a number, like 10M, 1.5k, 2e6 or 1,000,000.",
      "features.0.rate.value": "Required.",
      dau: "Daily active users cannot be negative.",
      "features.1.share": "The share of users is at most 100%.",
    });
  });

  it("a worksheet's scale opens the estimator at chapter 2's peak figures for ride-sharing", () => {
    const { scale } = getPrompt("ride-sharing")!;
    const result = estimateFunnel(inputsFromScale({ ...scale, peakMultiplier: 3 }, { limits: DEFAULT_LIMITS }));
    expect(result.reads.peak).toBeCloseTo(600_000);
    expect(result.writes.peak).toBeCloseTo(150_000);
    expect(result.ratioText).toBe("4:1");
  });
});
