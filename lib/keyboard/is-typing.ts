/**
 * Whether a key press is text being typed, which no shortcut may take: the
 * focus is in a text field, a select or the code editor (contenteditable).
 * Shared by the whiteboard's shortcuts, the exercise keys and the global ones.
 */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== "function") return false;
  const element = target as Element;
  if (element.closest("[contenteditable=''], [contenteditable='true'], textarea, select")) return true;
  const input = element.closest("input");
  return !!input && !["button", "submit", "reset", "checkbox", "radio"].includes(input.type);
}
