import { describe, expect, it } from "vitest";
import { refuseMalformed, withoutUnsafeCallbackCookie } from "@/lib/http/request-guard";

const site = "http://localhost:3000";

function action(body: string, headers: Record<string, string>) {
  return new Request(`${site}/signup`, {
    method: "POST",
    body,
    headers: { host: "localhost:3000", "next-action": "60a9", ...headers },
  });
}

describe("requests Next.js or next-auth would answer with a 500", () => {
  it("refuses a server action from another site with 403, and takes one from this site", async () => {
    const text = { "content-type": "text/plain;charset=UTF-8" };
    expect(await refuseMalformed(action("[]", { ...text, origin: "https://evil.example" }))).toMatchObject({
      status: 403,
    });
    expect(await refuseMalformed(action("[]", { ...text, origin: site }))).toBeNull();
    expect(await refuseMalformed(action("[]", text))).toBeNull();
    // Behind a proxy that rewrites Host, the forwarded host is the site's.
    const proxied = action("[]", {
      ...text,
      origin: "https://tradeoff.example",
      "x-forwarded-host": "tradeoff.example",
    });
    expect(await refuseMalformed(proxied)).toBeNull();
  });

  it("refuses a server action body the browser's React would never send, with 400", async () => {
    const refused = { status: 400, error: "This request is not a well-formed server action call." };
    expect(await refuseMalformed(action("{not json", { "content-type": "text/plain" }))).toEqual(refused);
    expect(await refuseMalformed(action('"x"', { "content-type": "text/plain" }))).toEqual(refused);
    expect(await refuseMalformed(action("garbage", { "content-type": "multipart/form-data; boundary=x" }))).toEqual(
      refused,
    );
    expect(await refuseMalformed(action("{}", { "content-type": "application/json" }))).toEqual(refused);
    const form = new FormData();
    form.append("goal", "Check my sharding");
    const multipart = new Request(`${site}/interviews/x`, {
      method: "POST",
      body: form,
      headers: { host: "localhost:3000", "next-action": "60a9" },
    });
    expect(await refuseMalformed(multipart)).toBeNull();
  });

  it("refuses next-auth requests with control characters or a callback to anywhere but this site", async () => {
    const get = (path: string) =>
      refuseMalformed(new Request(`${site}${path}`, { headers: { host: "localhost:3000" } }));
    expect(await get("/api/auth/error?error=%00")).toMatchObject({ status: 400 });
    expect(await get("/api/auth/signin?callbackUrl=javascript:alert(1)")).toMatchObject({ status: 400 });
    expect(await get("/api/auth/signin?callbackUrl=https%3A%2F%2Fevil.example%2F")).toMatchObject({ status: 400 });
    expect(await get("/api/auth/signin?callbackUrl=%2F%2Fevil.example")).toMatchObject({ status: 400 });
    expect(await get("/api/auth/signin?callbackUrl=%2Fdashboard")).toBeNull();
    expect(await get(`/api/auth/signin?callbackUrl=${encodeURIComponent(`${site}/learn`)}`)).toBeNull();
    expect(await get("/search?q=%00")).toBeNull(); // the app's own pages validate their own input
  });

  it("drops a next-auth callback cookie that points anywhere but this site, and keeps the rest", () => {
    const withCookie = (cookie: string) =>
      withoutUnsafeCallbackCookie(
        new Request(`${site}/api/auth/session`, { headers: { host: "localhost:3000", cookie } }),
      );
    expect(withCookie("a=1; next-auth.callback-url=javascript%3Aalert(1); b=2")).toBe("a=1; b=2");
    expect(withCookie(`next-auth.callback-url=${encodeURIComponent(`${site}/dashboard`)}; a=1`)).toBeNull();
    expect(withCookie("next-auth.callback-url=%2Flearn")).toBeNull();
    expect(withCookie("next-auth.callback-url=%E0%A4%A")).toBe("");
  });
});
