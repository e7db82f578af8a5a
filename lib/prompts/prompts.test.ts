import { describe, expect, it } from "vitest";
import { getPrompt, PROMPTS } from "@/lib/prompts/bank";
import { getPrompt as getSummary, PROMPTS as CATALOG } from "@/lib/prompts/catalog";
import { loadPromptReference } from "@/lib/prompts/load-reference";

describe("the prompt catalogue", () => {
  it("lists the bank's prompts, in the bank's order", () => {
    expect(CATALOG.map((prompt) => prompt.id)).toEqual(PROMPTS.map((prompt) => prompt.id));
    expect(CATALOG.map((prompt) => prompt.id)).toHaveLength(8);
  });

  it("carries only what forms and lists need, never a reference answer", () => {
    for (const prompt of CATALOG)
      expect(Object.keys(prompt)).toEqual(
        prompt.caseStudy ? ["id", "caseStudy", "title", "brief"] : ["id", "title", "brief"],
      );
    expect(getSummary("ride-sharing")).toEqual({
      id: "ride-sharing",
      caseStudy: "case-study-ride-sharing",
      title: "Design a ride-sharing app",
      brief: getPrompt("ride-sharing")!.brief,
    });
  });

  it("knows no prompt for an unknown id, none or an Object property name", () => {
    for (const id of ["no-such-prompt", "", null, undefined, "constructor"]) expect(getSummary(id)).toBeUndefined();
  });
});

describe("loadPromptReference", () => {
  it("loads each prompt's reference on its own, equal to the bank's", async () => {
    for (const { id, title, brief, caseStudy, ...reference } of PROMPTS) {
      expect({ id, title, brief, ...(caseStudy ? { caseStudy } : {}) }).toEqual(getSummary(id));
      expect(await loadPromptReference(id), id).toEqual(reference);
    }
  });

  it("gives the same promise to every caller, so a reference is fetched once", () => {
    expect(loadPromptReference("chat")).toBe(loadPromptReference("chat"));
  });

  it("resolves to undefined for an id the bank does not know", async () => {
    expect(await loadPromptReference("no-such-prompt")).toBeUndefined();
    expect(await loadPromptReference("constructor")).toBeUndefined();
  });
});
