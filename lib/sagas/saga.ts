import { formatMs } from "@/lib/simulators/format-time";

export { formatMs };
/**
 * One order saga, o-42, across four services, run either by an orchestrator
 * (a coordinator that sends commands and keeps a saga log) or by choreography
 * (each service reacts to the previous service's event). Pure and
 * deterministic: the same inputs always give the same trace and outcome.
 *
 * The five steps, in the order that avoids refunding for stock that is not
 * there (reserve before charging):
 *   1 create the order (PENDING)      compensation: cancel the order
 *   2 reserve the stock                compensation: release the stock
 *   3 charge the payment               compensation: refund the payment
 *   4 schedule the shipment            compensation: cancel the shipment
 *   5 confirm the order and notify     none: it is retriable, so it is retried until it succeeds
 *
 * Failures the learner can inject:
 * - at step k, the service says no ("declined": out of stock, card declined,
 *   no courier slot). The step did nothing, so it needs no compensation; the
 *   completed steps are compensated in reverse order;
 * - at step k (2–4), the service takes the request and goes silent for 30 s
 *   ("no-reply"). Nobody can tell whether the step took effect, so when the
 *   step's 10 s deadline passes it is treated as maybe done: its own
 *   compensation runs first, and finds nothing to undo if the step never landed;
 * - at step 5 a failure is transient: the confirmation is retried;
 * - trouble with the first compensation: its reply is lost once (a retry must
 *   not refund twice, which only an idempotent handler guarantees), or it keeps
 *   failing (after 6 attempts it goes to a dead-letter queue for a person).
 *
 * Times are whole milliseconds from the start of the saga.
 */
export type SagaStyle = "orchestrated" | "choreographed";
export type StepId = "create-order" | "reserve-stock" | "charge-payment" | "schedule-shipping" | "confirm-order";
export type CompensationId = "cancel-order" | "release-stock" | "refund-payment" | "cancel-shipment";
export type Service = "order" | "inventory" | "payment" | "shipping";
export type Failure = "declined" | "no-reply";
export type CompensationTrouble = "none" | "reply-lost" | "keeps-failing";

export type SagaInput = {
  style: SagaStyle;
  /** The step (1–5) that fails, or null for a saga where nothing fails. */
  failAt: number | null;
  failure?: Failure;
  /** With "no-reply": whether the silent step had taken effect before its service went quiet. */
  landed?: boolean;
  compensationTrouble?: CompensationTrouble;
  /** Whose compensation has the trouble; by default the first compensation that runs. */
  troubleAt?: StepId;
  /** Whether every handler remembers what it already did for this saga (keyed by saga id). */
  idempotent?: boolean;
};

export type Actor = "orchestrator" | Service;
export type TraceKind = "ok" | "fail" | "info";
export type TraceStep = { atMs: number; actor: Actor; kind: TraceKind; text: string };

export type SagaState = "RUNNING" | "COMPENSATING" | "COMPLETED" | "COMPENSATED" | "REJECTED" | "NEEDS REPAIR";
/** One row of the orchestrator's saga log: what it recorded, and the saga's state after it. */
export type LogEntry = { atMs: number; entry: string; state: SagaState };

export type CompensationOutcome = "done" | "nothing-to-undo" | "dead-lettered" | "never-ran";
export type CompensationRun = {
  step: StepId;
  id: CompensationId;
  label: string;
  /** How many times it was tried (0 if the chain stalled before it). */
  attempts: number;
  /** How many times its effect was applied (a refund made twice counts 2). */
  applied: number;
  outcome: CompensationOutcome;
};

export type SagaStatus = "completed" | "rejected" | "compensated" | "needs-repair" | "stuck";
export type OrderStatus = "none" | "PENDING" | "CONFIRMED" | "CANCELLED";

export type Effects = {
  orderStatus: OrderStatus;
  reservations: number;
  releases: number;
  charges: number;
  refunds: number;
  bookings: number;
  cancellations: number;
};

