/**
 * The whiteboard rules of chapter 14, run on a parsed flowchart (see
 * analyze.ts for how Mermaid's own parser produces it), each with a one-line
 * fix. Pure, so the rules are tested without a browser.
 */
export type FlowNode = { id: string; label: string; shape: string };
export type FlowEdge = { from: string; to: string; label: string; directed: boolean };
export type FlowModel = { direction: string; nodes: FlowNode[]; edges: FlowEdge[] };

export type CheckResult = { id: string; rule: string; passed: boolean; problems: string[]; fix: string };

const DATA_STORE =
  /\b(db|database|data ?store|postgres(ql)?|mysql|mariadb|cassandra|mongo(db)?|dynamo(db)?|rds|sqlite|hbase|bigtable|sql server)\b/i;
const CLIENT = /\b(client|browser|mobile app|web app|user)s?\b/i;
const PROTOCOL =
  /\b(https?|http\/[23]|rest|grpc|websockets?|ws|wss|tcp|udp|quic|sql|cql|resp|amqp|mqtt|kafka|graphql|sse|smtp|dns|jdbc|s3 api|wal|cdc)\b/i;

const isClient = (node: FlowNode) => node.shape === "stadium" || CLIENT.test(node.label);
const name = (node: FlowNode | undefined, id: string) => node?.label || id;

export function runChecks(model: FlowModel): CheckResult[] {
  const byId = new Map(model.nodes.map((node) => [node.id, node]));
  const edgeName = (edge: FlowEdge) => `${name(byId.get(edge.from), edge.from)} → ${name(byId.get(edge.to), edge.to)}`;

  const undirected = model.edges.filter((edge) => !edge.directed);
  const boxedStores = model.nodes.filter((node) => DATA_STORE.test(node.label) && node.shape !== "cylinder");
  const clients = model.nodes.filter(isClient);
  const leftToRight = model.direction === "LR";
  const clientsFed = clients.filter((client) =>
    model.edges.some(
      (edge) => edge.to === client.id && !isClient(byId.get(edge.from) ?? { id: "", label: "", shape: "" }),
    ),
  );
  const unlabelled = model.edges.filter((edge) => edge.directed && !PROTOCOL.test(edge.label));
  const connected = new Set(model.edges.flatMap((edge) => [edge.from, edge.to]));
  const orphans = model.nodes.filter((node) => !connected.has(node.id));

  return [
    {
      id: "directed-edges",
      rule: "Every edge has a direction",
      passed: undirected.length === 0,
      problems: undirected.map((edge) => `${edgeName(edge)} has no arrowhead`),
      fix: "Draw who calls whom: use --> instead of ---.",
    },
    {
      id: "stores-are-cylinders",
      rule: "Data stores are drawn as cylinders",
      passed: boxedStores.length === 0,
      problems: boxedStores.map((node) => `${name(node, node.id)} is drawn as a ${node.shape}`),
      fix: "Write databases as Name[(Label)] so they read as cylinders.",
    },
    {
      id: "clients-left",
      rule: "Clients start a left-to-right flow",
      passed: leftToRight && clients.length > 0 && clientsFed.length === 0,
      problems: [
        ...(leftToRight ? [] : [`the flow runs ${model.direction || "top-down"}, not left to right`]),
        ...(clients.length === 0 ? ["no client is drawn"] : []),
        ...clientsFed.map((client) => `${name(client, client.id)} is called by a service, so it is not on the left`),
      ],
      fix: "Start with flowchart LR and put the client, drawn as ([Client]), first, with arrows leaving it.",
    },
    {
      id: "protocol-labels",
      rule: "Request edges are labelled with their protocol",
      passed: unlabelled.length === 0,
      problems: unlabelled.map(
        (edge) => `${edgeName(edge)} ${edge.label ? `says "${edge.label}" but names no protocol` : "has no label"}`,
      ),
      fix: "Label each arrow with how it talks, e.g. A -- HTTPS --> B or A -- gRPC --> B.",
    },
    {
      id: "no-orphans",
      rule: "No orphan nodes",
      passed: orphans.length === 0,
      problems: orphans.map((node) => `${name(node, node.id)} is not connected to anything`),
      fix: "Connect every component to what calls it or what it calls, or remove it.",
    },
  ];
}
