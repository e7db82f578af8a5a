// The control for bench:lighthouse: a bare Next.js page (no styles, no client
// components of its own) built with this project's own node_modules and served
// the same way. Its score is the most any page of this stack can get on the
// machine running the benchmark, which tells a slow machine from a slow page.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "./server";

const FILES: Record<string, string> = {
  "package.json": '{ "private": true }\n',
  // The app sits outside the project, reaching its packages through a symlink.
  "next.config.mjs": 'export default { turbopack: { root: "/" } };\n',
  "app/layout.jsx":
    'export default function RootLayout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n',
  "app/page.jsx":
    'import Link from "next/link";\n\nexport default function Page() {\n  return <main><h1>A bare page</h1><p>No styles and no client components.</p><Link href="/">Home</Link></main>;\n}\n',
};

export async function startFloorApp(): Promise<{ url: string; stop: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), "tradeoff-floor-"));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(path.resolve("node_modules"), path.join(dir, "node_modules"));
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const next = path.join(dir, "node_modules/.bin/next");
  const build = spawnSync(next, ["build"], { cwd: dir, env, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`the bare Next.js page did not build:\n${build.stdout}${build.stderr}`);
  const port = await freePort();
  const child = spawn(next, ["start", "-p", String(port)], { cwd: dir, env, stdio: "ignore", detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  stop();
  throw new Error("the bare Next.js page did not start within 30 s");
}
