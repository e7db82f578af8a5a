import { describe, expect, it } from "vitest";
import { findExternalContent } from "@/lib/diagrams/external-content";

describe("diagrams that would make the viewer's browser fetch", () => {
  it("refuses an image node, naming its line", () => {
    const source = 'flowchart LR\n  A --> B\n  C@{ img: "/api/worksheets", label: "Logo", pos: "t", h: 60 }';
    expect(findExternalContent(source)).toEqual({
      line: 3,
      message: expect.stringMatching(/^Line 3: an image on a node\. Diagrams on the board never load images/),
    });
    expect(findExternalContent('flowchart LR\n  C@{\n    image: "x.png"\n  }')?.line).toBe(2);
  });

  it("refuses CSS that loads a file, in a style, a classDef or an init directive", () => {
    expect(findExternalContent("flowchart LR\n  A\n  style A fill:url(/x)")?.line).toBe(3);
    expect(findExternalContent("flowchart LR\n  classDef c fill: URL( '/x' )")?.line).toBe(2);
    expect(findExternalContent('%%{init: {"themeCSS": "@import \'/x.css\';"}}%%\nflowchart LR')?.line).toBe(1);
  });

  it("lets ordinary diagrams through, new shape syntax included", () => {
    expect(
      findExternalContent('flowchart LR\n  A([Browser]) -- HTTPS --> B[(Orders)]\n  C@{ shape: cyl, label: "Cache" }'),
    ).toBeNull();
    expect(findExternalContent("flowchart LR\n  A[Image resizer] --> B[URL shortener]")).toBeNull();
  });
});
