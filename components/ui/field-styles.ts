/** Shared look of text inputs, selects and text areas (TextField uses the same). */
export const inputClasses =
  "min-h-10 w-full rounded-md border border-border bg-bg px-3 py-2 text-base text-fg aria-invalid:border-danger";
