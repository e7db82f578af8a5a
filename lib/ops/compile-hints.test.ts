import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "@/lib/ops/compile-hints.mjs";

describe("compile hints on the built chunks", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("puts the hint first in every script, nested ones too, once, and leaves other files alone", async () => {
    dir = mkdtempSync(path.join(tmpdir(), "compile-hints-"));
    mkdirSync(path.join(dir, "app"));
    writeFileSync(path.join(dir, "a.js"), "console.log(1);\n");
    writeFileSync(path.join(dir, "app", "b.js"), "console.log(2);\n");
    writeFileSync(path.join(dir, "c.css"), "body{}\n");

    expect(await addCompileHints(dir)).toBe(2);
    expect(readFileSync(path.join(dir, "a.js"), "utf8")).toBe(`${COMPILE_HINT}console.log(1);\n`);
    expect(readFileSync(path.join(dir, "app", "b.js"), "utf8")).toBe(`${COMPILE_HINT}console.log(2);\n`);
    expect(readFileSync(path.join(dir, "c.css"), "utf8")).toBe("body{}\n");

    // A second build step over the same output changes nothing.
    expect(await addCompileHints(dir)).toBe(0);
    expect(readFileSync(path.join(dir, "a.js"), "utf8")).toBe(`${COMPILE_HINT}console.log(1);\n`);
  });
});