export type SagaRun = {
  input: Required<Omit<SagaInput, "troubleAt">> & { troubleAt: StepId | null };
  steps: TraceStep[];
  /** The orchestrator's saga log; empty in a choreographed run, where no such record exists. */
  log: LogEntry[];
  /** Forward steps that finished before the failure. */
  completed: StepId[];
  /** The step whose outcome nobody knows (a "no-reply" failure), or null. */
  unknown: StepId | null;
  /** Compensations in the order they were started (those a stalled chain never reached last, as never-ran). */
  compensations: CompensationRun[];
  status: SagaStatus;
  effects: Effects;
  /** When the last thing happened. */
  finishedAtMs: number;
  /** True when the compensation trouble has no compensation to land on (nothing is compensated, or that step's isn't). */
  troubleNotApplicable: boolean;
};

type CompensationSpec = {
  id: CompensationId;
  label: string;
  command: string;
  event: string;
  does: string;
  nothing: string;
};
export type StepSpec = {
  id: StepId;
  number: number;
  service: Service;
  command: string;
  done: string;
  declined: string;
  does: string;
  refuses: string;
  compensation: CompensationSpec | null;
};

export const SAGA_STEPS: readonly StepSpec[] = [
  {
    id: "create-order",
    number: 1,
    service: "order",
    command: "CreateOrder",
    done: "OrderCreated",
    declined: "OrderRejected",
    does: "creates o-42 as PENDING",
    refuses: "refuses o-42: the delivery address fails validation",
    compensation: {
      id: "cancel-order",
      label: "Cancel the order",
      command: "CancelOrder",
      event: "OrderCancelled",
      does: "marks o-42 CANCELLED and tells the customer",
      nothing: "finds no order o-42 to cancel",
    },
  },
  {
    id: "reserve-stock",
    number: 2,
    service: "inventory",
    command: "ReserveStock",
    done: "StockReserved",
    declined: "OutOfStock",
    does: "reserves 2 bags for o-42",
    refuses: "has only 1 bag left and reserves nothing",
    compensation: {
      id: "release-stock",
      label: "Release the stock",
      command: "ReleaseStock",
      event: "StockReleased",
      does: "puts the 2 bags back on sale",
      nothing: "finds no reservation for o-42 and records it as released",
    },
  },
  {
    id: "charge-payment",
    number: 3,
    service: "payment",
    command: "ChargePayment",
    done: "PaymentCharged",
    declined: "PaymentDeclined",
    does: "charges €36 to the card",
    refuses: "gets a decline from the card issuer; nothing is charged",
    compensation: {
      id: "refund-payment",
      label: "Refund the payment",
      command: "RefundPayment",
      event: "PaymentRefunded",
      does: "refunds the €36",
      nothing: "finds no charge for o-42 and records it as refunded, so a late charge would be refused",
    },
  },
  {
    id: "schedule-shipping",
    number: 4,
    service: "shipping",
    command: "ScheduleShipment",
    done: "ShipmentScheduled",
    declined: "NoCourierSlot",
    does: "books a courier pickup",
    refuses: "finds no courier slot and books nothing",
    compensation: {
      id: "cancel-shipment",
      label: "Cancel the shipment",
      command: "CancelShipment",
      event: "ShipmentCancelled",
      does: "cancels the courier pickup",
      nothing: "finds no pickup for o-42 and records it as cancelled",
    },
  },
  {
    id: "confirm-order",
    number: 5,
    service: "order",
    command: "ConfirmOrder",
    done: "OrderConfirmed",
    declined: "ConfirmFailed",
    does: "marks o-42 CONFIRMED and e-mails the customer",
    refuses: "cannot write: the order database is briefly unavailable",
    compensation: null,
  },
];

export const TIMING = {
  /** A local transaction plus the message that starts or reports it. */
  stepMs: 200,
  /** The orchestrator waits 2 s for a reply before it counts an attempt as failed. */
  callTimeoutMs: 2_000,
  /** Backoff after a failed attempt: 1 s, then doubling (2 s, 4 s, 8 s, 16 s). */
  firstBackoffMs: 1_000,
  /** Each step has 10 s from its start to report; then the saga gives up on it. */
  stepDeadlineMs: 10_000,
  /** A service that goes silent comes back 30 s after it took the request. */
  outageMs: 30_000,
  /** A compensation is tried 6 times, then parked in a dead-letter queue for a person. */
  maxCompensationAttempts: 6,
  /** In choreography, an event whose handler crashed before recording it is redelivered 3 s later. */
  redeliveryMs: 3_000,
} as const;

