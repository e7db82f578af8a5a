/**
 * Starter boards. Every template passes every whiteboard check (a test keeps
 * it so): a learner starts from a board that shows the rules, not one that
 * breaks them. The shape of each kind of component is in source-edit.ts.
 */
export type DiagramTemplate = { id: string; title: string; source: string };

export const TEMPLATES: DiagramTemplate[] = [
  {
    id: "basic-web-app",
    title: "Basic web app",
    source: `flowchart LR
  Client([Browser]) -- HTTPS --> LB[Load balancer]
  LB -- HTTP --> App[App server]
  App -- SQL --> DB[(Primary database)]`,
  },
  {
    id: "read-heavy",
    title: "Read-heavy: cache and read replicas",
    source: `flowchart LR
  Client([Mobile app]) -- HTTPS --> LB[Load balancer]
  LB -- HTTP --> API[API service]
  API -- RESP --> Cache[(Redis cache)]
  API -- SQL writes --> Primary[(Primary DB)]
  API -- SQL reads --> Replica[(Read replica)]
  Primary -- WAL stream --> Replica`,
  },
  {
    id: "write-heavy",
    title: "Write-heavy: a queue in front of the store",
    source: `flowchart LR
  Device([Sensor]) -- MQTT --> Ingest[Ingest service]
  Ingest -- Kafka produce --> Log[[Readings log]]
  Log -- Kafka consume --> Writer[Writer workers]
  Writer -- CQL --> Store[(Wide-column store)]`,
  },
  {
    id: "event-driven",
    title: "Event-driven: outbox and change data capture",
    source: `flowchart LR
  Client([Web app]) -- HTTPS --> Orders[Order service]
  Orders -- SQL in one transaction --> DB[(Orders DB with outbox table)]
  DB -- CDC WAL stream --> Relay[CDC relay]
  Relay -- Kafka produce --> Events[[Order events]]
  Events -- Kafka consume --> Search[Search indexer]
  Search -- HTTP bulk --> Index[(Search index)]`,
  },
  {
    id: "ride-sharing",
    title: "Ride-sharing",
    source: `flowchart LR
  Rider([Rider app]) -- HTTPS --> LB[Load balancer]
  Driver([Driver app]) -- WebSocket --> Gateway[Connection gateway]
  LB -- HTTP --> Rides[Ride service]
  Gateway -- gRPC --> Location[Location service]
  Location -- RESP GEOADD --> Geo[(Geo index in Redis)]
  Rides -- RESP GEOSEARCH --> Geo
  Rides -- SQL --> RideDB[(Ride state DB)]
  Rides -- HTTPS --> Payments{{Payment provider}}`,
  },
];

export function getTemplate(id: string): DiagramTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
