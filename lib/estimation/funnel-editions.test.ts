import { describe, expect, it } from "vitest";
import { estimateFunnel, type Feature, type FunnelInputs } from "@/lib/estimation/funnel";
import { fromDraft, toDraft, upgradeDraft } from "@/lib/estimation/funnel-draft";
import { funnelInputsSchema } from "@/lib/estimation/funnel-schema";
import { DEFAULT_LIMITS } from "@/lib/estimation/presets";

const RATIO = 2.592 / 2.5;

const write = (spec: Partial<Feature> & Pick<Feature, "id" | "rate">): Feature => ({
  name: spec.id,
  kind: "write",
  share: 1,
  requestBytes: 0,
  responseBytes: 0,
  storedBytes: 0,
  ...spec,
});

const base = (patch: Partial<FunnelInputs>): FunnelInputs => ({
  dau: 1_000_000,
  peakMultiplier: 2,
  replication: 1,
  limits: DEFAULT_LIMITS,
  features: [],
  ...patch,
});

/** A v1 object exactly as worksheets, interviews and browsers stored it (ride-sharing, before the second edition). */
const V1: FunnelInputs = JSON.parse(
  JSON.stringify({
    dau: 10_000_000,
    peakMultiplier: 3,
    replication: 1,
    years: 5,
    limits: { appServerQps: 2000, dbPrimaryWriteQps: 5000 },
    features: [
      {
        id: "location",
        name: "Driver location update",
        kind: "write",
        share: 0.02,
        rate: { unit: "every-seconds", value: 4 },
        requestBytes: 256,
        responseBytes: 0,
        storedBytes: 0,
      },
      {
        id: "nearby",
        name: "Nearby drivers",
        kind: "read",
        share: 0.2,
        rate: { unit: "every-seconds", value: 10 },
        requestBytes: 0,
        responseBytes: 2000,
        storedBytes: 0,
      },
      {
        id: "ride",
        name: "Ride record",
        kind: "write",
        share: 1,
        rate: { unit: "per-day", value: 1 },
        requestBytes: 1000,
        responseBytes: 0,
        storedBytes: 1000,
      },
    ],
  }),
);

describe("v1 estimates keep their figures", () => {
  it("a v1 object parses and gives v1's figures", () => {
    const parsed = funnelInputsSchema.safeParse(V1);
    expect(parsed.success).toBe(true);
    const result = estimateFunnel(parsed.data!);
    expect(result.month).toBe("calendar");
    expect(result.horizon).toEqual({ value: 5, unit: "years" });
    expect(result.reads.peak).toBeCloseTo(600_000);
    expect(result.writes.peak).toBeCloseTo(150_347.22, 1);
    expect(result.storage.perYear).toBe(3.65e12);
    expect(result.storage.overHorizon).toBe(18.25e12);
    expect(result.storageSeries.map((point) => point.bytes)).toEqual([0, 3.65e12, 7.3e12, 10.95e12, 14.6e12, 18.25e12]);
    expect(result.servers.dbPrimaries).toBe(31);
  });

  it("a v1 object through the form gives the same figures, with the years as a horizon", () => {
    const back = fromDraft(toDraft(V1));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.inputs.horizon).toEqual({ value: 5, unit: "years" });
    expect(estimateFunnel(back.inputs).storage).toEqual(estimateFunnel(V1).storage);
  });

  it("a v1 draft kept by this browser still opens", () => {
    const v1Draft = {
      dau: "10000000",
      peakMultiplier: "3",
      replication: "1",
      years: "2",
      appServerQps: "2000",
      dbPrimaryWriteQps: "5000",
      features: [
        {
          id: "r",
          name: "Ride",
          kind: "write" as const,
          sharePercent: "100",
          rateUnit: "per-day" as const,
          rateValue: "1",
          requestBytes: "0",
          responseBytes: "0",
          storedBytes: "1000",
        },
      ],
    };
    expect(upgradeDraft(v1Draft).horizonValue).toBe("2");
    const result = fromDraft(v1Draft);
    expect(result.ok && estimateFunnel(result.inputs).storage.overHorizon).toBe(7.3e12);
  });
});

