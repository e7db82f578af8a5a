// npm run content:check: validates every lesson in content/ and names the file
// and line of each mistake. Exits 1 when there is any, so CI fails.
import { GlobalWindow } from "happy-dom";
import { checkLessons, formatProblems, sortProblems } from "@/lib/content/check";
import { listPublicFiles, readCatalog } from "@/lib/content/lessons";

// Mermaid parses only with a DOM; happy-dom gives it one, as in the unit tests.
const window = new GlobalWindow();
for (const key of ["window", "document", "navigator", "DOMParser", "Element", "HTMLElement", "SVGElement"] as const)
  Object.defineProperty(globalThis, key, { value: key === "window" ? window : window[key], configurable: true });
const { checkDiagrams } = await import("@/lib/content/check-diagrams");

const dir = process.argv[2];
const catalog = await readCatalog(dir);
const inputs = [
  ...catalog.lessons.map(({ file, slug, analysis }) => ({ file, slug, analysis })),
  ...catalog.broken.map(({ file, analysis }) => ({
    file,
    slug: file.replace(/^.*\//, "").replace(/\.mdx$/, ""),
    analysis,
  })),
];
const problems = sortProblems([
  ...checkLessons(inputs, new Set(await listPublicFiles())),
  ...(await checkDiagrams(inputs)),
]);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${inputs.length} lesson file${inputs.length === 1 ? "" : "s"}`,
  );
  process.exit(1);
}
console.log(`${inputs.length} lesson file${inputs.length === 1 ? "" : "s"} checked: no problems`);
