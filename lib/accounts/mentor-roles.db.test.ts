import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { accountListQuery, ACCOUNTS_PER_PAGE, mentorCandidates } from "@/lib/accounts/mentor-roles";

// Other tests add accounts to the same database, so this one searches for its own token.
const TOKEN = `pg${randomUUID().slice(0, 8)}`;
const COUNT = ACCOUNTS_PER_PAGE + 2;

beforeAll(async () => {
  const users = Array.from({ length: COUNT }, (_, index) => {
    const n = String(index).padStart(2, "0");
    return {
      name: `Paging ${TOKEN} ${n}`,
      email: `paging-${TOKEN}-${n}@example.com`,
      passwordHash: "x",
      role: index === 20 || index === 21 ? ("MENTOR" as const) : ("CANDIDATE" as const),
    };
  });
  await getPrisma().user.createMany({
    data: [
      ...users,
      { name: `Instructor ${TOKEN}`, email: `instructor-${TOKEN}@example.com`, passwordHash: "x", role: "INSTRUCTOR" },
      { name: `Admin ${TOKEN}`, email: `admin-${TOKEN}@example.com`, passwordHash: "x", role: "ADMIN" },
    ],
  });
});

describe("the instructor desk's account list", () => {
  it("finds accounts by name or email, whatever the case, and never lists instructors or admins", async () => {
    const byName = await mentorCandidates({ q: TOKEN.toUpperCase(), page: 1 });
    expect(byName.total).toBe(COUNT);
    expect(byName.accounts.every((account) => account.role === "CANDIDATE" || account.role === "MENTOR")).toBe(true);

    const byEmail = await mentorCandidates({ q: `paging-${TOKEN}-07@`, page: 1 });
    expect(byEmail.accounts.map((account) => account.name)).toEqual([`Paging ${TOKEN} 07`]);
    expect((await mentorCandidates({ q: `${TOKEN}-nobody`, page: 1 })).total).toBe(0);
  });

  it("pages through them, mentors first then by name, each account on exactly one page", async () => {
    const first = await mentorCandidates({ q: TOKEN, page: 1 });
    expect(first).toMatchObject({ total: COUNT, page: 1, pages: 2 });
    expect(first.accounts).toHaveLength(ACCOUNTS_PER_PAGE);
    expect(first.accounts.slice(0, 2).map((account) => [account.name, account.role])).toEqual([
      [`Paging ${TOKEN} 20`, "MENTOR"],
      [`Paging ${TOKEN} 21`, "MENTOR"],
    ]);
    expect(first.accounts[2]!.name).toBe(`Paging ${TOKEN} 00`);

    const second = await mentorCandidates({ q: TOKEN, page: 2 });
    expect(second).toMatchObject({ page: 2, pages: 2 });
    expect(second.accounts).toHaveLength(COUNT - ACCOUNTS_PER_PAGE);
    const all = [...first.accounts, ...second.accounts].map((account) => account.id);
    expect(new Set(all).size).toBe(COUNT);

    // A page past the last shows the last.
    const beyond = await mentorCandidates({ q: TOKEN, page: 99 });
    expect(beyond.page).toBe(2);
    expect(beyond.accounts.map((account) => account.id)).toEqual(second.accounts.map((account) => account.id));
  });

  it("reads the query string forgivingly: a bad page is page 1, a repeated or overlong search is no search", () => {
    expect(accountListQuery.parse({ q: "  ann  ", page: "3" })).toEqual({ q: "ann", page: 3 });
    expect(accountListQuery.parse({ page: "abc" })).toEqual({ q: "", page: 1 });
    expect(accountListQuery.parse({ page: "0" })).toEqual({ q: "", page: 1 });
    expect(accountListQuery.parse({ q: ["a", "b"], page: ["2", "3"] })).toEqual({ q: "", page: 1 });
    expect(accountListQuery.parse({ q: "x".repeat(101) })).toEqual({ q: "", page: 1 });
    expect(accountListQuery.parse({ q: "ann\u0000" })).toEqual({ q: "", page: 1 });
  });
});
