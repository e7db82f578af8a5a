import { z } from "@/lib/validations/zod";

// What the estimator accepts from a form, a URL or the worksheet API: no
// negative users, no NaN, nothing absurd. Bounds are generous (10^13 users
// would be a thousand Earths) so extreme what-ifs still compute.

const nonNegative = (max: number, what: string) =>
  z
    .number({ error: `${what} must be a number.` })
    .finite({ error: `${what} must be a finite number.` })
    .min(0, { error: `${what} cannot be negative.` })
    .max(max, { error: `${what} is too large (at most ${max.toExponential(0)}).` });

export const featureSchema = z.strictObject({
  id: z.string().min(1).max(40),
  name: z.string().trim().min(1, { error: "Name the feature." }).max(80),
  kind: z.enum(["read", "write"]),
  share: z
    .number()
    .finite()
    .min(0, { error: "The share of users cannot be negative." })
    .max(1, { error: "The share of users is at most 100%." }),
  rate: z.strictObject({
    unit: z.enum(["per-day", "every-seconds"]),
    value: z
      .number()
      .finite()
      .positive({ error: "The rate must be above zero." })
      .max(1e9, { error: "The rate is too large." }),
  }),
  requestBytes: nonNegative(1e12, "Request size"),
  responseBytes: nonNegative(1e12, "Response size"),
  storedBytes: nonNegative(1e12, "Stored size"),
});

export const funnelInputsSchema = z.strictObject({
  dau: nonNegative(1e13, "Daily active users"),
  peakMultiplier: z
    .number()
    .finite()
    .min(2, { error: "State a peak multiplier between 2 and 5." })
    .max(5, { error: "State a peak multiplier between 2 and 5." }),
  features: z.array(featureSchema).min(1, { error: "Add at least one feature." }).max(20),
  replication: z.int({ error: "Replication is a whole number of copies." }).min(1).max(10),
  years: z.int({ error: "The horizon is a whole number of years." }).min(1).max(20),
  limits: z.strictObject({
    appServerQps: z.number().finite().positive().max(1e9),
    dbPrimaryWriteQps: z.number().finite().positive().max(1e9),
  }),
});
