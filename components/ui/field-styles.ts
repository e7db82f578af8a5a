const fieldFrame = "w-full rounded-md border border-border bg-bg px-3 py-2 text-fg aria-invalid:border-danger";

/** Shared look of text inputs, selects and text areas (the fields in fields.tsx use it). */
export const inputClasses = `${fieldFrame} min-h-10 text-base`;

/** A tall text area for a written answer, in the prose font: it is read as prose, not code. */
export const writeUpClasses = `${fieldFrame} min-h-48 text-base leading-relaxed`;
