import * as z from "@/lib/validations/zod";
import { describe, expect, it } from "vitest";
import { formObject, parseForm } from "@/lib/forms/form-state";

function formData(entries: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

describe("forms", () => {
  it("reads dotted names as nested values and leaves React's own fields out", () => {
    const form = formData([
      ["requestId", "r1"],
      ["scores.communication.score", "3"],
      ["scores.communication.evidence", "Clear."],
      ["$ACTION_ID_abc", ""],
    ]);
    expect(formObject(form)).toEqual({
      requestId: "r1",
      scores: { communication: { score: "3", evidence: "Clear." } },
    });
  });

  it("keys each refusal by the field's name, one message per field", () => {
    const schema = z.strictObject({
      goal: z.string().min(10, "Say more."),
      scores: z.strictObject({ communication: z.strictObject({ evidence: z.string().min(5, "Give evidence.") }) }),
    });
    const result = parseForm(
      schema,
      formData([
        ["goal", "short"],
        ["scores.communication.evidence", ""],
      ]),
    );
    expect(result).toEqual({
      ok: false,
      state: {
        status: "error",
        message: "Please fix the highlighted fields.",
        fieldErrors: { goal: "Say more.", "scores.communication.evidence": "Give evidence." },
      },
    });
  });

  it("uses the one message as the whole message when only one field is wrong", () => {
    const schema = z.strictObject({ goal: z.string().min(10, "Say more.") });
    const result = parseForm(schema, formData([["goal", "short"]]));
    expect(result.ok ? null : result.state).toEqual({
      status: "error",
      message: "Say more.",
      fieldErrors: { goal: "Say more." },
    });
    expect(parseForm(schema, formData([["goal", "long enough now"]]))).toEqual({
      ok: true,
      data: { goal: "long enough now" },
    });
  });
});

describe("forms and the NUL character", () => {
  it("refuse a NUL in any field, at that field, even one the schema does not read", () => {
    const schema = z.object({ goal: z.string() });
    const form = new FormData();
    form.append("goal", "fine");
    form.append("other", "a\u0000b");
    const result = parseForm(schema, form);
    expect(result.ok ? null : result.state).toMatchObject({
      status: "error",
      fieldErrors: { other: expect.stringContaining("NUL") },
    });
  });
});

describe("crafted forms", () => {
  it("never touch Object's prototype and survive clashing names", () => {
    const form = new FormData();
    form.append("__proto__.polluted", "yes");
    form.append("constructor.prototype.polluted", "yes");
    form.append("a", "text");
    form.append("a.b", "nested");
    form.append("c.d", "nested");
    form.append("c", "text");
    expect(formObject(form)).toEqual({ a: "text", c: { d: "nested" } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
