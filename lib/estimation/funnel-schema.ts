import * as z from "@/lib/validations/zod";

// What the estimator accepts from a form, a URL or the worksheet API: no
// negative users, no NaN, nothing absurd. Bounds are generous (10^13 users
// would be a thousand Earths) so extreme what-ifs still compute. Fields added
// in the second edition are optional, so v1 objects stored in worksheets,
// interviews and browsers still parse and give the same figures.

const nonNegative = (max: number, what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .finite({ error: `${what} must be a finite number.` })
    .min(0, { error: `${what} cannot be negative.` })
    .max(max, { error: `${what} is too large (at most ${max.toExponential(0)}).` });

const itemId = z.string().min(1).max(40);
const fraction = (what: string) =>
  z
    .number()
    .finite()
    .min(0, { error: `${what} cannot be negative.` })
    .max(1, { error: `${what} is at most 100%.` });

export const featureSchema = z.strictObject({
  id: itemId,
  name: z.string().trim().min(1, { error: "Name the feature." }).max(80),
  kind: z.enum(["read", "write"]),
  scope: z.enum(["per-user", "system"]).optional(),
  share: fraction("The share of users"),
  rate: z.strictObject({
    unit: z.enum(["per-second", "per-day", "per-month", "every-seconds"]),
    value: z
      .number()
      .finite()
      .positive({ error: "The rate must be above zero." })
      .max(1e15, { error: "The rate is too large." }),
  }),
  derivedFrom: z
    .strictObject({
      featureId: itemId,
      factor: z
        .number()
        .finite()
        .positive({ error: "The factor must be above zero." })
        .max(1e9, { error: "The factor is too large." }),
    })
    .optional(),
  requestBytes: nonNegative(1e12, "Request size"),
  responseBytes: nonNegative(1e12, "Response size"),
  storedBytes: nonNegative(1e12, "Stored size"),
  storedRecordId: itemId.optional(),
});

export const recordTypeSchema = z.strictObject({
  id: itemId,
  name: z.string().trim().min(1, { error: "Name the record." }).max(80),
  fields: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1, { error: "Name the field." }).max(80),
        bytes: nonNegative(1e12, "Field size"),
      }),
    )
    .min(1, { error: "Add at least one field." })
    .max(40),
  overheadBytes: nonNegative(1e12, "Overhead"),
});

export const datasetSchema = z.strictObject({
  id: itemId,
  name: z.string().trim().min(1, { error: "Name the dataset." }).max(80),
  entities: nonNegative(1e15, "Entities"),
  itemsPerEntity: nonNegative(1e12, "Items per entity"),
  itemBytes: nonNegative(1e12, "Item size"),
  recordId: itemId.optional(),
  hotShare: fraction("The hot share"),
});

export const funnelInputsSchema = z
  .strictObject({
    dau: nonNegative(1e13, "Daily active users"),
    peakMultiplier: z
      .number()
      .finite()
      .min(1, { error: "The peak factor is at least 1 (peak equals average); most estimates use 2–5." })
      .max(100, { error: "A peak factor above 100 is not a peak; state it as a separate load." }),
    features: z.array(featureSchema).min(1, { error: "Add at least one feature." }).max(20),
    replication: z.int({ error: "Replication is a whole number of copies." }).min(1).max(10),
    years: z.int({ error: "The horizon is a whole number of years." }).min(1).max(20).optional(),
    horizon: z
      .strictObject({
        value: z.int({ error: "The horizon is a whole number." }).min(1, { error: "The horizon is at least 1." }),
        unit: z.enum(["months", "years"]),
      })
      .refine((horizon) => horizon.value <= (horizon.unit === "months" ? 240 : 20), {
        error: "The horizon is at most 20 years (240 months).",
        path: ["value"],
      })
      .optional(),
    month: z.enum(["calendar", "rule-of-thumb"]).optional(),
    records: z.array(recordTypeSchema).max(20).optional(),
    datasets: z.array(datasetSchema).max(20).optional(),
    limits: z.strictObject({
      appServerQps: z.number().finite().positive().max(1e9),
      dbPrimaryWriteQps: z.number().finite().positive().max(1e9),
    }),
  })
  .superRefine((inputs, context) => {
    const features = new Map(inputs.features.map((feature) => [feature.id, feature]));
    const recordIds = new Set((inputs.records ?? []).map((record) => record.id));
    inputs.features.forEach((feature, index) => {
      if (feature.storedRecordId && !recordIds.has(feature.storedRecordId))
        context.addIssue({
          code: "custom",
          message: "Pick a record that exists.",
          path: ["features", index, "storedRecordId"],
        });
      // Follow the chain: a stream derived (directly or not) from itself has no rate.
      const seen = new Set([feature.id]);
      let link = feature.derivedFrom;
      while (link) {
        const source = features.get(link.featureId);
        if (!source) {
          context.addIssue({
            code: "custom",
            message: "Pick a feature this stream comes from.",
            path: ["features", index, "derivedFrom", "featureId"],
          });
          return;
        }
        if (seen.has(source.id)) {
          context.addIssue({
            code: "custom",
            message: "A stream cannot be derived from itself.",
            path: ["features", index, "derivedFrom", "featureId"],
          });
          return;
        }
        seen.add(source.id);
        link = source.derivedFrom;
      }
    });
    (inputs.datasets ?? []).forEach((dataset, index) => {
      if (dataset.recordId && !recordIds.has(dataset.recordId))
        context.addIssue({
          code: "custom",
          message: "Pick a record that exists.",
          path: ["datasets", index, "recordId"],
        });
    });
  });
