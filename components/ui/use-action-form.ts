"use client";

import { unstable_rethrow } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import type { z } from "zod";
import { formError, IDLE, parseForm, type FormState } from "@/lib/forms/form-state";

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The one way forms work in this app:
 * - every field is controlled, so nothing the user typed is ever cleared: not
 *   when the server refuses it, not after a save (React resets uncontrolled
 *   fields after a form action; this hook submits through a transition
 *   instead, which does not);
 * - the schema the server applies runs here first, so an empty required field
 *   is named at once and nothing incomplete is sent;
 * - refusals come back per field (`field(name).error`), and focus moves to the
 *   first field marked invalid;
 * - a network failure or a server error becomes a message, never a crash of the page.
 * `resetOnSuccess` empties the form after a success, for forms that add
 * something new each time (a comment); everything else keeps its values.
 */
export function useActionForm<Values extends Record<string, string>>({
  action,
  schema,
  initial,
  resetOnSuccess = false,
}: {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  schema?: z.ZodType<unknown>;
  initial: Values;
  resetOnSuccess?: boolean;
}) {
  const [values, setValues] = useState<Values>(initial);
  const [state, dispatch, pending] = useActionState<FormState, FormData>(async (previous, form) => {
    if (schema) {
      const checked = parseForm(schema, form);
      if (!checked.ok) return checked.state;
    }
    try {
      const result = await action(previous, form);
      if (result.status === "ok" && resetOnSuccess) setValues(initial);
      return result;
    } catch (error) {
      unstable_rethrow(error); // redirects and not-found travel on as errors
      return formError(
        "We could not reach the server. Check your connection and try again; what you typed is still here.",
      );
    }
  }, IDLE);

  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };

  const fieldErrors = state.status === "error" ? state.fieldErrors : {};
  // A refusal whose every message sits next to a field on screen needs no summary; one about a
  // hidden field (an id) or about nothing in particular is shown as the form's message.
  const named = Object.keys(fieldErrors);
  const message = named.length > 0 && named.every((name) => name in initial) ? IDLE : state;
  const field = (name: keyof Values & string) => ({
    name,
    value: values[name],
    onChange: (event: ChangeEvent<Control>) => setValues((current) => ({ ...current, [name]: event.target.value })),
    error: fieldErrors[name],
  });

  return {
    /** Spread on the <form>: `action` keeps a form submitted before hydration from posting its fields in the URL. */
    formProps: { ref: formRef, action: dispatch, onSubmit, noValidate: true },
    field,
    values,
    setValues,
    state,
    /** What FormMessage shows: the outcome, unless every refusal is already next to its field. */
    message,
    pending,
  };
}
