import type { MermaidConfig } from "mermaid";

/**
 * One configuration for every place Mermaid runs. `strict` escapes labels and
 * disables click handlers; the keys in `secure` cannot be changed by an
 * %%{init}%% directive inside a diagram; plain SVG text labels (no HTML in
 * foreignObject) keep the output exportable as PNG and free of markup.
 */
export function mermaidConfig(dark: boolean): MermaidConfig {
  return {
    startOnLoad: false,
    securityLevel: "strict",
    secure: [
      "secure",
      "securityLevel",
      "startOnLoad",
      "maxTextSize",
      "htmlLabels",
      "flowchart",
      "theme",
      "themeVariables",
      "themeCSS",
      "fontFamily",
      "altFontFamily",
    ],
    theme: dark ? "dark" : "default",
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    maxTextSize: 20_000,
  };
}
