import type { PromptReference } from "@/lib/prompts/reference";

// One import() per prompt, so each reference answer is its own chunk: the
// browser fetches the one it shows, and only when it shows it.
const loaders = new Map<string, () => Promise<{ reference: PromptReference }>>([
  ["ride-sharing", () => import("@/lib/prompts/references/ride-sharing")],
  ["url-shortener", () => import("@/lib/prompts/references/url-shortener")],
  ["social-feed", () => import("@/lib/prompts/references/social-feed")],
  ["task-scheduler", () => import("@/lib/prompts/references/task-scheduler")],
  ["chat", () => import("@/lib/prompts/references/chat")],
  ["notification-system", () => import("@/lib/prompts/references/notification-system")],
  ["rate-limiter", () => import("@/lib/prompts/references/rate-limiter")],
  ["search-autocomplete", () => import("@/lib/prompts/references/search-autocomplete")],
]);

const loaded = new Map<string, Promise<PromptReference | undefined>>();

/**
 * A prompt's reference answer, or undefined for an id the bank does not know.
 * Each reference is fetched once, then served from memory.
 */
export function loadPromptReference(id: string): Promise<PromptReference | undefined> {
  let promise = loaded.get(id);
  if (!promise) {
    const load = loaders.get(id);
    promise = load ? load().then((module) => module.reference) : Promise.resolve(undefined);
    // A failed fetch (offline, say) is forgotten, so asking again fetches again.
    promise.catch(() => loaded.delete(id));
    loaded.set(id, promise);
  }
  return promise;
}
