import { describe, expect, it } from "vitest";
import { estimateFunnel } from "@/lib/estimation/funnel";
import { PRESETS } from "@/lib/estimation/presets";
import { decodeEstimate, encodeEstimate, sharedPayload, shareUrl } from "@/lib/estimation/share-link";

describe("a shared estimate link", () => {
  it("reproduces every preset exactly, figures included", () => {
    for (const preset of PRESETS) {
      const url = shareUrl("https://tradeoff.example", preset.inputs);
      const payload = sharedPayload(new URL(url).hash);
      const back = decodeEstimate(payload!);
      expect(back).toEqual(preset.inputs);
      expect(estimateFunnel(back!).steps).toEqual(estimateFunnel(preset.inputs).steps);
    }
  });

  it("keeps lz-string's + and stays URL-safe", () => {
    const payload = encodeEstimate(PRESETS[0]!.inputs);
    expect(payload).toMatch(/^[A-Za-z0-9+\-$]+$/);
    expect(sharedPayload(`#estimate=${payload}`)).toBe(payload);
    expect(sharedPayload("#other=1")).toBeNull();
  });

  it("refuses a damaged or invalid payload", () => {
    expect(decodeEstimate("not-a-payload")).toBeNull();
    expect(decodeEstimate(encodeEstimate({ ...PRESETS[0]!.inputs, dau: -1 }))).toBeNull();
  });
});
