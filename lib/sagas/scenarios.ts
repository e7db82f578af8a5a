import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import {
  SAGA_STEPS,
  compensationKey,
  runSaga,
  type CompensationId,
  type SagaInput,
  type SagaRun,
} from "@/lib/sagas/saga";

/**
 * The SagaSimulator's questions. Every answer is read off a run of the model,
 * so the key cannot drift from what the simulator shows.
 */
const COMPENSATION_LABEL = Object.fromEntries(
  SAGA_STEPS.flatMap((step) => (step.compensation ? [[step.compensation.id, step.compensation.label]] : [])),
) as Record<CompensationId, string>;

/** An ordering of compensations as a choice: its id is the ordering itself ("a>b"), its label reads it out. */
export function orderingOption(ids: readonly CompensationId[], noneLabel = "None"): { id: string; label: string } {
  if (ids.length === 0) return { id: "none", label: noneLabel };
  const [first, ...rest] = ids.map((id) => COMPENSATION_LABEL[id]);
  return { id: ids.join(">"), label: [first, ...rest.map((label) => label.toLowerCase())].join(", then ") };
}

/** The run each scenario is about (the questions state these inputs). */
export const SCENARIO_INPUTS = {
  "payment-declined": { style: "orchestrated", failAt: 3, failure: "declined" },
  "shipping-declined": { style: "orchestrated", failAt: 4, failure: "declined" },
  "create-declined": { style: "orchestrated", failAt: 1, failure: "declined" },
  "payment-no-reply": { style: "orchestrated", failAt: 3, failure: "no-reply", landed: true },
  "refund-reply-lost": {
    style: "orchestrated",
    failAt: 4,
    failure: "declined",
    compensationTrouble: "reply-lost",
    idempotent: true,
  },
  "refund-keeps-failing": {
    style: "orchestrated",
    failAt: 4,
    failure: "declined",
    compensationTrouble: "keeps-failing",
  },
  "confirm-fails": { style: "orchestrated", failAt: 5, failure: "declined" },
} as const satisfies Record<string, SagaInput>;

export type SagaScenarioKey = keyof typeof SCENARIO_INPUTS;

const run = (key: SagaScenarioKey, style?: SagaInput["style"]) =>
  runSaga({ ...SCENARIO_INPUTS[key], ...(style ? { style } : {}) });
const order = (key: SagaScenarioKey) => compensationKey(run(key));

/** Whether a run leaves the 2 bags reserved at the end. */
export const stockAtEnd = (saga: SagaRun) =>
  saga.effects.reservations > saga.effects.releases ? ("held" as const) : ("released" as const);

/** Where each style leaves the stock: "released-held" = orchestrated released, choreographed held. */
export function stockByStyle(key: SagaScenarioKey): string {
  return `${stockAtEnd(run(key, "orchestrated"))}-${stockAtEnd(run(key, "choreographed"))}`;
}

