import type { WorksheetDocument } from "@/lib/worksheet/document";

/**
 * Technologies a candidate should not name while saying *what* the system
 * does. Naming one in a functional requirement is the "tool-first" mistake:
 * the answer to "how" before the question is known.
 */
const TOOLS = [
  "kafka",
  "cassandra",
  "kubernetes",
  "k8s",
  "redis",
  "memcached",
  "postgres",
  "postgresql",
  "mysql",
  "mongodb",
  "mongo",
  "dynamodb",
  "elasticsearch",
  "rabbitmq",
  "sqs",
  "sns",
  "s3",
  "docker",
  "spark",
  "flink",
  "hadoop",
  "websocket",
  "websockets",
  "grpc",
  "graphql",
  "nginx",
  "zookeeper",
  "etcd",
  "consul",
  "lambda",
  "firebase",
  "vitess",
  "neo4j",
  "cdn",
  "microservice",
  "microservices",
];
const TOOL_PATTERN = new RegExp(`\\b(${TOOLS.join("|")})\\b`, "gi");

export type ToolFlag = { term: string; index: number; message: string };

export function toolFirstFlags(text: string): ToolFlag[] {
  return Array.from(text.matchAll(TOOL_PATTERN), (match) => ({
    term: match[0],
    index: match.index,
    message: `"${match[0]}" is a technology. Say what the system must do here and choose tools later, when the requirements and numbers justify them.`,
  }));
}

export type NfrFlag = { path: string; message: string };

const hasNumber = (text: string) => /\d/.test(text);

/** Non-functional requirements without a number are wishes, not requirements. */
export function nfrFlags(doc: WorksheetDocument): NfrFlag[] {
  const flags: NfrFlag[] = [];
  const availability = doc.nfr.availability.trim().replace(/%$/, "");
  const percent = Number(availability);
  if (!availability) {
    flags.push({ path: "nfr.availability", message: "Availability has no target. Give it in nines, e.g. 99.99%." });
  } else if (!Number.isFinite(percent) || percent <= 0 || percent >= 100) {
    flags.push({
      path: "nfr.availability",
      message: "Availability must be a percentage between 0 and 100, e.g. 99.9.",
    });
  }
  if (doc.nfr.latency.length === 0) {
    flags.push({
      path: "nfr.latency",
      message: "No latency target. Name an operation, a percentile and a bound in ms.",
    });
  }
  doc.nfr.latency.forEach((row, index) => {
    if (!row.operation.trim())
      flags.push({ path: `nfr.latency.${index}`, message: `Latency target ${index + 1} does not name an operation.` });
    if (row.boundMs === null || row.boundMs <= 0) {
      flags.push({
        path: `nfr.latency.${index}`,
        message: `Latency target ${index + 1} has no bound: say how many milliseconds at ${row.percentile}.`,
      });
    }
  });
  if (doc.nfr.consistency.length === 0) {
    flags.push({
      path: "nfr.consistency",
      message: "No consistency decision. Choose strong or eventual for each important piece of data.",
    });
  }
  doc.nfr.consistency.forEach((row, index) => {
    const name = row.item.trim() || `data item ${index + 1}`;
    if (!row.model) flags.push({ path: `nfr.consistency.${index}`, message: `Choose strong or eventual for ${name}.` });
    else if (!row.reason.trim())
      flags.push({ path: `nfr.consistency.${index}`, message: `Say why ${name} needs ${row.model} consistency.` });
  });
  if (!doc.nfr.durability.trim()) {
    flags.push({
      path: "nfr.durability",
      message: "No durability target. Say what must never be lost, e.g. in nines or as replicas across zones.",
    });
  } else if (!hasNumber(doc.nfr.durability)) {
    flags.push({
      path: "nfr.durability",
      message:
        "Durability is not quantified. Put a number on it: nines, replica count, or how much loss is acceptable.",
    });
  }
  doc.nfr.other.forEach((row, index) => {
    if (row.text.trim() && !hasNumber(row.text)) {
      flags.push({
        path: `nfr.other.${index}`,
        message: `"${row.text.trim()}" has no number. How would you know it is met?`,
      });
    }
  });
  return flags;
}