export const SAGA_ID = "s-7";
export const ORDER_ID = "o-42";

const STYLES: readonly SagaStyle[] = ["orchestrated", "choreographed"];
const FAILURES: readonly Failure[] = ["declined", "no-reply"];
const TROUBLES: readonly CompensationTrouble[] = ["none", "reply-lost", "keeps-failing"];

export const stepSpec = (id: StepId): StepSpec => SAGA_STEPS.find((step) => step.id === id)!;
export const stepAt = (number: number): StepSpec => SAGA_STEPS[number - 1]!;
const ACTOR_NAME: Record<Service, string> = {
  order: "the order service",
  inventory: "inventory",
  payment: "payment",
  shipping: "shipping",
};

/** The backoff after the n-th failed attempt (1-based): 1 s, 2 s, 4 s, … */
export const backoffMs = (attempt: number) => TIMING.firstBackoffMs * 2 ** (attempt - 1);

/** The compensations, in the order they run: the maybe-done step first, then the completed steps newest first. */
export function compensationPlan(completed: readonly StepId[], unknown: StepId | null): StepId[] {
  const candidates = [...(unknown ? [unknown] : []), ...[...completed].reverse()];
  return candidates.filter((id) => stepSpec(id).compensation !== null);
}

/** A run's compensations as one key: "refund-payment>release-stock>cancel-order", or "none". */
export function compensationKey(run: Pick<SagaRun, "compensations">): string {
  return run.compensations.length === 0 ? "none" : run.compensations.map((c) => c.id).join(">");
}

function validate(input: SagaInput) {
  if (!STYLES.includes(input.style)) throw new Error(`unknown style "${String(input.style)}"`);
  if (input.failAt !== null && (!Number.isInteger(input.failAt) || input.failAt < 1 || input.failAt > 5))
    throw new Error("the failing step must be 1 to 5, or none");
  const failure = input.failure ?? "declined";
  if (!FAILURES.includes(failure)) throw new Error(`unknown failure "${String(failure)}"`);
  if (failure === "no-reply" && (input.failAt === 1 || input.failAt === 5))
    throw new Error(
      input.failAt === 1
        ? "step 1 cannot go silent: creating the order is the saga's own first write"
        : "step 5 is retriable: it is retried until it succeeds, so it never goes silent for good",
    );
  const trouble = input.compensationTrouble ?? "none";
  if (!TROUBLES.includes(trouble)) throw new Error(`unknown compensation trouble "${String(trouble)}"`);
  if (input.troubleAt !== undefined && !SAGA_STEPS.some((step) => step.id === input.troubleAt))
    throw new Error(`unknown step "${String(input.troubleAt)}"`);
}

