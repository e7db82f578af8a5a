import { describe, expect, it } from "vitest";
import { estimateFunnel } from "@/lib/estimation/funnel";
import { fromDraft, toDraft } from "@/lib/estimation/funnel-draft";
import { funnelInputsSchema } from "@/lib/estimation/funnel-schema";
import { getPreset, PRESETS } from "@/lib/estimation/presets";
import { getPrompt } from "@/lib/prompts/bank";

const run = (id: string) => estimateFunnel(getPreset(id)!.inputs);
const row = (result: ReturnType<typeof estimateFunnel>, id: string) =>
  result.features.find((candidate) => candidate.feature.id === id)!;

describe("case-study presets reproduce their reference figures", () => {
  it("there is one for each case study, named as its prompt, valid and stable through the form", () => {
    for (const id of ["social-feed", "url-shortener", "ride-sharing", "task-scheduler", "chat"]) {
      const preset = getPreset(id);
      expect(preset, id).toBeDefined();
      expect(getPrompt(id), id).toBeDefined();
      expect(funnelInputsSchema.safeParse(preset!.inputs).success).toBe(true);
      const back = fromDraft(toDraft(preset!.inputs));
      expect(back.ok && back.inputs).toEqual(preset!.inputs);
    }
    expect(new Set(PRESETS.map((preset) => preset.id)).size).toBe(PRESETS.length);
  });

  it("URL shortener: 100M links a month ≈ 39 writes/s and ≈ 3,900 redirects/s, 100:1, 6B links in 60 months", () => {
    const result = run("url-shortener");
    expect(Math.round(row(result, "shorten").averageQps)).toBe(39);
    expect(Math.round(row(result, "redirect").averageQps / 100) * 100).toBe(3_900);
    expect(result.ratioText).toBe("100:1");
    expect(result.workload.class).toBe("read-heavy");
    expect(result.storage.recordsOverHorizon).toBeCloseTo(6e9, 0);
    expect(result.records[0]!.bytes).toBe(481);
    expect(result.storage.overHorizon).toBeCloseTo(6e9 * 481 * 3, -3);
    expect(result.dataset.hotBytes).toBeCloseTo(6e9 * 481 * 0.2, -3);
  });

  it("social feed: 2B feed loads a day ≈ 23K/s; 200 followers turn 100M posts into 20B timeline inserts", () => {
    const result = run("social-feed");
    expect(row(result, "feed").actionsPerDay).toBe(2e9);
    expect(Math.round(row(result, "feed").averageQps / 100) / 10).toBe(23.1);
    expect(row(result, "fanout").actionsPerDay).toBe(2e10);
    expect(Math.round(row(result, "fanout").averageQps / 1000)).toBe(231);
    expect(result.workload.class).toBe("write-heavy");
  });

  it("task scheduler: 100M jobs a day ≈ 1,160/s, write-heavy", () => {
    const result = run("task-scheduler");
    expect(Math.round(row(result, "submit").averageQps / 10) * 10).toBe(1_160);
    expect(result.workload.class).toBe("write-heavy");
  });

  it("chat: 2B messages a day ≈ 23K/s", () => {
    const result = run("chat");
    expect(row(result, "send").actionsPerDay).toBe(2e9);
    expect(Math.round(row(result, "send").averageQps / 1000)).toBe(23);
    expect(result.dataset.hotBytes).toBe(1.6e9);
  });
});
