import { describe, expect, it } from "vitest";
import { canEnter } from "@/lib/auth/roles";
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
