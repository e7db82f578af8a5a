"use client";

import { useEffect, useState, type ChangeEvent, type RefObject } from "react";

/**
 * Controlled text fields for a form. Controlled on purpose: React resets an
 * uncontrolled form after its action runs, which would wipe what the user typed
 * whenever the server refuses it.
 */
export function useFormFields<T extends Record<string, string>>(initial: T) {
  const [values, setValues] = useState(initial);
  const field = (name: keyof T & string) => ({
    name,
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  return { values, field };
}

/** After a refused submit, moves keyboard focus to the first field marked invalid. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, result: unknown) {
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, result]);
}
