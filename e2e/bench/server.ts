// Shared by the benchmarks: start the production build on a free port and
// sign a user in, the way a browser would, to get a session cookie.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Runs `npm start` (migrations, then `next start` as configured for production); resolves once /api/health answers 200. */
export async function startServer(
  env: Record<string, string>,
): Promise<{ url: string; pid: number; stop: (signal?: NodeJS.Signals) => void }> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const fullEnv = {
    ...process.env,
    ...env,
    PORT: String(port),
    NEXTAUTH_URL: url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "benchmark-secret-0123456789abcdef01234567",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const child: ChildProcess = spawn("sh", ["-c", "exec npm start --silent >/dev/null"], {
    env: fullEnv,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  // SIGKILL stands for a crash: nothing gets to clean up after the server.
  const stop = (signal: NodeJS.Signals = "SIGTERM") => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, pid: child.pid!, stop };
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  stop();
  throw new Error("the server did not become healthy within 60 s");
}

/** Creates an account through the sign-up API flow and returns the cookie header of a signed-in session. */
export async function signedInCookie(url: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
  };
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  const csrfResponse = await fetch(`${url}/api/auth/csrf`);
  keep(csrfResponse);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const signIn = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  keep(signIn);
  if (![...jar.keys()].some((name) => name.endsWith("session-token")))
    throw new Error(`sign-in failed (${signIn.status})`);
  return cookieHeader();
}
