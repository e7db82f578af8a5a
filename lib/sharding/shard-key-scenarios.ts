import type { PredictionScenarios } from "@/lib/lessons/blocks/prediction";
import { analyse, HOT_RATIO } from "@/lib/sharding/shard-key";
import { workload } from "@/lib/sharding/shard-key-workloads";

/**
 * The prediction asked for each ShardKeyChooser workload, about one key, and
 * the key the simulator starts on. Every answer is computed by the model.
 */
export const CHOOSER_START: Readonly<Record<string, { key: string; scenario: string }>> = {
  bank: { key: "account_id", scenario: "bank-account-id" },
  rides: { key: "city_id", scenario: "rides-city-id" },
  tickets: { key: "travel_date", scenario: "tickets-travel-date" },
  chat: { key: "message_id", scenario: "chat-message-id" },
};

/** Bucket for the average number of shards a query touches. */
export function shardsBucket(shards: number): "1" | "2-4" | "5-8" {
  return shards <= 1 ? "1" : shards <= 4 ? "2-4" : "5-8";
}

/** Bucket for the hottest shard against the median. */
export function ratioBucket(ratio: number): "under-2" | "2-10" | "hot" {
  return ratio >= HOT_RATIO ? "hot" : ratio >= 2 ? "2-10" : "under-2";
}

const query = (workloadId: string, key: string, queryId: string) =>
  analyse(workload(workloadId), key).queries.find((entry) => entry.id === queryId)!;

const shardOptions = [
  { id: "1", label: "Exactly 1" },
  { id: "2-4", label: "2 to 4" },
  { id: "5-8", label: "5 to 8: nearly all of them" },
];
const ratioOptions = [
  { id: "under-2", label: "Under 2× the median: even enough" },
  { id: "2-10", label: "Between 2× and 10× the median" },
  { id: "hot", label: `${HOT_RATIO}× the median or more: HOT` },
];

const bankView = query("bank", "account_id", "customer-view");
const rides = analyse(workload("rides"), "city_id");
const tickets = analyse(workload("tickets"), "travel_date");
const chatOpen = query("chat", "message_id", "open-group");

export const SHARD_KEY_SCENARIOS: PredictionScenarios = {
  "bank-account-id": {
    question:
      "The bank shards by account_id over 8 shards. On average, how many shards does 'show a customer's balances and history' touch?",
    options: shardOptions,
    answer: shardsBucket(bankView.averageShards),
    why: `A customer's one to three accounts hash independently, so their rows usually sit on different shards: ${bankView.averageShards.toFixed(1)} shards on average for the most common request. Sharding by user_id keeps a customer on one shard, and a payment to one account still finds its shard because the account belongs to that user.`,
  },
  "rides-city-id": {
    question: "Ride hailing, sharded by city_id over 8 shards. How busy is the hottest shard compared with the median?",
    options: ratioOptions,
    answer: ratioBucket(rides.ratio),
    why: `A city is the right shape of key ("nearby" never leaves a city), but one city is one shard: the megacity's 3,000 drivers all land together, ${rides.ratio.toFixed(1)}× the median shard. Split the megacity into zones, each its own key, and the load evens out while a nearby search still reads one shard.`,
  },
  "tickets-travel-date": {
    question:
      "Train tickets, sharded by travel date over 8 shards. How busy is the hottest shard compared with the median?",
    options: ratioOptions,
    answer: ratioBucket(tickets.ratio),
    why: `Everyone books for today and tomorrow, so the shards holding those two dates take almost all the writes: ${tickets.ratio.toFixed(1)}× the median. A seat lock does stay on one shard, but train_id gives the same single-shard lock with the load spread over 120 trains.`,
  },
  "chat-message-id": {
    question:
      "Group chat, sharded by message_id over 8 shards. How many shards does opening a group touch, on average?",
    options: shardOptions,
    answer: shardsBucket(chatOpen.averageShards),
    why: `Each message hashes on its own, so a group's messages are scattered: opening one touches ${chatOpen.averageShards.toFixed(1)} shards on average, a scatter-gather for the most common read. With group_id every message of a group sits on one shard, in order, ready to page through.`,
  },
};
