import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import type { FunnelInputs } from "@/lib/estimation/funnel";
import { funnelInputsSchema } from "@/lib/estimation/funnel-schema";

/**
 * An estimate carried whole in a link, for mentors and study partners: the
 * inputs as compressed JSON in the URL's fragment, which browsers never send
 * to the server, so a shared estimate needs no storage and leaks into no log.
 */
export const SHARE_PARAM = "estimate";

export function encodeEstimate(inputs: FunnelInputs): string {
  return compressToEncodedURIComponent(JSON.stringify(inputs));
}

/** The inputs in a shared link's payload, checked like any other input; null when damaged or invalid. */
export function decodeEstimate(payload: string): FunnelInputs | null {
  try {
    const json = decompressFromEncodedURIComponent(payload);
    if (!json) return null;
    const parsed = funnelInputsSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** "https://…/practice/estimate#estimate=…" */
export function shareUrl(origin: string, inputs: FunnelInputs): string {
  return `${origin}/practice/estimate#${SHARE_PARAM}=${encodeEstimate(inputs)}`;
}

/** The shared payload in a location hash ("#estimate=…"), or null. */
export function sharedPayload(hash: string): string | null {
  // Not URLSearchParams: it would read lz-string's "+" as a space.
  const match = new RegExp(`(?:^#?|&)${SHARE_PARAM}=([^&]+)`).exec(hash);
  return match?.[1] ?? null;
}
