import { describe, expect, it } from "vitest";
import { getPreset } from "@/lib/estimation/presets";
import { getPrompt } from "@/lib/prompts/bank";
import { emptyWorksheet } from "@/lib/worksheet/document";
import { estimateLines } from "@/lib/worksheet/estimate-lines";
import { worksheetToMarkdown } from "@/lib/worksheet/markdown";

describe("Markdown export", () => {
  it("writes every section, the downtime budget and the attached estimate", () => {
    const doc = emptyWorksheet("ride-sharing");
    doc.actors = [{ id: "a", name: "Rider", journey: "open the app,\nget a ride, pay" }];
    doc.functional = [{ id: "f", text: "Riders request a ride" }];
    doc.parkingLot = [{ id: "p", feature: "Surge pricing", reason: "needs streaming" }];
    doc.nfr.availability = "99.99";
    doc.nfr.latency = [{ id: "l", operation: "Location to rider", percentile: "p99", boundMs: 500 }];
    doc.nfr.consistency = [{ id: "c", item: "Ride state", model: "strong", reason: "both sides agree" }];
    doc.scale.dau = 10_000_000;
    const markdown = worksheetToMarkdown(doc, {
      title: "Ride-sharing",
      prompt: getPrompt("ride-sharing"),
      estimate: { lines: estimateLines(getPreset("ride-sharing")!.inputs) },
    });
    expect(markdown).toContain("# Ride-sharing\n");
    expect(markdown).toContain("- **Rider**: open the app, get a ride, pay");
    expect(markdown).toContain("1. Riders request a ride");
    expect(markdown).toContain("- **Surge pricing**: needs streaming");
    expect(markdown).toContain(
      "99.99% (downtime budget: 52.6 min per year, 4.32 min per month, 1.01 min per week, 8.64 s per day)",
    );
    expect(markdown).toContain("- **Latency:** Location to rider: p99 < 500 ms");
    expect(markdown).toContain("- **Consistency:** Ride state: strong, because both sides agree");
    expect(markdown).toContain("- Daily active users: 10,000,000");
    expect(markdown).toContain("| Peak reads | 600K/s |");
    expect(markdown).toContain("| Storage per year | 3.65 TB |");
    expect(markdown).toContain("| Egress at peak | 1.2 GB/s (9.6 Gbps) |");
  });
  it("says when sections are empty", () => {
    const markdown = worksheetToMarkdown(emptyWorksheet(null), { title: "Blank" });
    expect(markdown).toContain("_None yet._");
    expect(markdown).toContain("_Nothing parked._");
    expect(markdown).not.toContain("## Estimate");
  });

  it("turns the learner's HTML and link syntax into text, so the export is safe to render anywhere", () => {
    const doc = emptyWorksheet(null);
    doc.functional = [
      { id: "f", text: '<img src=x onerror="alert(1)"> & [click](javascript:alert(1)) *bold* `code` |' },
    ];
    const markdown = worksheetToMarkdown(doc, { title: "<script>alert(1)</script>" });
    expect(markdown).toContain("# &lt;script&gt;alert(1)&lt;/script&gt;\n");
    expect(markdown).toContain(
      '1. &lt;img src=x onerror="alert(1)"&gt; &amp; \\[click\\](javascript:alert(1)) \\*bold\\* \\`code\\` \\|',
    );
    expect(markdown).not.toMatch(/<img|<script|(?<!\\)\]\(/);
  });
});
