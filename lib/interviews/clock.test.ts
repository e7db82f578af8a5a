import { describe, expect, it } from "vitest";
import { formatClock, interviewClock } from "@/lib/interviews/clock";

const start = Date.parse("2026-12-01T10:00:00Z");
const at = (minutes: number, seconds = 0) => new Date(start + (minutes * 60 + seconds) * 1000).toISOString();

describe("the mock interview clock", () => {
  it("counts elapsed time of the whole length from the first stage, and what is left of the current stage", () => {
    const stages = { current: "estimation" as const, startedAt: { scoping: at(0), estimation: at(6) } };
    // 30 minutes: estimation has 15 % = 4.5 minutes.
    expect(interviewClock(stages, 30, null, Date.parse(at(8)))).toEqual({
      elapsed: 8 * 60,
      total: 30 * 60,
      stopped: false,
      stageLeft: 270 - 120,
    });
    expect(interviewClock(stages, 30, null, Date.parse(at(12))).stageLeft).toBe(270 - 360);
  });

  it("stops at the first submission and stays stopped on every later visit", () => {
    const stages = { current: "wrap-up" as const, startedAt: { scoping: at(0), "wrap-up": at(40) } };
    const submitted = at(43, 12);
    const later = interviewClock(stages, 45, submitted, Date.parse(at(600)));
    expect(later).toEqual({ elapsed: 43 * 60 + 12, total: 45 * 60, stopped: true, stageLeft: null });
    expect(interviewClock(stages, 45, submitted, Date.parse(at(44)))).toEqual(later);
  });

  it("formats minutes and seconds", () => {
    expect(formatClock(754)).toBe("12:34");
    expect(formatClock(-65)).toBe("1:05");
    expect(formatClock(0)).toBe("0:00");
  });
});
