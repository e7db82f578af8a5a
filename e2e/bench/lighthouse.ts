// npm run bench:lighthouse: Lighthouse (mobile preset, simulated throttling) on
// the production build, judged against a bare Next.js page built from the same
// node_modules (lighthouse-floor.ts) and measured in the same run. The pages are
// interleaved (bare, home, lesson, practice, bare, home, …) so that whatever the
// machine is doing falls on all of them alike, and each page is judged by its
// median against the bare page's median:
//   performance within 5 points of the bare page, TBT at most 1.5× the bare
//   page's, CLS at most 0.05.
//   npm run build && npm run bench:lighthouse [-- /some/page /another]
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "../support/chromium";
import { startFloorApp } from "./lighthouse-floor";
import { startServer } from "./server";

const PAGES = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["/", "/learn/mastering-consistency", "/practice/estimate"];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);

type Run = { performance: number; tbtMs: number; lcpMs: number; fcpMs: number; cls: number; scriptKb: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measureOnce(port: number, url: string): Promise<Run> {
  // A run whose trace Lighthouse could not read (NO_NAVSTART, about one in forty here) scores 0 and
  // measures nothing; Lighthouse's own advice is to run it again, which this does, at most twice.
  let result;
  for (let attempt = 1; ; attempt++) {
    result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      // The full-page screenshot stretches the tab to the page's whole height, and the next run in the
      // tab began at that height: with a lesson that deferred its offscreen text, that run's LCP element
      // was a paragraph from the middle of the lesson, and the resize counted as a layout shift (0.07).
      disableFullPageScreenshot: true,
    });
    if (!result) throw new Error("Lighthouse returned no result");
    const failure = result.lhr.runtimeError;
    if (!failure) break;
    if (attempt === 3) throw new Error(`Lighthouse failed three times on ${url}: ${failure.code}`);
    console.log(`  (${url}: ${failure.code}, measuring again)`);
  }
  const { categories, audits } = result.lhr;
  const items = (audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] })
    ?.items;
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
    lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
    fcpMs: Math.round(audits["first-contentful-paint"]?.numericValue ?? 0),
    cls: Number((audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)),
    scriptKb: Math.round((items?.find((item) => item.resourceType === "script")?.transferSize ?? 0) / 1024),
  };
}

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ["--headless=new", ...CHROMIUM_FLAGS],
});
const server = await startServer(process.env.DATABASE_URL ? {} : { PGLITE_DIR: ".data/bench/pglite" });
const floor = await startFloorApp();
try {
  const targets = [
    { name: "bare Next.js page", url: floor.url },
    // A full address measures another build (a variant of this app, say) in the same interleaved run.
    ...PAGES.map((page) => ({ name: page, url: page.startsWith("http") ? page : server.url + page })),
  ];
  const runs = new Map<string, Run[]>(targets.map((target) => [target.name, []]));
  // One warm-up load each (compiles the server's routes, fills caches), not counted.
  for (const target of targets) await fetch(target.url);
  for (let round = 0; round < RUNS; round++) {
    for (const target of targets) runs.get(target.name)!.push(await measureOnce(chrome.port, target.url));
  }

  const summary = targets.map((target) => {
    const list = runs.get(target.name)!;
    return {
      page: target.name,
      performance: median(list.map((run) => run.performance)),
      tbtMs: median(list.map((run) => run.tbtMs)),
      lcpMs: median(list.map((run) => run.lcpMs)),
      fcpMs: median(list.map((run) => run.fcpMs)),
      cls: median(list.map((run) => run.cls)),
      scriptKb: median(list.map((run) => run.scriptKb)),
      performanceRuns: list.map((run) => run.performance),
    };
  });
  const bare = summary[0]!;
  let pass = true;
  console.log(`Lighthouse mobile, ${RUNS} interleaved runs, medians (ratios to the bare page):`);
  for (const row of summary) {
    const tbtRatio = bare.tbtMs ? row.tbtMs / bare.tbtMs : 1;
    const ok = row === bare || (row.performance >= bare.performance - 5 && tbtRatio <= 1.5 && row.cls <= 0.05);
    if (!ok) pass = false;
    console.log(
      `${row === bare ? "     " : ok ? "PASS " : "FAIL "}${row.page.padEnd(32)} performance ${row.performance} ` +
        `(${row.performance - bare.performance >= 0 ? "+" : ""}${row.performance - bare.performance}), ` +
        `TBT ${row.tbtMs} ms (${tbtRatio.toFixed(2)}×), LCP ${row.lcpMs} ms, FCP ${row.fcpMs} ms, CLS ${row.cls}, ` +
        `script ${row.scriptKb} KB; runs ${row.performanceRuns.join(" ")}`,
    );
  }
  console.log(pass ? "PASS: every page within 5 points and 1.5× TBT of the bare page, CLS ≤ 0.05." : "FAIL");
  process.exitCode = pass ? 0 : 1;
} finally {
  server.stop();
  floor.stop();
  await chrome.kill();
}