describe("the month convention", () => {
  const monthly = (month: FunnelInputs["month"]) =>
    estimateFunnel(
      base({
        month,
        horizon: { value: 12, unit: "months" },
        features: [
          write({ id: "links", scope: "system", rate: { unit: "per-month", value: 10_000_000 }, storedBytes: 500 }),
          write({ id: "daily", rate: { unit: "per-day", value: 2 }, storedBytes: 100 }),
        ],
      }),
    );
  const calendar = monthly("calendar");
  const thumb = monthly("rule-of-thumb");

  it("10M a month is 10M ÷ 2,592,000 s on a calendar month and 10M ÷ 2,500,000 s by the rule of thumb", () => {
    expect(calendar.features[0]!.averageQps).toBeCloseTo(10_000_000 / 2_592_000, 12);
    expect(thumb.features[0]!.averageQps).toBeCloseTo(4, 12);
    expect(thumb.features[0]!.averageQps / calendar.features[0]!.averageQps).toBeCloseTo(RATIO, 12);
    expect(thumb.features[0]!.peakQps / calendar.features[0]!.peakQps).toBeCloseTo(RATIO, 12);
    // Stated monthly, it is 10M a month under either convention.
    expect(calendar.features[0]!.actionsPerMonth).toBeCloseTo(10_000_000, 4);
    expect(thumb.features[0]!.actionsPerMonth).toBeCloseTo(10_000_000, 4);
  });

  it("a month horizon of per-day inputs differs by exactly 2.592/2.5 in records and bytes", () => {
    const daily = (result: typeof calendar) => result.features[1]!;
    expect(daily(calendar).averageQps).toBe(daily(thumb).averageQps);
    expect(daily(calendar).recordsOverHorizon / daily(thumb).recordsOverHorizon).toBeCloseTo(RATIO, 12);
    expect(daily(calendar).recordsOverHorizon).toBeCloseTo(2_000_000 * 30 * 12, 4);
    const perDayOnly = (month: FunnelInputs["month"]) =>
      estimateFunnel(
        base({
          month,
          horizon: { value: 12, unit: "months" },
          features: [write({ id: "d", rate: { unit: "per-day", value: 2 }, storedBytes: 100 })],
        }),
      );
    const [c, t] = [perDayOnly("calendar"), perDayOnly("rule-of-thumb")];
    expect(c.storage.overHorizon / t.storage.overHorizon).toBeCloseTo(RATIO, 12);
    expect(c.storage.recordsOverHorizon / t.storage.recordsOverHorizon).toBeCloseTo(RATIO, 12);
    expect(c.storage.perMonth / t.storage.perMonth).toBeCloseTo(RATIO, 12);
  });

  it("a three-year horizon counts 3 × 365 days (calendar) or 3 × 30,000,000 s (rule of thumb), in records and bytes", () => {
    const threeYears = (month: FunnelInputs["month"]) =>
      estimateFunnel(
        base({
          month,
          replication: 3,
          horizon: { value: 3, unit: "years" },
          features: [
            write({ id: "d", scope: "system", rate: { unit: "per-day", value: 1_000_000 }, storedBytes: 1_000 }),
          ],
        }),
      );
    const c = threeYears("calendar");
    expect(c.storage.recordsOverHorizon).toBe(1_095_000_000);
    expect(c.storage.overHorizon).toBe(1_095_000_000 * 1_000 * 3);
    expect(c.storageSeries).toHaveLength(4);
    expect(c.storageSeries[3]).toEqual({ period: 3, records: 1_095_000_000, bytes: 3.285e12 });
    const t = threeYears("rule-of-thumb");
    expect(t.storage.recordsOverHorizon).toBeCloseTo((1_000_000 * 90_000_000) / 86_400, 3);
    expect(t.storage.overHorizon).toBeCloseTo(((1_000_000 * 90_000_000) / 86_400) * 3_000, 0);
  });

  it("says which month it used in the steps", () => {
    const monthlyStep = thumb.steps.find((step) => step.id === "monthly")!;
    expect(monthlyStep.lines[1]!.formula).toMatch(/× 28\.935 days \(Rule of thumb/);
    const actions = thumb.steps.find((step) => step.id === "actions")!;
    expect(actions.lines[0]!.formula).toBe("system-wide 10,000,000 per month × 86,400 s ÷ 2,500,000 s a month");
  });
});

describe("inputs as people state them", () => {
  it("system-wide rates ignore DAU; per-second rates multiply by 86,400", () => {
    const result = estimateFunnel(
      base({
        dau: 123,
        features: [
          write({ id: "system", scope: "system", rate: { unit: "per-second", value: 50 } }),
          write({ id: "user", share: 0.5, rate: { unit: "per-second", value: 0.01 } }),
        ],
      }),
    );
    expect(result.features[0]!.averageQps).toBe(50);
    expect(result.features[0]!.users).toBeNull();
    expect(result.features[0]!.actionsPerDay).toBe(4_320_000);
    expect(result.features[1]!.averageQps).toBeCloseTo(0.615, 12);
  });

  it("a peak factor of 1 means peak equals average; averages and peaks are both reported", () => {
    const result = estimateFunnel(
      base({
        peakMultiplier: 1,
        features: [write({ id: "w", scope: "system", rate: { unit: "per-second", value: 10 } })],
      }),
    );
    expect(result.writes).toEqual({ average: 10, peak: 10, perDay: 864_000, perMonth: 25_920_000 });
  });

  it("a derived stream is its source's rate times the factor, chained", () => {
    const result = estimateFunnel(
      base({
        peakMultiplier: 3,
        features: [
          write({ id: "post", rate: { unit: "per-day", value: 1 } }),
          write({
            id: "deliver",
            rate: { unit: "per-day", value: 99 },
            derivedFrom: { featureId: "post", factor: 200 },
            storedBytes: 10,
          }),
          {
            ...write({ id: "push", rate: { unit: "per-day", value: 1 } }),
            kind: "read",
            derivedFrom: { featureId: "deliver", factor: 0.5 },
          },
        ],
      }),
    );
    const [post, deliver, push] = result.features;
    expect(deliver!.actionsPerDay).toBe(200_000_000);
    expect(deliver!.peakQps).toBeCloseTo(post!.peakQps * 200, 9);
    expect(push!.actionsPerDay).toBe(100_000_000);
    expect(deliver!.users).toBeNull();
    const step = result.steps.find((candidate) => candidate.id === "derived")!;
    expect(step.lines[0]).toEqual({
      label: "deliver (write)",
      formula: "1M post per day × 200",
      result: "200M per day",
    });
  });

  it("refuses a stream derived from itself or from a missing feature", () => {
    const looped = base({
      features: [
        write({ id: "a", rate: { unit: "per-day", value: 1 }, derivedFrom: { featureId: "b", factor: 2 } }),
        write({ id: "b", rate: { unit: "per-day", value: 1 }, derivedFrom: { featureId: "a", factor: 2 } }),
      ],
    });
    expect(funnelInputsSchema.safeParse(looped).error?.issues[0]?.message).toBe(
      "A stream cannot be derived from itself.",
    );
    expect(estimateFunnel(looped).writes.perDay).toBe(0);
    const missing = base({
      features: [write({ id: "a", rate: { unit: "per-day", value: 1 }, derivedFrom: { featureId: "zz", factor: 2 } })],
    });
    expect(funnelInputsSchema.safeParse(missing).error?.issues[0]?.path).toEqual([
      "features",
      0,
      "derivedFrom",
      "featureId",
    ]);
  });

  it("a record built from fields sums them with its overhead, and replication shows", () => {
    const result = estimateFunnel(
      base({
        replication: 3,
        records: [
          {
            id: "link",
            name: "Link",
            overheadBytes: 50,
            fields: [
              { name: "code", bytes: 7 },
              { name: "url", bytes: 400 },
            ],
          },
        ],
        features: [
          write({
            id: "w",
            scope: "system",
            rate: { unit: "per-day", value: 1_000 },
            storedBytes: 1,
            storedRecordId: "link",
          }),
        ],
      }),
    );
    expect(result.records[0]).toMatchObject({ bytes: 457, replicatedBytes: 1_371 });
    expect(result.features[0]!.storedBytes).toBe(457);
    expect(result.storage.perDay).toBe(1_371_000);
    const step = result.steps.find((candidate) => candidate.id === "records")!;
    expect(step.lines[0]!.formula).toBe("code 7 B + url 400 B + overhead 50 B = 457 B; × 3 copies");
  });

  it("a dataset is entities × items × size, replicated, with its hot share in memory", () => {
    const result = estimateFunnel(
      base({
        replication: 2,
        features: [write({ id: "w", rate: { unit: "per-day", value: 1 } })],
        datasets: [
          { id: "t", name: "Timelines", entities: 100_000_000, itemsPerEntity: 800, itemBytes: 32, hotShare: 0.2 },
        ],
      }),
    );
    expect(result.datasets[0]).toMatchObject({ items: 8e10, rawBytes: 2.56e12, bytes: 5.12e12 });
    expect(result.dataset.hotBytes).toBeCloseTo(5.12e11, 0);
    expect(result.steps.map((step) => step.id)).toContain("datasets");
  });
});

describe("the form", () => {
  it("reads 10M, 1.5k, 2e6 and 1,000,000 and shows numbers grouped", () => {
    const draft = toDraft(base({ features: [write({ id: "w", rate: { unit: "per-day", value: 1 } })] }));
    expect(draft.dau).toBe("1,000,000");
    const read = fromDraft({ ...draft, dau: "10M", appServerQps: "1.5k", dbPrimaryWriteQps: "2e6", horizonValue: "3" });
    expect(read.ok && [read.inputs.dau, read.inputs.limits.appServerQps, read.inputs.limits.dbPrimaryWriteQps]).toEqual(
      [10_000_000, 1_500, 2_000_000],
    );
  });

  it("a derived feature's hidden rate never blocks the estimate, but its factor is required", () => {
    const draft = toDraft(
      base({
        features: [
          write({ id: "a", rate: { unit: "per-day", value: 1 } }),
          write({ id: "b", rate: { unit: "per-day", value: 1 }, derivedFrom: { featureId: "a", factor: 3 } }),
        ],
      }),
    );
    draft.features[1]!.rateValue = "";
    expect(fromDraft(draft).ok).toBe(true);
    draft.features[1]!.factor = "x";
    const result = fromDraft(draft);
    expect(!result.ok && result.errors["features.1.derivedFrom.factor"]).toBe(
      "Enter a number, like 10M, 1.5k, 2e6 or 1,000,000.",
    );
  });
});
