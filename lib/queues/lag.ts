/**
 * Consumer lag and drain time for one consumer group. Pure.
 *
 * Offsets count messages: the producer has written up to `producerOffset`, the
 * group has processed up to `consumerOffset`. (In Kafka, per partition, lag is
 * the log-end offset minus the committed offset, summed over partitions.)
 */
function assertRate(name: string, value: number) {
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a finite number ≥ 0`);
}

export function consumerLag(producerOffset: number, consumerOffset: number): number {
  if (!Number.isInteger(producerOffset) || !Number.isInteger(consumerOffset) || consumerOffset < 0)
    throw new Error("offsets must be whole numbers ≥ 0");
  if (consumerOffset > producerOffset) throw new Error("a consumer cannot be ahead of the producer");
  return producerOffset - consumerOffset;
}

/**
 * Seconds until the lag reaches zero: lag / (consume rate − produce rate).
 * Infinity when the consumer is not faster than the producer (it never drains).
 */
export function drainSeconds(lag: number, produceRate: number, consumeRate: number): number {
  assertRate("lag", lag);
  assertRate("the produce rate", produceRate);
  assertRate("the consume rate", consumeRate);
  if (lag === 0) return 0;
  const surplus = consumeRate - produceRate;
  return surplus > 0 ? lag / surplus : Number.POSITIVE_INFINITY;
}

/**
 * Roughly how long a message written now waits before it is processed: it
 * queues behind `lag` messages consumed at `consumeRate` a second.
 */
export function lagSeconds(lag: number, consumeRate: number): number {
  assertRate("lag", lag);
  assertRate("the consume rate", consumeRate);
  if (lag === 0) return 0;
  return consumeRate > 0 ? lag / consumeRate : Number.POSITIVE_INFINITY;
}

/** Lag at each whole second from 0 to `seconds`, never below zero (an idle consumer waits). */
export function lagOverTime(initialLag: number, produceRate: number, consumeRate: number, seconds: number): number[] {
  assertRate("lag", initialLag);
  assertRate("the produce rate", produceRate);
  assertRate("the consume rate", consumeRate);
  if (!Number.isInteger(seconds) || seconds < 0) throw new Error("seconds must be a whole number ≥ 0");
  const points: number[] = [];
  let lag = initialLag;
  for (let second = 0; second <= seconds; second++) {
    points.push(lag);
    lag = Math.max(0, lag + produceRate - consumeRate);
  }
  return points;
}
