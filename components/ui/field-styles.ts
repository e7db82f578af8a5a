const fieldFrame = "w-full rounded-md border border-border bg-bg px-3 py-2 text-fg aria-invalid:border-danger";

/** Shared look of text inputs, selects and text areas (TextField uses the same). */
export const inputClasses = `${fieldFrame} min-h-10 text-base`;

/** A tall monospace text area for long write-ups. */
export const writeUpClasses = `${fieldFrame} min-h-48 font-mono text-sm`;
