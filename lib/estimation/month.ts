import { formatNumber } from "@/lib/format/number";

/**
 * What a month and a year are in an estimate. Textbooks disagree: some divide
 * by a 30-day month, interviewers often say "2.5 million seconds a month".
 * The learner picks one and every formula and horizon uses it, so the two
 * never mix inside one estimate.
 */
export type MonthConvention = "calendar" | "rule-of-thumb";

export const SECONDS_PER_DAY = 86_400;

export const MONTH_CONVENTIONS: Record<
  MonthConvention,
  { label: string; short: string; monthSeconds: number; yearSeconds: number; explanation: string }
> = {
  calendar: {
    label: "Calendar (30-day month)",
    short: "30-day month",
    monthSeconds: 30 * SECONDS_PER_DAY,
    yearSeconds: 365 * SECONDS_PER_DAY,
    explanation: "A month is 30 days (2,592,000 s); a year is 365 days (31,536,000 s).",
  },
  "rule-of-thumb": {
    label: "Rule of thumb (2.5M seconds a month)",
    short: "2.5M-second month",
    monthSeconds: 2_500_000,
    yearSeconds: 12 * 2_500_000,
    explanation: "A month is 2,500,000 s (about 28.9 days); a year is 12 such months (30,000,000 s).",
  },
};

export type Horizon = { value: number; unit: "months" | "years" };

export function monthSeconds(convention: MonthConvention): number {
  return MONTH_CONVENTIONS[convention].monthSeconds;
}

export function yearSeconds(convention: MonthConvention): number {
  return MONTH_CONVENTIONS[convention].yearSeconds;
}

/** N months = N × month, N years = N × year, under the chosen convention. */
export function horizonSeconds(horizon: Horizon, convention: MonthConvention): number {
  return horizon.value * (horizon.unit === "months" ? monthSeconds(convention) : yearSeconds(convention));
}

/** "3 years", "1 month". */
export function horizonText(horizon: Horizon): string {
  const one = horizon.unit === "months" ? "month" : "year";
  return `${formatNumber(horizon.value)} ${horizon.value === 1 ? one : `${one}s`}`;
}
