// Part of `npm run build`, after `next build`: marks every client chunk with
// V8's explicit compile hint. Without it V8 compiles each function the first
// time it runs, on the main thread, in the middle of evaluating the page's
// script and hydrating it: about half of that time was compiling (Chromium
// traces of a lesson and the estimator). With the hint, Chromium compiles the
// whole chunk on a background thread while it downloads, and the main thread
// only runs it. Browsers that do not know the comment ignore it.
// https://v8.dev/blog/explicit-compile-hints
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** Adds the hint to the top of every .js file under `dir` that lacks it; returns how many it changed. */
export async function addCompileHints(dir) {
  let changed = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    if (!name.endsWith(".js")) continue;
    const file = path.join(dir, name);
    const text = await readFile(file, "utf8");
    if (text.startsWith(COMPILE_HINT)) continue;
    await writeFile(file, COMPILE_HINT + text);
    changed += 1;
  }
  return changed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? ".next/static/chunks";
  console.log(`Compile hints: ${await addCompileHints(dir)} chunks in ${dir} marked.`);
}
