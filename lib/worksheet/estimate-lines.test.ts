import { describe, expect, it } from "vitest";
import { getPreset } from "@/lib/estimation/presets";
import { estimateLines } from "@/lib/worksheet/estimate-lines";

describe("an attached estimate's headline lines", () => {
  it("keeps every v1 label (mentors' comments are anchored to them) for a v1 object", () => {
    const { horizon: _horizon, month: _month, ...rest } = getPreset("ride-sharing")!.inputs;
    const labels = estimateLines({ ...rest, years: 5 }).map((line) => line.label);
    for (const v1 of [
      "Daily active users",
      "Peak reads",
      "Peak writes",
      "Read:write",
      "Storage per year",
      "Storage over 5 years",
      "Ingress at peak",
      "Egress at peak",
      "App servers",
      "Database primaries",
    ])
      expect(labels).toContain(v1);
  });

  it("adds averages, monthly figures, records over a month horizon and datasets", () => {
    const lines = Object.fromEntries(
      estimateLines(getPreset("url-shortener")!.inputs).map((line) => [line.label, line.value]),
    );
    expect(lines["Average writes"]).toBe("38.58/s");
    expect(lines["Records over 60 months"]).toBe("6B");
    expect(lines["Per month"]).toBe("10B reads, 100M writes (30-day month)");
    expect(lines["Hot data in memory"]).toBe("577.2 GB");
  });
});
