import * as z from "@/lib/validations/zod";
import { PART_IDS } from "@/lib/content/outline";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(SLUG, "must be lower-case words joined by hyphens, e.g. the-art-of-scoping");

/** Front matter every lesson starts with (YAML between --- lines). */
export const frontMatterSchema = z.strictObject({
  title: z.string().trim().min(3).max(120),
  slug,
  part: z.enum(PART_IDS, { error: `must be one of: ${PART_IDS.join(", ")}` }),
  order: z.number().int().min(1).max(99),
  summary: z.string().trim().min(10).max(300),
  objectives: z.array(z.string().trim().min(3).max(200)).min(1).max(8),
  // Reading time is computed from the words and exercises (lib/content/reading-time.ts).
  minutes: z.never({ error: "is computed from the lesson's words and exercises: remove it" }).optional(),
  prerequisites: z.array(slug).max(10).default([]),
  tags: z.array(z.string().trim().min(1).max(40)).max(12).default([]),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
