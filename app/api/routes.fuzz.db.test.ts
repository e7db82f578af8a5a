import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import fc from "fast-check";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import * as diagramVersions from "@/app/api/diagrams/[id]/versions/route";
import * as diagramWorksheet from "@/app/api/diagrams/[id]/worksheet/route";
import * as diagram from "@/app/api/diagrams/[id]/route";
import * as diagrams from "@/app/api/diagrams/route";
import * as health from "@/app/api/health/route";
import * as interview from "@/app/api/interviews/[id]/route";
import * as lessonProgress from "@/app/api/progress/lessons/[slug]/route";
import * as summary from "@/app/api/progress/summary/route";
import * as reviewCard from "@/app/api/review/cards/[id]/route";
import * as reviewEvents from "@/app/api/review/events/route";
import * as reviewExercises from "@/app/api/review/exercises/route";
import * as reviewGoal from "@/app/api/review/goal/route";
import * as notifications from "@/app/api/notifications/route";
import * as reviewQueue from "@/app/api/review/queue/route";
import * as visitorWork from "@/app/api/visitor-work/route";
import * as worksheetEstimate from "@/app/api/worksheets/[id]/estimate/route";
import * as worksheet from "@/app/api/worksheets/[id]/route";
import * as worksheets from "@/app/api/worksheets/route";
import saveAttemptsRoute from "@/pages/api/progress/attempts";
import { getPrisma } from "@/lib/db/client";
import { createDiagram } from "@/lib/diagrams/diagrams";
import { dueCards, saveReviewEvents } from "@/lib/review/cards";
import { parseForm } from "@/lib/forms/form-state";
import { refuseMalformed } from "@/lib/http/request-guard";
import { createInterview } from "@/lib/interviews/interviews";
import * as interviewForms from "@/lib/interviews/validations";
import { getPreset } from "@/lib/estimation/presets";
import { emptyWorksheet } from "@/lib/worksheet/document";
import { createWorksheet } from "@/lib/worksheet/worksheets";

// Property-based: malformed bodies, headers, ids and sessions thrown at every
// route handler the app has, called in-process as Next calls them. Whatever
// arrives, the app answers below 500 (and never throws, which Next would turn
// into a 500). Server actions need Next's request context to run, so their
// input side (the form schemas every action parses with) is fuzzed here, and
// their transport (origin, body encoding) by the request guard in proxy.ts.

const SECRET = "fuzz-secret-0123456789abcdef0123456789";
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
/** A route, the parameter in its path, ids that exist, and a body it would accept (for one-field mutations). */
type Route = { name: string; handler: Handler; param?: string; ids?: () => string[]; valid?: () => unknown };

let cookie = "";
const mine = { worksheet: "", diagram: "", interview: "", card: "" };

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = SECRET;
  const user = await getPrisma().user.create({
    data: { name: "Fuzz", email: `fuzz-${randomUUID()}@example.com`, passwordHash: "x" },
    select: { id: true },
  });
  cookie = `next-auth.session-token=${await encode({ token: { id: user.id, role: "CANDIDATE" }, secret: SECRET })}`;
  mine.worksheet = (await createWorksheet(user.id, { title: "Fuzz", promptId: null })).worksheet.id;
  mine.diagram = (await createDiagram(user.id, { title: "Fuzz", template: null })).diagram.id;
  mine.interview = await createInterview(user.id, { promptId: "chat", lengthMinutes: 15 });
  await saveReviewEvents(user.id, [{ type: "guess", id: randomUUID(), at: new Date().toISOString(), card: CARD }]);
  mine.card = (await dueCards(user.id, new Date(Date.now() + 60_000)))[0]!.id;
});

const CARD = { lesson: "the-art-of-scoping", block: "one-hour-budget", unit: "" };

const NASTY = ["\u0000", "\u0000abc", "a".repeat(70_000), "2147483648", "-1", "NaN", "<script>", "../../etc", "%00"];

