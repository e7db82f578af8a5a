"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/fields";
import { cn } from "@/lib/cn";
import { requestJson } from "@/lib/http/client";
import { dailyGoalBody } from "@/lib/review/validations";

type Status =
  | { kind: "idle" }
  /** The number itself is wrong: said under the field. */
  | { kind: "invalid"; message: string }
  | { kind: "saving" }
  | { kind: "saved"; goal: number }
  /** The number was fine but did not reach the server: said in the live region. */
  | { kind: "failed"; message: string };

/** Sets the daily goal (answers and reviews a day), checked by the same schema the route uses. */
export function DailyGoalForm({ goal }: { goal: number }) {
  const router = useRouter();
  const [value, setValue] = useState(String(goal));
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const input = useRef<HTMLInputElement>(null);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // An empty field is not 0: say what is missing rather than "at least 1".
    const parsed = dailyGoalBody.safeParse({ goal: value.trim() === "" ? undefined : Number(value) });
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message;
      setStatus({
        kind: "invalid",
        message: value.trim() === "" || !message ? "Enter a daily goal from 1 to 200." : `The daily goal ${message}.`,
      });
      input.current?.focus(); // its error is read with it
      return;
    }
    setStatus({ kind: "saving" });
    const outcome = await requestJson("/api/review/goal", { method: "PUT", body: parsed.data });
    if (outcome.kind !== "ok") {
      setStatus({ kind: "failed", message: `The goal was not saved: ${outcome.message}` });
      return;
    }
    setStatus({ kind: "saved", goal: parsed.data.goal });
    router.refresh();
  }

  return (
    <form onSubmit={save} noValidate className="flex flex-wrap items-end gap-2">
      <TextField
        label="Daily goal (answers and reviews)"
        name="goal"
        type="number"
        inputMode="numeric"
        min={1}
        max={200}
        step={1}
        required
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          if (status.kind !== "saving") setStatus({ kind: "idle" });
        }}
        ref={input}
        error={status.kind === "invalid" ? status.message : undefined}
        className="w-56"
      />
      <Button type="submit" variant="secondary" disabled={status.kind === "saving"}>
        {status.kind === "saving" ? "Saving…" : "Save goal"}
      </Button>
      <p
        aria-live="polite"
        className={cn("min-h-5 w-full text-sm", status.kind === "failed" ? "font-medium text-danger" : "text-muted")}
        data-testid="daily-goal-status"
      >
        {status.kind === "saving" ? "Saving your goal…" : null}
        {status.kind === "saved" ? `Saved: ${status.goal} a day.` : null}
        {status.kind === "failed" ? status.message : null}
      </p>
    </form>
  );
}