export const SAGA_SCENARIOS: PredictionScenarios = {
  "payment-declined": {
    question:
      "Step 3 fails: the card issuer declines the charge. Steps 1 (create the order) and 2 (reserve the stock) are done. Which compensations run, and in which order?",
    options: [
      orderingOption(["release-stock", "cancel-order"]),
      orderingOption(["cancel-order", "release-stock"]),
      orderingOption(["refund-payment", "release-stock", "cancel-order"]),
      orderingOption([], "None: the saga just stops where it failed"),
    ],
    answer: order("payment-declined"),
    why: "Only finished steps need undoing, newest first: put the 2 bags back, then cancel the order. A declined charge moved no money, so there is nothing to refund. This is why the stock is reserved before the card is charged: a stock-out or a decline then never costs a refund.",
  },
  "shipping-declined": {
    question:
      "Step 4 fails: no courier slot, so nothing is booked. Steps 1–3 are done (the card has been charged). Which compensations run, and in which order?",
    options: [
      orderingOption(["refund-payment", "release-stock", "cancel-order"]),
      orderingOption(["cancel-order", "release-stock", "refund-payment"]),
      orderingOption(["cancel-shipment", "refund-payment", "release-stock", "cancel-order"]),
      orderingOption(["refund-payment"]),
    ],
    answer: order("shipping-declined"),
    why: "Three steps finished, so three compensations run in reverse: refund, release, cancel. Shipping booked nothing, so CancelShipment would undo nothing. Reverse order keeps every intermediate state one that could have happened going forwards: a cancelled order never still holds money or stock.",
  },
  "create-declined": {
    question: "Step 1 fails: the order service refuses o-42 because its address fails validation. What is compensated?",
    options: [
      orderingOption([], "Nothing: no step finished, so there is nothing to undo"),
      orderingOption(["cancel-order"]),
      orderingOption(["release-stock", "cancel-order"]),
    ],
    answer: order("create-declined"),
    why: "The first step did nothing and nothing came before it. The saga ends as rejected, and the customer is told, typically through the status resource the 202 pointed to.",
  },
  "payment-no-reply": {
    question:
      "Payment takes ChargePayment and then goes silent for 30 s. The orchestrator retries with the same key, and after the step's 10 s deadline it gives up. It cannot see whether the card was charged. Which compensations run, and in which order?",
    options: [
      orderingOption(["refund-payment", "release-stock", "cancel-order"]),
      orderingOption(["release-stock", "cancel-order"]),
      orderingOption([], "None yet: wait for payment to answer, however long that takes"),
      orderingOption(["cancel-order", "release-stock", "refund-payment"]),
    ],
    answer: order("payment-no-reply"),
    why: "An unknown outcome must be treated as maybe done, so the refund runs first, before the stock and the order. It must be safe either way: keyed by the saga id, it refunds the €36 if the charge landed, or records that nothing was charged so a late charge is refused. Here payment is still down, so the refund is retried until payment is back. Where the provider lets you look a charge up by its key, ask first.",
  },
  "refund-reply-lost": {
    question:
      "Step 4 fails. The refund goes through, but its reply is lost, so the orchestrator sends RefundPayment again. The payment service keys each refund by the saga id. How many refunds reach the card?",
    options: [
      { id: "0", label: "None: the first attempt failed" },
      { id: "1", label: "One" },
      { id: "2", label: "Two: one for each RefundPayment sent" },
    ],
    answer: String(run("refund-reply-lost").effects.refunds),
    why: "A lost reply is not a failed action: the first refund went through. Because the handler remembers what it did for saga s-7, the second command finds the refund done and only repeats the answer. Without that key the customer gets €72 back for a €36 charge: untick “Idempotent handlers” below and watch.",
  },
  "refund-keeps-failing": {
    question:
      "Step 4 fails, and the refund is refused on every attempt (the card's account was closed). After 6 attempts it is parked in a dead-letter queue. Where are the 2 reserved bags at the end, in each style?",
    options: [
      { id: "released-released", label: "Released in both styles" },
      {
        id: "released-held",
        label: "Orchestrated: released. Choreographed: still reserved",
      },
      { id: "held-released", label: "Orchestrated: still reserved. Choreographed: released" },
      { id: "held-held", label: "Still reserved in both, until a person steps in" },
    ],
    answer: stockByStyle("refund-keeps-failing"),
    why: "The orchestrator's log records the failed refund and knows the other compensations do not depend on it, so it releases the stock, cancels the order and waits in NEEDS REPAIR for a person to repay the customer another way. In the choreographed chain, inventory moves only when PaymentRefunded arrives, and it never does: the bags stay reserved, and no single record says where o-42 is stuck. A choreographed design can add a RefundFailed event for the others to handle, one more event every service must know about.",
  },
  "confirm-fails": {
    question:
      "Steps 1–4 are done. Step 5, marking o-42 CONFIRMED and e-mailing the customer, fails because the order database is briefly unavailable. What is compensated?",
    options: [
      orderingOption([], "Nothing: the confirmation is retried until it succeeds"),
      orderingOption(["cancel-shipment", "refund-payment", "release-stock", "cancel-order"]),
      orderingOption(["cancel-order"]),
    ],
    answer: order("confirm-fails"),
    why: "Once step 4 succeeds, nothing left can say no for a business reason: the saga is committed to finishing. Step 5 is retriable, so a passing error is retried (here after 1 s), never compensated. Un-selling a paid, packed order because an e-mail bounced would be the wrong trade.",
  },
};

/** The situations the learner can pick, each with the questions to answer before its runs are shown. */
export const SAGA_CASES: readonly { key: SagaScenarioKey; label: string; scenarios: SagaScenarioKey[] }[] = [
  { key: "payment-declined", label: "Step 3 fails: the card is declined", scenarios: ["payment-declined"] },
  { key: "shipping-declined", label: "Step 4 fails: no courier slot", scenarios: ["shipping-declined"] },
  { key: "create-declined", label: "Step 1 fails: the order is refused", scenarios: ["create-declined"] },
  { key: "payment-no-reply", label: "Step 3 goes silent: payment stops answering", scenarios: ["payment-no-reply"] },
  { key: "refund-reply-lost", label: "The refund's reply is lost", scenarios: ["refund-reply-lost"] },
  { key: "refund-keeps-failing", label: "The refund keeps failing", scenarios: ["refund-keeps-failing"] },
  { key: "confirm-fails", label: "Step 5 fails once: the confirmation", scenarios: ["confirm-fails"] },
];
