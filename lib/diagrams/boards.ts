import { TEMPLATES } from "@/lib/diagrams/templates";

/**
 * Diagrams that lessons show or start exercises from, by name. Unlike the
 * starter templates, some break the whiteboard rules on purpose.
 */
export const LESSON_BOARDS: Record<string, { title: string; source: string }> = {
  "flawed-board": {
    title: "A candidate's board with several rules broken",
    source: `flowchart TD
  API[API service] --- RidesDB[Rides DB]
  LB[Load balancer] --> API
  API --> Matching[Matching service]
  Matching --- Locations[Location store]
  Rider[Rider app] --- LB
  Notifications[Notification service]`,
  },
  "ride-sharing-exercise": {
    title: "Fix this ride-sharing board",
    source: `flowchart TD
  Rider[Rider app] --- LB[Load balancer]
  LB --> Rides[Ride service]
  Rides --> RideDB[Ride state DB]
  Driver([Driver app]) -- WebSocket --> Gateway[Connection gateway]
  Gateway --> Location[Location service]
  Location -- RESP --> Geo[(Geo index)]
  Surge[Surge pricing]`,
  },
};

/** Every name a lesson may use: the lesson boards and the starter templates. */
export const BOARD_NAMES = [...Object.keys(LESSON_BOARDS), ...TEMPLATES.map((template) => template.id)] as [
  string,
  ...string[],
];

export function boardSource(name: string): { title: string; source: string } | undefined {
  return LESSON_BOARDS[name] ?? TEMPLATES.find((template) => template.id === name);
}
