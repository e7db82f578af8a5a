// npm run content:check: validates every lesson in content/ and names the file
// and line of each mistake. Exits 1 when there is any, so CI fails.
import { readCatalog } from "@/lib/content/lessons";
import { checkLessons, formatProblems } from "@/lib/content/check";

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
const problems = checkLessons(inputs);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? "" : "s"} in ${inputs.length} lesson file${inputs.length === 1 ? "" : "s"}`,
  );
  process.exit(1);
}
console.log(`${inputs.length} lesson file${inputs.length === 1 ? "" : "s"} checked: no problems`);
