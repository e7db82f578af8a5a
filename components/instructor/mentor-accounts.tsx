import Link from "next/link";
import { MentorRoleForm } from "@/components/instructor/mentor-role-form";
import { buttonClasses } from "@/components/ui/button";
import type { mentorCandidates } from "@/lib/accounts/mentor-roles";
import { ROLE_LABELS } from "@/lib/auth/roles";

type AccountList = Awaited<ReturnType<typeof mentorCandidates>>;

const pageHref = (q: string, page: number) => {
  const query = new URLSearchParams();
  if (q) query.set("q", q);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return `/instructor${text ? `?${text}` : ""}#mentors-heading`;
};

/**
 * The instructor desk's accounts, to grant or revoke the mentor role: a search
 * over name and email (a plain GET form, so a search is a link to share and
 * the back button works) and a page at a time.
 */
export function MentorAccounts({ list, q }: { list: AccountList; q: string }) {
  const { accounts, total, page, pages } = list;
  return (
    <section aria-labelledby="mentors-heading" className="rounded-lg border border-border bg-surface p-6">
      <h2 id="mentors-heading" className="mb-2 text-xl font-semibold">
        Mentors
      </h2>
      <p className="mb-4 text-muted">Mentors review candidates&apos; mock interviews. Grant or revoke the role here.</p>
      <form
        method="get"
        action="/instructor#mentors-heading"
        role="search"
        className="mb-4 flex flex-wrap items-end gap-2"
      >
        <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm font-medium">
          Search accounts by name or email
          <input
            type="search"
            name="q"
            defaultValue={q}
            maxLength={100}
            className="rounded-md border border-border bg-bg px-3 py-2 text-base font-normal"
          />
        </label>
        <button type="submit" className={buttonClasses("secondary")}>
          Search
        </button>
        {q ? (
          <Link href="/instructor#mentors-heading" className={buttonClasses("ghost")}>
            Clear
          </Link>
        ) : null}
      </form>
      <p className="mb-2 text-sm text-muted" role="status" data-testid="account-count">
        {q
          ? `${total} ${total === 1 ? "account matches" : "accounts match"} “${q}”.`
          : `${total} candidate and mentor ${total === 1 ? "account" : "accounts"}.`}
      </p>
      {accounts.length === 0 ? (
        <p className="text-muted">
          {q ? "No candidate or mentor account matches that search." : "No candidate or mentor accounts yet."}
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-border" data-testid="mentor-accounts">
          {accounts.map((account) => (
            <li key={account.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {account.name} · {account.email} · <span data-testid="account-role">{ROLE_LABELS[account.role]}</span>
              </span>
              <MentorRoleForm userId={account.id} name={account.name} isMentor={account.role === "MENTOR"} />
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages of accounts" className="mt-4 flex flex-wrap items-center gap-3">
          {page > 1 ? (
            <Link href={pageHref(q, page - 1)} className={buttonClasses("secondary")} rel="prev">
              Previous page
            </Link>
          ) : null}
          <span className="text-sm" aria-current="page">
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <Link href={pageHref(q, page + 1)} className={buttonClasses("secondary")} rel="next">
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
