"use client";

import { useSettleAutosaveGroup } from "@/components/autosave/autosave-registry";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { formError } from "@/lib/forms/form-state";
import { submitIterationAction } from "@/lib/interviews/actions";

/**
 * Submits the answer as the next iteration, after making sure every editor of
 * the interview has saved: what is frozen is exactly what is on screen. The
 * form names the iteration it creates, so a double click or a second tab
 * cannot create two.
 */
export function SubmitAnswer({
  interviewId,
  iterations,
  beforeSubmit,
}: {
  interviewId: string;
  iterations: number;
  beforeSubmit: () => Promise<{ ok: true } | { ok: false; message: string }>;
}) {
  const settleAll = useSettleAutosaveGroup();
  const next = iterations + 1;
  const form = useActionForm({
    initial: {},
    action: async (previous, data) => {
      const unsaved = await settleAll();
      if (unsaved.length > 0) {
        return formError(
          `Your ${unsaved.join(" and ")} could not be saved yet (offline, or changed in another tab): nothing was submitted. Submit again once the save status says saved.`,
        );
      }
      const kept = await beforeSubmit();
      if (!kept.ok) return formError(kept.message);
      return submitIterationAction(previous, data);
    },
  });
  return (
    <section aria-labelledby="submit" className="space-y-3 rounded-lg border border-border bg-surface p-4">
      <h2 id="submit" className="text-xl font-semibold">
        {iterations ? `Submitted ${iterations} time${iterations === 1 ? "" : "s"}` : "Submit"}
      </h2>
      <p className="text-sm text-muted">
        Submitting freezes your worksheet, estimate, diagram, trade-offs and wrap-up as iteration {next}. You can keep
        improving and submit again.
      </p>
      <form {...form.formProps} className="space-y-2">
        <input type="hidden" name="interviewId" value={interviewId} />
        <input type="hidden" name="iteration" value={next} />
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Submitting…" : next === 1 ? "Submit my answer" : `Submit iteration ${next}`}
        </Button>
        <FormMessage state={form.message} />
      </form>
    </section>
  );
}
