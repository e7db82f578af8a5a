"use client";

import { useEffect, useState, type ChangeEvent, type RefObject, useSyncExternalStore } from "react";

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

const noSubscription = () => () => {};

/**
 * True once React has hydrated the page. Forms expose it as data-hydrated:
 * text typed into a controlled field before hydration can be replaced by the
 * field's initial state, so tests wait for it before typing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
