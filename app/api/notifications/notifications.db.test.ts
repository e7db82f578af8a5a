import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/notifications/route";
import { getPrisma } from "@/lib/db/client";
import { markNotificationsRead, notify } from "@/lib/interviews/notifications";

const SECRET = (process.env.NEXTAUTH_SECRET ||= "a test secret that is at least thirty-two characters");

async function ask(userId: string | null) {
  const headers = new Headers();
  if (userId) {
    const token = await encode({ token: { id: userId, role: "CANDIDATE", epoch: 0 }, secret: SECRET });
    headers.set("cookie", `next-auth.session-token=${token}`);
  }
  return GET(new NextRequest("http://localhost/api/notifications", { headers }));
}

describe("GET /api/notifications", () => {
  it("counts only the signed-in user's unread notifications", async () => {
    const prisma = getPrisma();
    const [me, other] = await Promise.all(
      ["me", "other"].map((label) =>
        prisma.user.create({ data: { name: label, email: `${label}-${randomUUID()}@example.com`, passwordHash: "x" } }),
      ),
    );
    expect(await (await ask(me!.id)).json()).toEqual({ unread: 0 });
    await notify(me!.id, "One", "/a");
    await notify(me!.id, "Two", "/b");
    await notify(other!.id, "Not mine", "/a");
    expect(await (await ask(me!.id)).json()).toEqual({ unread: 2 });
    await markNotificationsRead(me!.id, "/a");
    const response = await ask(me!.id);
    expect(await response.json()).toEqual({ unread: 1 });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a visitor with a 401 and a message", async () => {
    const response = await ask(null);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/sign in/i) });
  });
});
