import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/forms/form-state";

/** A form's outcome, announced: the refusal as a whole (each field shows its own), or the success. */
export function FormMessage({ state }: { state: FormState }) {
  return (
    <div aria-live="polite">
      {state.status === "error" ? <Alert tone="error">{state.message}</Alert> : null}
      {state.status === "ok" ? <Alert tone="success">{state.message}</Alert> : null}
    </div>
  );
}
