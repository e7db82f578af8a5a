// Debian's Chromium, started the way this offline machine needs: without these
// flags Chromium reaches for Google's services at start-up and the closed
// network refuses the connections. Shared by Playwright and the benchmarks.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
