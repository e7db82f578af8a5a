import { TimedSteps } from "@/components/simulators/timed-steps";
import { formatSeconds, KEY, type Actor, type LostMessageRun } from "@/lib/idempotency/lost-message";

const ACTOR_NAMES: Record<Actor, string> = {
  app: "App",
  network: "Network",
  server: "Server",
  "key-store": "Key store",
  "card-network": "Card network",
};

const times = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

/** One client behaviour's run as timed steps, then what the card and the shopper ended up with. */
export function RunSteps({ title, run }: { title: string; run: LostMessageRun }) {
  const { charges, end, attempts, keyStatus } = run;
  const attemptsText = `${attempts.length} ${attempts.length === 1 ? "attempt" : "attempts"}`;
  const warning =
    charges > 1
      ? `⚠ Charged ${times(charges)} for one payment.`
      : charges === 1 && end.result === "gave-up"
        ? "⚠ The shopper is told it failed, yet the card was charged."
        : charges === 0 && end.result === "gave-up"
          ? "⚠ No payment: the order is lost unless the shopper tries again."
          : null;
  return (
    <TimedSteps
      title={title}
      steps={run.steps.map((step) => ({
        kind: step.kind,
        at: formatSeconds(step.atMs),
        actor: ACTOR_NAMES[step.actor],
        text: step.text,
      }))}
      outcome={
        <div className="space-y-1" data-charges={charges}>
          <p>
            <strong>Card charged: {charges === 0 ? "not at all" : times(charges)}.</strong>
          </p>
          <p>
            The app shows {end.result === "paid" ? `"Paid" (201 Created)` : `"Payment failed"`} at t ={" "}
            {formatSeconds(end.atMs)}, after {attemptsText}.
          </p>
          {keyStatus ? (
            <p className="text-muted">
              {KEY} ends {keyStatus === "in-progress" ? "in progress" : keyStatus} in the key store.
            </p>
          ) : null}
          {warning ? (
            <p className="font-medium text-danger">{warning}</p>
          ) : (
            <p className="text-success">✓ Charged once, and the app says so.</p>
          )}
        </div>
      }
    />
  );
}
