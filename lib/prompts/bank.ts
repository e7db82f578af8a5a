import { PROMPTS as CATALOG, type PromptSummary } from "@/lib/prompts/catalog";
import type { PromptReference } from "@/lib/prompts/reference";
import { reference as chat } from "@/lib/prompts/references/chat";
import { reference as notificationSystem } from "@/lib/prompts/references/notification-system";
import { reference as rateLimiter } from "@/lib/prompts/references/rate-limiter";
import { reference as rideSharing } from "@/lib/prompts/references/ride-sharing";
import { reference as searchAutocomplete } from "@/lib/prompts/references/search-autocomplete";
import { reference as socialFeed } from "@/lib/prompts/references/social-feed";
import { reference as taskScheduler } from "@/lib/prompts/references/task-scheduler";
import { reference as urlShortener } from "@/lib/prompts/references/url-shortener";

/**
 * A whole prompt: its catalogue entry and its reference answer. The bank holds
 * every reference at once, so it is for the server and the tests; the browser
 * reads the catalogue (catalog.ts) and loads one reference where it shows it
 * (load-reference.ts).
 */
export type DesignPrompt = PromptSummary & PromptReference;

const REFERENCES = new Map<string, PromptReference>([
  ["ride-sharing", rideSharing],
  ["url-shortener", urlShortener],
  ["social-feed", socialFeed],
  ["task-scheduler", taskScheduler],
  ["chat", chat],
  ["notification-system", notificationSystem],
  ["rate-limiter", rateLimiter],
  ["search-autocomplete", searchAutocomplete],
]);

export const PROMPTS: DesignPrompt[] = CATALOG.map((summary) => {
  const reference = REFERENCES.get(summary.id);
  if (!reference) throw new Error(`The prompt ${summary.id} has no reference in lib/prompts/references/.`);
  return { ...summary, ...reference };
});

const byId = new Map(PROMPTS.map((prompt) => [prompt.id, prompt]));

export function getPrompt(id: string | null | undefined): DesignPrompt | undefined {
  return id ? byId.get(id) : undefined;
}