export function runSaga(input: SagaInput): SagaRun {
  validate(input);
  const style = input.style;
  const failAt = input.failAt;
  const failure: Failure = input.failure ?? "declined";
  const landed = input.landed ?? true;
  const trouble = input.compensationTrouble ?? "none";
  const idempotent = input.idempotent ?? true;
  const orchestrated = style === "orchestrated";

  const steps: TraceStep[] = [];
  const log: LogEntry[] = [];
  const trace = (atMs: number, actor: Actor, kind: TraceKind, text: string) => steps.push({ atMs, actor, kind, text });
  const record = (atMs: number, entry: string, state: SagaState) => {
    if (orchestrated) log.push({ atMs, entry, state });
  };
  const effects: Effects = {
    orderStatus: "none",
    reservations: 0,
    releases: 0,
    charges: 0,
    refunds: 0,
    bookings: 0,
    cancellations: 0,
  };
  const apply = (id: StepId) => {
    if (id === "create-order") effects.orderStatus = "PENDING";
    else if (id === "reserve-stock") effects.reservations += 1;
    else if (id === "charge-payment") effects.charges += 1;
    else if (id === "schedule-shipping") effects.bookings += 1;
    else effects.orderStatus = "CONFIRMED";
  };
  const undo = (id: StepId) => {
    if (id === "create-order") effects.orderStatus = "CANCELLED";
    else if (id === "reserve-stock") effects.releases += 1;
    else if (id === "charge-payment") effects.refunds += 1;
    else if (id === "schedule-shipping") effects.cancellations += 1;
  };

  const completed: StepId[] = [];
  let unknown: StepId | null = null;
  /** When the silent service comes back (no-reply only). */
  let outageEnd = 0;
  let failedStep: StepSpec | null = null;
  let t = 0;
  record(0, `Saga ${SAGA_ID} for ${ORDER_ID} started`, "RUNNING");

  // Forward steps.
  for (const spec of SAGA_STEPS) {
    const start = t;
    const by = spec.service;
    const failsHere = failAt === spec.number;
    const trigger = spec.number === 1 ? "the accepted order" : stepAt(spec.number - 1).done;
    const send = () => {
      if (orchestrated) trace(start, "orchestrator", "info", `Sends ${spec.command} to ${ACTOR_NAME[by]}.`);
    };

    if (!failsHere) {
      send();
      apply(spec.id);
      t = start + TIMING.stepMs;
      trace(
        t,
        by,
        "ok",
        orchestrated
          ? `${capital(spec.does)}; replies ${spec.done}.`
          : `On ${trigger}: ${spec.does}; publishes ${spec.done}.`,
      );
      record(t, `${spec.id}: done`, "RUNNING");
      if (spec.compensation) completed.push(spec.id);
      continue;
    }

    if (spec.number === 5) {
      // Retriable: a transient failure is retried until it succeeds; nothing is compensated.
      send();
      t = start + TIMING.stepMs;
      trace(t, by, "fail", orchestrated ? `${capital(spec.refuses)}.` : `On ${trigger}: ${spec.refuses}.`);
      record(t, `${spec.id}: failed, will retry (a retriable step is never compensated)`, "RUNNING");
      const retry = t + backoffMs(1);
      if (orchestrated) trace(retry, "orchestrator", "info", `Sends ${spec.command} again.`);
      apply(spec.id);
      t = retry + TIMING.stepMs;
      trace(
        t,
        by,
        "ok",
        orchestrated
          ? `${capital(spec.does)}; replies ${spec.done}.`
          : `Retries its handler for ${trigger}: ${spec.does}; publishes ${spec.done}.`,
      );
      record(t, `${spec.id}: done`, "RUNNING");
      continue;
    }

    failedStep = spec;
    if (failure === "declined") {
      send();
      t = start + TIMING.stepMs;
      trace(
        t,
        by,
        "fail",
        orchestrated
          ? `${capital(spec.refuses)}; replies ${spec.declined}.`
          : `On ${trigger}: ${spec.refuses}; publishes ${spec.declined}.`,
      );
      record(t, `${spec.id}: declined, nothing to undo for it`, completed.length === 0 ? "REJECTED" : "COMPENSATING");
      break;
    }

    // No reply: the service took the request, perhaps acted, and went silent until start + outage.
    unknown = spec.id;
    outageEnd = start + TIMING.outageMs;
    if (landed) apply(spec.id);
    const deadline = start + TIMING.stepDeadlineMs;
    if (orchestrated) {
      let attempt = 1;
      let at = start;
      for (;;) {
        trace(
          at,
          "orchestrator",
          "info",
          attempt === 1
            ? `Sends ${spec.command} to ${ACTOR_NAME[by]}.`
            : `Sends ${spec.command} again (attempt ${attempt}, same key ${SAGA_ID}).`,
        );
        trace(at + TIMING.callTimeoutMs, "orchestrator", "fail", `No reply from ${ACTOR_NAME[by]} within 2 s.`);
        const next = at + TIMING.callTimeoutMs + backoffMs(attempt);
        if (next >= deadline) break;
        at = next;
        attempt += 1;
      }
      trace(
        deadline,
        "orchestrator",
        "fail",
        `Step ${spec.number}'s 10 s deadline passes. It cannot know whether ${by} acted, so it treats the step as maybe done.`,
      );
      record(deadline, `${spec.id}: no reply by the deadline, outcome unknown`, "COMPENSATING");
    } else {
      trace(
        start,
        by,
        "fail",
        `Takes ${trigger} and goes silent${landed ? " just after it " + spec.does.replace(/^(\w+)/, (verb) => pastTense(verb)) : " before it acts"}.`,
      );
      trace(
        deadline,
        "order",
        "fail",
        `Sees no ${spec.done} within step ${spec.number}'s 10 s deadline; publishes OrderTimedOut.`,
      );
    }
    t = deadline;
    break;
  }

  const plan = failedStep ? compensationPlan(completed, unknown) : [];
  const troubleAt: StepId | null = trouble === "none" ? null : (input.troubleAt ?? plan[0] ?? null);
  const troubleNotApplicable = trouble !== "none" && (troubleAt === null || !plan.includes(troubleAt));

  if (!failedStep) {
    record(t, "All steps done", "COMPLETED");
    return finish("completed");
  }
  if (plan.length === 0) {
    trace(
      t,
      orchestrated ? "orchestrator" : "order",
      "info",
      `Nothing was done before step ${failedStep.number}, so nothing needs undoing.`,
    );
    return finish("rejected");
  }

  // Compensations, one after another, newest first.
  const compensations: CompensationRun[] = [];
  let previousEvent = unknown ? "OrderTimedOut" : failedStep.declined;
  let stalled = false;
  let deadLettered = false;

  if (!orchestrated && unknown) {
    // The silent service returns; what it left behind reaches the others first.
    const spec = stepSpec(unknown);
    const next = stepAt(spec.number + 1);
    if (landed) {
      trace(
        outageEnd,
        spec.service,
        "info",
        `Back up. Its outbox now publishes ${spec.done}, written before it went silent.`,
      );
      trace(
        outageEnd + TIMING.stepMs,
        next.service,
        "info",
        `Ignores the late ${spec.done}: ${ORDER_ID} has timed out.`,
      );
    } else {
      trace(
        outageEnd,
        spec.service,
        "info",
        `Back up. Drops the redelivered ${spec.number === 1 ? "request" : stepAt(spec.number - 1).done}: its deadline has passed.`,
      );
    }
  }

  for (const id of plan) {
    const spec = stepSpec(id);
    const comp = spec.compensation!;
    const run: CompensationRun = {
      step: id,
      id: comp.id,
      label: comp.label,
      attempts: 0,
      applied: 0,
      outcome: "never-ran",
    };
    compensations.push(run);
    if (stalled) continue;
    const hasEffect = id !== unknown || landed;
    const troubled = troubleAt === id ? trouble : "none";
    const by = spec.service;
    let at = orchestrated ? t : Math.max(t, id === unknown ? outageEnd : 0);
    let lost = false;
    let done = false;
    for (let attempt = 1; attempt <= TIMING.maxCompensationAttempts; attempt++) {
      run.attempts = attempt;
      const head = orchestrated
        ? ""
        : attempt === 1
          ? `On ${previousEvent}: `
          : `Retries its handler for ${previousEvent}: `;
      if (orchestrated)
        trace(
          at,
          "orchestrator",
          "info",
          `Sends ${comp.command} to ${ACTOR_NAME[by]}${attempt > 1 ? ` (attempt ${attempt})` : ""}.`,
        );
      if (orchestrated && id === unknown && at < outageEnd) {
        trace(at + TIMING.callTimeoutMs, "orchestrator", "fail", `No reply: ${by} is still down.`);
        at += TIMING.callTimeoutMs + backoffMs(attempt);
        continue;
      }
      if (troubled === "keeps-failing") {
        const refused = `cannot ${comp.label.toLowerCase()}: the provider refuses it`;
        trace(at + TIMING.stepMs, by, "fail", orchestrated ? `${capital(refused)}.` : `${head}${refused}.`);
        at += TIMING.stepMs + (attempt < TIMING.maxCompensationAttempts ? backoffMs(attempt) : 0);
        continue;
      }
      if (troubled === "reply-lost" && !lost) {
        lost = true;
        if (hasEffect) {
          undo(id);
          run.applied += 1;
        }
        trace(
          at + TIMING.stepMs,
          by,
          "fail",
          orchestrated
            ? `${capital(hasEffect ? comp.does : comp.nothing)}, but the reply is lost.`
            : `${head}${hasEffect ? comp.does : comp.nothing}, then crashes before recording the event as handled.`,
        );
        at += orchestrated ? TIMING.callTimeoutMs + backoffMs(attempt) : TIMING.stepMs + TIMING.redeliveryMs;
        if (orchestrated) trace(at - backoffMs(attempt), "orchestrator", "fail", "No reply within 2 s.");
        continue;
      }
      // A clean attempt.
      const again = lost || run.applied > 0;
      let text: string;
      if (again && idempotent) text = `sees it already did this for ${SAGA_ID} and does nothing more`;
      else if (hasEffect) {
        undo(id);
        run.applied += 1;
        text = again ? `${comp.does} again: the handler does not remember the first time` : comp.does;
      } else text = comp.nothing;
      at += TIMING.stepMs;
      trace(
        at,
        by,
        again && !idempotent && hasEffect ? "fail" : "ok",
        orchestrated
          ? `${capital(text)}; replies ${comp.event}.`
          : `${attempt === 1 ? `On ${previousEvent}: ` : `${previousEvent} redelivered: `}${text}; publishes ${comp.event}.`,
      );
      run.outcome = hasEffect ? "done" : "nothing-to-undo";
      record(at, `${comp.id}: ${hasEffect ? "done" : "nothing to undo"}`, "COMPENSATING");
      done = true;
      break;
    }
    t = at;
    if (!done) {
      run.outcome = "dead-lettered";
      deadLettered = true;
      trace(
        t,
        by,
        "fail",
        `Gives up after ${TIMING.maxCompensationAttempts} attempts; parks ${comp.command} in a dead-letter queue and pages a person.`,
      );
      if (orchestrated) {
        record(t, `${comp.id}: failed ${TIMING.maxCompensationAttempts} times, dead-lettered`, "COMPENSATING");
        trace(t, "orchestrator", "info", "Carries on with the other compensations, which do not depend on this one.");
      } else {
        stalled = true;
        const waiting = plan.slice(plan.indexOf(id) + 1).map((w) => ACTOR_NAME[stepSpec(w).service]);
        trace(
          t,
          "order",
          "info",
          `Nothing publishes ${comp.event}, so ${waiting.join(" and ")} ${waiting.length === 1 ? "waits" : "wait"} for ever. No single record shows where ${ORDER_ID} is stuck.`,
        );
      }
    }
    previousEvent = comp.event;
  }

  const status: SagaStatus = stalled ? "stuck" : deadLettered ? "needs-repair" : "compensated";
  record(
    t,
    status === "compensated" ? "All compensations done" : "A compensation needs a person",
    status === "compensated" ? "COMPENSATED" : "NEEDS REPAIR",
  );
  return finish(status, compensations);

  function finish(status: SagaStatus, compensations: CompensationRun[] = []): SagaRun {
    const ordered = steps.map((s, index) => ({ s, index })).sort((a, b) => a.s.atMs - b.s.atMs || a.index - b.index);
    return {
      input: { style, failAt, failure, landed, compensationTrouble: trouble, troubleAt, idempotent },
      steps: ordered.map(({ s }) => s),
      log,
      completed,
      unknown,
      compensations,
      status,
      effects,
      finishedAtMs: Math.max(0, ...steps.map((s) => s.atMs)),
      troubleNotApplicable,
    };
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const PAST: Record<string, string> = {
  creates: "created",
  reserves: "reserved",
  charges: "charged",
  books: "booked",
  marks: "marked",
};
function pastTense(verb: string): string {
  return PAST[verb] ?? verb;
}
