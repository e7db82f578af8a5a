import { ownerAt, type SampleKey, type Token } from "@/lib/sharding/ring";

/**
 * Node colours, mid-tone so they read on the light and the dark background.
 * Colour is never the only cue: every owner is also named in the tables.
 */
export const NODE_COLOURS = ["#2563eb", "#d97706", "#059669", "#db2777", "#7c3aed", "#0891b2", "#65a30d", "#dc2626"];

export function colourOf(node: string, nodeIds: readonly string[]): string {
  const index = nodeIds.indexOf(node);
  return NODE_COLOURS[(index === -1 ? 0 : index) % NODE_COLOURS.length]!;
}

const SIZE = 260;
const CENTRE = SIZE / 2;
const RADIUS = 96;

/** A point at `angle` degrees, 0° at the top, growing clockwise. */
function point(angle: number, radius: number) {
  const radians = (angle * Math.PI) / 180;
  return { x: CENTRE + radius * Math.sin(radians), y: CENTRE - radius * Math.cos(radians) };
}

/**
 * The ring: every token as a tick in its node's colour (the first token of each
 * node labelled with its name), every sample key as a dot in its owner's colour, the keys
 * that moved in the last change outlined, and the named keys lettered.
 */
export function RingFigure({
  tokens,
  nodeIds,
  keys,
  namedKeys,
  moved,
  description,
}: {
  tokens: readonly Token[];
  nodeIds: readonly string[];
  keys: readonly SampleKey[];
  namedKeys: readonly SampleKey[];
  moved: ReadonlySet<string>;
  description: string;
}) {
  return (
    <svg
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      className="mx-auto h-auto w-full max-w-[20rem]"
      role="img"
      aria-label={description}
    >
      <circle cx={CENTRE} cy={CENTRE} r={RADIUS} fill="none" className="stroke-border" strokeWidth={2} />
      {[0, 90, 180, 270].map((angle) => {
        const at = point(angle, RADIUS + 26);
        return (
          <text
            key={angle}
            x={at.x}
            y={at.y}
            textAnchor="middle"
            dominantBaseline="middle"
            className="fill-muted"
            fontSize={9}
          >
            {angle}°
          </text>
        );
      })}
      {keys.map((key) => {
        const at = point(key.angle, RADIUS - 12);
        const owner = ownerAt(tokens, key.angle);
        return (
          <circle
            key={key.key}
            cx={at.x}
            cy={at.y}
            r={moved.has(key.key) ? 4.5 : 3}
            fill={colourOf(owner, nodeIds)}
            className={moved.has(key.key) ? "stroke-fg" : undefined}
            strokeWidth={moved.has(key.key) ? 1.5 : 0}
          />
        );
      })}
      {namedKeys.map((key) => {
        const at = point(key.angle, RADIUS - 30);
        const owner = ownerAt(tokens, key.angle);
        return (
          <g key={key.key}>
            <circle cx={at.x} cy={at.y} r={8} fill={colourOf(owner, nodeIds)} />
            <text x={at.x} y={at.y} textAnchor="middle" dominantBaseline="central" fill="#ffffff" fontSize={9}>
              {key.key}
            </text>
          </g>
        );
      })}
      {tokens.map((token) => {
        const inner = point(token.position, RADIUS - 6);
        const outer = point(token.position, RADIUS + 6);
        const label = point(token.position, RADIUS + 14);
        return (
          <g key={`${token.node}-${token.vnode}`}>
            <line
              x1={inner.x}
              y1={inner.y}
              x2={outer.x}
              y2={outer.y}
              stroke={colourOf(token.node, nodeIds)}
              strokeWidth={token.vnode === 0 ? 4 : 2}
            />
            {token.vnode === 0 ? (
              <text
                x={label.x}
                y={label.y}
                textAnchor="middle"
                dominantBaseline="middle"
                className="fill-fg"
                fontSize={10}
                fontWeight={600}
              >
                {token.node}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