/** Almost-valid bodies: the real shapes with fields swapped for hostile values. */
const hostileValue = fc.oneof(
  fc.constantFrom(...NASTY, 2 ** 31, 2 ** 53, -1, 0, 1.5, Number.MAX_VALUE, null, true, [], {}),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string(),
);
const shapedBody = fc.record(
  {
    baseVersion: hostileValue,
    title: hostileValue,
    source: hostileValue,
    document: hostileValue,
    tradeoffs: hostileValue,
    wrapUp: hostileValue,
    stages: hostileValue,
    origin: hostileValue,
    promptId: hostileValue,
    template: hostileValue,
    estimate: hostileValue,
    worksheetId: hostileValue,
    checkpoint: hostileValue,
    sectionsReached: hostileValue,
    attempts: fc.array(
      fc.record({ id: hostileValue, lesson: hostileValue, block: hostileValue, answer: hostileValue }),
    ),
    worksheets: fc.array(hostileValue, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
/** Every path to a value inside a JSON value ("document.functional"), the value itself included (""). */
function paths(value: unknown, prefix: string[] = []): string[][] {
  const here = [prefix];
  if (Array.isArray(value))
    return [...here, ...value.flatMap((item, index) => paths(item, [...prefix, String(index)]))];
  if (value && typeof value === "object")
    return [...here, ...Object.entries(value).flatMap(([key, inner]) => paths(inner, [...prefix, key]))];
  return here;
}

/** A body the route accepts, with exactly one value somewhere inside it replaced by a hostile one. */
function oneFieldHostile(valid: unknown) {
  const all = paths(valid).filter((path) => path.length > 0);
  return fc.tuple(fc.nat({ max: Math.max(all.length - 1, 0) }), hostileValue).map(([index, hostile]) => {
    const copy = structuredClone(valid) as Record<string, unknown>;
    const path = all[index] ?? [];
    let node: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    if (path.length) node[path.at(-1)!] = hostile;
    return JSON.stringify(copy);
  });
}

const body = fc.oneof(
  shapedBody.map((value) => JSON.stringify(value)),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.string(),
  fc.constant(""),
  fc.constant("{"),
);
const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "", "x/y");
const session = fc.oneof(
  { arbitrary: fc.constant("mine"), weight: 4 },
  { arbitrary: fc.constantFrom("none", "garbage"), weight: 1 },
);
const method = fc.constantFrom("GET", "POST", "PUT", "DELETE");

const ROUTES: Route[] = [
  { name: "/api/worksheets", handler: anyOf(worksheets), valid: () => ({ title: "T", promptId: null }) },
  {
    name: "/api/worksheets/[id]",
    handler: anyOf(worksheet),
    param: "id",
    ids: () => [mine.worksheet],
    valid: () => ({
      baseVersion: 1,
      title: "T",
      document: { ...emptyWorksheet(null), functional: [{ id: "f", text: "x" }] },
    }),
  },
  {
    name: "/api/worksheets/[id]/estimate",
    handler: anyOf(worksheetEstimate),
    param: "id",
    ids: () => [mine.worksheet],
    valid: () => ({ estimate: getPreset("ride-sharing")!.inputs }),
  },
  { name: "/api/diagrams", handler: anyOf(diagrams), valid: () => ({ title: "T", template: null }) },
  {
    name: "/api/diagrams/[id]",
    handler: anyOf(diagram),
    param: "id",
    ids: () => [mine.diagram],
    valid: () => ({ baseVersion: 1, title: "T", source: "flowchart LR\n  A --> B", checkpoint: false }),
  },
  { name: "/api/diagrams/[id]/versions", handler: anyOf(diagramVersions), param: "id", ids: () => [mine.diagram] },
  {
    name: "/api/diagrams/[id]/worksheet",
    handler: anyOf(diagramWorksheet),
    param: "id",
    ids: () => [mine.diagram],
    valid: () => ({ worksheetId: mine.worksheet }),
  },
  {
    name: "/api/interviews/[id]",
    handler: anyOf(interview),
    param: "id",
    ids: () => [mine.interview],
    valid: () => ({ baseVersion: 1, tradeoffs: "t", wrapUp: "w", stages: { current: "scoping", startedAt: {} } }),
  },
  {
    name: "/api/progress/lessons/[slug]",
    handler: anyOf(lessonProgress),
    param: "slug",
    ids: () => ["the-art-of-scoping"],
    valid: () => ({ sectionsReached: ["why-a-tool-is-the-worst-first-move"], lastSection: null, completed: false }),
  },
  { name: "/api/progress/summary", handler: anyOf(summary) },
  {
    name: "/api/visitor-work",
    handler: anyOf(visitorWork),
    valid: () => ({
      attempts: [
        { id: randomUUID(), lesson: "the-art-of-scoping", block: "one-hour-budget", answer: { selected: [2] } },
      ],
      progress: {},
      worksheets: [{ importKey: randomUUID(), origin: null, title: "W", document: emptyWorksheet(null) }],
      diagrams: [{ importKey: randomUUID(), origin: null, title: "D", source: "flowchart LR" }],
      estimate: null,
    }),
  },
  { name: "/api/review/queue", handler: anyOf(reviewQueue) },
  {
    name: "/api/review/events",
    handler: anyOf(reviewEvents),
    valid: () => ({
      events: [
        { type: "guess", id: randomUUID(), at: new Date().toISOString(), card: CARD },
        { type: "review", id: randomUUID(), at: new Date().toISOString(), card: CARD, rating: 3, ms: 5000 },
      ],
    }),
  },
  { name: "/api/review/cards/[id]", handler: anyOf(reviewCard), param: "id", ids: () => [mine.card] },
  { name: "/api/review/goal", handler: anyOf(reviewGoal), valid: () => ({ goal: 12 }) },
  { name: "/api/notifications", handler: anyOf(notifications) },
  { name: "/api/health", handler: anyOf(health) },
];

/** The route's handler for the request's method, or a 405 as Next would answer. */
function anyOf(module: Record<string, unknown>): Handler {
  return async (request, context) => {
    const handler = module[request.method] as Handler | undefined;
    return handler ? handler(request, context) : new Response(null, { status: 405 });
  };
}

function requestFor(path: string, input: { method: string; body: string; type: string; session: string }) {
  const headers: Record<string, string> = {};
  if (input.type) headers["content-type"] = input.type;
  if (input.session === "mine") headers.cookie = cookie;
  if (input.session === "garbage") headers.cookie = "next-auth.session-token=eyJhbGciOiJkaXIi.garbage";
  const hasBody = input.method !== "GET" && input.method !== "DELETE";
  return new NextRequest(`http://localhost${path}`, {
    method: input.method,
    headers,
    body: hasBody ? input.body : undefined,
  });
}

it("my session reaches my own documents, so the fuzz below runs the signed-in paths too", async () => {
  const response = await worksheet.GET(
    requestFor(`/api/worksheets/${mine.worksheet}`, {
      method: "GET",
      body: "",
      type: "",
      session: "mine",
    }),
    { params: Promise.resolve({ id: mine.worksheet }) },
  );
  expect(response!.status).toBe(200);
});

/** Mostly valid bodies with one hostile value, so the fuzz reaches past the first check; and plain garbage. */
const bodyFor = (route: Route) =>
  route.valid
    ? fc.oneof({ arbitrary: oneFieldHostile(route.valid()), weight: 3 }, { arbitrary: body, weight: 1 })
    : body;

describe("every route handler answers malformed requests below 500", () => {
  for (const route of ROUTES) {
    it(route.name, async () => {
      const id = fc.oneof(
        fc.constantFrom(...(route.ids?.() ?? ["x"])),
        fc.uuid(),
        fc.string(),
        fc.constantFrom(...NASTY),
      );
      await fc.assert(
        fc.asyncProperty(method, bodyFor(route), contentType, session, id, async (verb, text, type, who, param) => {
          const path = route.param
            ? route.name.replace(`[${route.param}]`, encodeURIComponent(param))
            : `${route.name}?origin=${encodeURIComponent(param)}`;
          const response = await route.handler(requestFor(path, { method: verb, body: text, type, session: who }), {
            params: Promise.resolve(route.param ? { [route.param]: param } : {}),
          });
          if (response.status >= 500)
            throw new Error(`${verb} ${path} answered ${response.status}: ${text.slice(0, 200)}`);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it("/api/review/exercises (cards named in the query)", async () => {
    const card = fc.oneof(
      fc.constant("the-art-of-scoping/one-hour-budget/"),
      fc.string(),
      fc.constantFrom(...NASTY),
      fc.tuple(fc.string(), fc.string(), fc.string()).map((parts) => parts.join("/")),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(card, { maxLength: 35 }), async (cards) => {
        const query = cards.map((value) => `card=${encodeURIComponent(value)}`).join("&");
        const response = await reviewExercises.GET(new NextRequest(`http://localhost/api/review/exercises?${query}`));
        if (response.status >= 500) throw new Error(`?${query.slice(0, 200)} answered ${response.status}`);
      }),
      { numRuns: RUNS },
    );
  });

  it("/api/progress/attempts (the Pages Router route)", async () => {
    await fc.assert(
      fc.asyncProperty(method, bodyFor(ATTEMPTS), contentType, session, async (verb, text, type, who) => {
        const status = await callPagesRoute({ method: verb, body: text, type, session: who });
        if (status >= 500) throw new Error(`${verb} /api/progress/attempts answered ${status}: ${text.slice(0, 200)}`);
      }),
      { numRuns: RUNS * 2 },
    );
  });
});

const ATTEMPTS: Route = {
  name: "/api/progress/attempts",
  handler: () => Promise.reject(new Error("called through callPagesRoute")),
  valid: () => ({
    attempts: [{ id: randomUUID(), lesson: "the-art-of-scoping", block: "one-hour-budget", answer: { selected: [2] } }],
  }),
};

/** The Pages Router route on a readable stream and a response that records its status, as Node's would. */
async function callPagesRoute(input: { method: string; body: string; type: string; session: string }) {
  const req = Object.assign(Readable.from([Buffer.from(input.body)]), {
    method: input.method,
    headers: { "content-type": input.type },
    cookies: input.session === "mine" ? { "next-auth.session-token": cookie.split("=").slice(1).join("=") } : {},
  });
  let status = 200;
  const res = {
    setHeader: () => res,
    status(code: number) {
      status = code;
      return res;
    },
    json: () => res,
  };
  await saveAttemptsRoute(req as never, res as never);
  return status;
}

describe("a NUL character or a version past 2^31 − 1 gets a 400 with a message, on every endpoint that takes them", () => {
  /** The route's valid body with one value replaced, sent with my session. */
  async function send(route: Route, path: string[], value: unknown) {
    const copy = structuredClone(route.valid!()) as Record<string, unknown>;
    let node = copy;
    for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[path.at(-1)!] = value;
    const id = route.ids?.()[0] ?? "";
    const url = route.param ? route.name.replace(`[${route.param}]`, id) : route.name;
    const verb = route.param ? "PUT" : "POST";
    const request = requestFor(url, {
      method: verb,
      body: JSON.stringify(copy),
      type: "application/json",
      session: "mine",
    });
    const response = await route.handler(request, {
      params: Promise.resolve(route.param ? { [route.param]: id } : {}),
    });
    return { status: response.status, error: ((await response.json().catch(() => ({}))) as { error?: string }).error };
  }

  const stringPaths = (route: Route) =>
    paths(route.valid!()).filter((path) => {
      let node: unknown = route.valid!();
      for (const key of path) node = (node as Record<string, unknown>)[key];
      return typeof node === "string";
    });

  // Every route whose body holds text (the daily goal's holds only a number).
  for (const route of ROUTES.filter((candidate) => candidate.valid && stringPaths(candidate).length > 0)) {
    it(route.name, async () => {
      const strings = stringPaths(route);
      for (const path of strings) {
        const answer = await send(route, path, "before\u0000after");
        expect(answer, path.join(".")).toEqual({ status: 400, error: expect.stringContaining("NUL") });
      }
      if ("baseVersion" in (route.valid!() as object)) {
        expect(await send(route, ["baseVersion"], 2 ** 31)).toEqual({
          status: 400,
          error: "Invalid baseVersion: baseVersion must be at most 2147483647.",
        });
      }
    });
  }
});

describe("server actions' input and transport", () => {
  const forms = Object.entries(interviewForms).filter(([name]) => name.endsWith("Form") || name.endsWith("Input"));

  it("every interview form schema reads any submitted form without throwing", () => {
    const field = fc.tuple(
      fc.oneof(fc.constantFrom("interviewId", "requestId", "goal", "body", "anchor", "rating", "verdict"), fc.string()),
      fc.oneof(fc.string(), fc.constantFrom(...NASTY)),
    );
    fc.assert(
      fc.property(fc.array(field, { maxLength: 12 }), (fields) => {
        const form = new FormData();
        for (const [name, value] of fields) form.append(name, value);
        for (const [, schema] of forms) parseForm(schema as Parameters<typeof parseForm>[0], form);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it("the request guard refuses or passes any server action call without throwing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.constant("[]"), fc.constant('["$K1"]')),
        fc.constantFrom("text/plain", "multipart/form-data; boundary=x", "application/json", ""),
        fc.oneof(fc.constant(undefined), fc.constantFrom("http://localhost", "https://evil.example", "null", "::")),
        async (text, type, origin) => {
          const headers: Record<string, string> = { host: "localhost", "next-action": "60a9", "content-type": type };
          if (origin) headers.origin = origin;
          await refuseMalformed(new Request("http://localhost/signup", { method: "POST", body: text, headers }));
        },
      ),
      { numRuns: RUNS * 5 },
    );
  });
});
