import type { Role } from "@/lib/generated/prisma/enums";

/** One account per role for a demo database. Listed in the README; never seed them into a real deployment. */
export const DEMO_PASSWORD = "tradeoff-demo";

export const DEMO_ACCOUNTS: ReadonlyArray<{ name: string; email: string; role: Role }> = [
  { name: "Casey Candidate", email: "candidate@example.com", role: "CANDIDATE" },
  { name: "Morgan Mentor", email: "mentor@example.com", role: "MENTOR" },
  { name: "Ines Instructor", email: "instructor@example.com", role: "INSTRUCTOR" },
  { name: "Ada Admin", email: "admin@example.com", role: "ADMIN" },
];
