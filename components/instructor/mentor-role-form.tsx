"use client";

import { Button } from "@/components/ui/button";
import { useActionForm } from "@/components/ui/use-action-form";
import { mentorRoleAction } from "@/lib/accounts/actions";

/** One account's grant/revoke button, with the outcome announced. */
export function MentorRoleForm({ userId, name, isMentor }: { userId: string; name: string; isMentor: boolean }) {
  const form = useActionForm({ action: mentorRoleAction, initial: {} });
  const { state } = form;
  return (
    <form {...form.formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="grant" value={String(!isMentor)} />
      <Button
        type="submit"
        variant="secondary"
        disabled={form.pending}
        aria-label={`${isMentor ? "Revoke mentor" : "Make mentor"}: ${name}`}
      >
        {isMentor ? "Revoke mentor" : "Make mentor"}
      </Button>
      <span role="status" className={state.status === "error" ? "text-sm text-danger" : "text-sm text-muted"}>
        {state.status === "idle" ? "" : state.message}
      </span>
    </form>
  );
}
