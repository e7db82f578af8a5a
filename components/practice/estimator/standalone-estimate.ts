import { fromDraft, type KeptDraft } from "@/lib/estimation/funnel-draft";
import type { FunnelInputs } from "@/lib/estimation/funnel";

/** Where /practice/estimate keeps its form in this browser, for visitors and signed-in users alike. */
export const STANDALONE_ESTIMATE_KEY = "tradeoff:estimator";
/** Which of those estimates was already kept in an account (or declined), so it is offered once. */
const HANDLED_KEY = "tradeoff:estimator:kept";

type Handled = { fingerprint: string; importKey: string; handled: boolean };

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

/**
 * The standalone estimator's numbers when they are the learner's own (not an
 * untouched worked example) and not yet kept or declined, with a stable
 * import key for them.
 */
export function unkeptStandaloneEstimate(): { importKey: string; inputs: FunnelInputs; fingerprint: string } | null {
  const saved = read<{ presetId: string; draft: KeptDraft }>(STANDALONE_ESTIMATE_KEY);
  if (!saved || saved.presetId !== "") return null;
  const parsed = fromDraft(saved.draft);
  if (!parsed.ok) return null;
  const fingerprint = JSON.stringify(parsed.inputs);
  const handled = read<Handled>(HANDLED_KEY);
  if (handled?.fingerprint === fingerprint && handled.handled) return null;
  const importKey = handled?.fingerprint === fingerprint ? handled.importKey : crypto.randomUUID();
  try {
    localStorage.setItem(HANDLED_KEY, JSON.stringify({ fingerprint, importKey, handled: false }));
  } catch {
    // storage disabled: a later offer would carry a new key; the estimate is still kept once per offer
  }
  return { importKey, inputs: parsed.inputs, fingerprint };
}

/** These numbers were kept in an account (or declined): do not offer them again. The estimator keeps them. */
export function markStandaloneEstimateHandled(fingerprint: string, importKey: string) {
  try {
    localStorage.setItem(HANDLED_KEY, JSON.stringify({ fingerprint, importKey, handled: true }));
  } catch {
    // nothing to remember it in
  }
}
