import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/log/logger";
import { logServerError } from "@/lib/log/server-error";

function captureLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(
        ...String(chunk)
          .trim()
          .split("\n")
          .map((line) => JSON.parse(line)),
      );
      done();
    },
  });
  return { log: createLogger(stream), lines };
}

describe("logServerError", () => {
  it("writes one JSON line with the request id, the digest and the route", () => {
    const { log, lines } = captureLogger();
    const error = Object.assign(new Error("database exploded"), { digest: "2718281828" });
    logServerError(log, [
      error,
      { path: "/dashboard", method: "GET", headers: { "x-request-id": "req-0123456789" } },
      {
        routerKind: "App Router",
        routePath: "/dashboard",
        routeType: "render",
        renderSource: "react-server-components",
        revalidateReason: undefined,
      },
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      service: "tradeoff",
      msg: "unhandled server error",
      requestId: "req-0123456789",
      digest: "2718281828",
      method: "GET",
      path: "/dashboard",
      route: "/dashboard",
      err: { message: "database exploded", type: "Error" },
    });
    expect(typeof lines[0]!.time).toBe("string");
  });
});

describe("createLogger", () => {
  it("redacts passwords and cookies wherever they are logged", () => {
    const { log, lines } = captureLogger();
    log.warn(
      { password: "hunter2", user: { passwordHash: "$2b$12$x" }, headers: { cookie: "session=abc" } },
      "careful",
    );
    const text = JSON.stringify(lines[0]);
    expect(text).not.toMatch(/hunter2|\$2b\$12|session=abc/);
    expect(lines[0]).toMatchObject({ password: "[redacted]", user: { passwordHash: "[redacted]" } });
  });
});
