/**
 * The course outline: the parts, in order. Chapters name their part in front
 * matter and are ordered within it by `order`; adding a chapter therefore
 * needs no change here, adding a part does.
 */
export const PARTS = [
  {
    id: "first-ten-minutes",
    label: "Part I",
    title: "The first 10 minutes",
    summary: "Scope the problem and put numbers on it before drawing a single box.",
  },
  {
    id: "high-level-blueprint",
    label: "Part II",
    title: "The high-level blueprint",
    summary: "APIs and real-time delivery; caching, queues and load balancing.",
  },
  {
    id: "data-dilemma",
    label: "Part III",
    title: "The data dilemma",
    summary: "Choosing a database, modelling data at scale, and using several stores well.",
  },
  {
    id: "building-for-failure",
    label: "Part IV",
    title: "Building for failure",
    summary: "Idempotency, resiliency, consistency and asynchronous work.",
  },
  {
    id: "running-the-machine",
    label: "Part V",
    title: "Running the machine",
    summary: "Observability, security, deployment and migrations, and presenting your design.",
  },
  {
    id: "case-studies",
    label: "Case studies",
    title: "Case studies",
    summary:
      "Whole designs worked end to end, each as an interview you do: a feed, short links, ride-sharing, a scheduler and chat.",
  },
] as const;

export type Part = (typeof PARTS)[number];
export type PartId = Part["id"];

export const PART_IDS = PARTS.map((part) => part.id) as [PartId, ...PartId[]];

export function partById(id: PartId): Part {
  return PARTS.find((part) => part.id === id)!;
}
