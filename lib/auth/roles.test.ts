import { describe, expect, it } from "vitest";
import { canEnter, decideAccess } from "@/lib/auth/roles";
import { navFor } from "@/lib/navigation";

describe("canEnter", () => {
  it.each([
    ["CANDIDATE", { mentor: false, instructor: false, admin: false }],
    ["MENTOR", { mentor: true, instructor: false, admin: false }],
    ["INSTRUCTOR", { mentor: false, instructor: true, admin: false }],
    ["ADMIN", { mentor: true, instructor: true, admin: true }],
  ] as const)("%s", (role, expected) => {
    expect({
      mentor: canEnter(role, "mentor"),
      instructor: canEnter(role, "instructor"),
      admin: canEnter(role, "admin"),
    }).toEqual(expected);
  });
});

describe("navFor", () => {
  it("shows each role only the areas it may enter", () => {
    expect(navFor("CANDIDATE").map((item) => item.href)).toEqual(["/dashboard"]);
    expect(navFor("MENTOR").map((item) => item.href)).toEqual(["/dashboard", "/mentor"]);
    expect(navFor("ADMIN").map((item) => item.href)).toEqual(["/dashboard", "/mentor", "/instructor"]);
  });
});

describe("decideAccess", () => {
  const mentor = { id: "m1", role: "MENTOR" as const };

  it("refuses a signed-out visitor with 401", () => {
    expect(decideAccess(null)).toEqual({ ok: false, status: 401, message: "Please sign in to continue." });
    expect(decideAccess(null, "mentor")).toMatchObject({ status: 401 });
  });

  it("refuses a user outside the area with 403", () => {
    expect(decideAccess(mentor, "instructor")).toEqual({
      ok: false,
      status: 403,
      message: "You are not allowed to do this.",
    });
  });

  it("lets a user into their own area, and any user in when no area is named", () => {
    expect(decideAccess(mentor, "mentor")).toEqual({ ok: true, user: mentor });
    expect(decideAccess(mentor)).toEqual({ ok: true, user: mentor });
  });
});
