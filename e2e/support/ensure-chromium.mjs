// Playwright drives Debian's Chromium; it never downloads a browser of its own.
// If Chromium is missing, install it when we can (root with apt), otherwise say
// in one line exactly what to install.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

if (!existsSync(chromium)) {
  const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canApt) {
    console.error(
      `Chromium not found at ${chromium}: install it with 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH to a Chromium binary).`,
    );
    process.exit(1);
  }
  console.log(`Chromium not found at ${chromium}; installing Debian's chromium package with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
  if (!existsSync(chromium)) {
    console.error(`apt-get finished but ${chromium} is still missing: install a Chromium and set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
