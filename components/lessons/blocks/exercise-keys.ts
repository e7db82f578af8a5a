import type { KeyboardEvent } from "react";
import { isTyping } from "@/lib/keyboard/is-typing";

/** The exercise keys, listed by the shortcuts dialog from the same place the handler lives. */
export const EXERCISE_KEYS = [
  { keys: "1 – 9", what: "Pick an option of the exercise you are in (or tick and untick it, in a multiple choice)" },
  { keys: "Enter", what: "Check your answer; once it is checked, go on to the next exercise" },
] as const;

const EXERCISES = "[data-exercise], [data-prediction]";
const CHOICES = 'input[type="radio"]:not(:disabled), input[type="checkbox"]:not(:disabled)';
const FIRST_FOCUSABLE = "input:not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled)";

/** Focus the next exercise on the page after `from`: its first control, or the exercise itself. */
function focusNext(from: Element) {
  const all = [...document.querySelectorAll(EXERCISES)].filter((element) => !from.contains(element));
  const next = all.find((element) => from.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  if (!next) return;
  const control = next.querySelector<HTMLElement>(FIRST_FOCUSABLE);
  next.scrollIntoView({ block: "start" });
  control?.focus({ preventScroll: true });
}

/**
 * Keys for an exercise, attached to its frame: a digit picks the option shown
 * at that place (the order the learner sees, not the authored one), and Enter
 * presses the exercise's check button, or moves on once it has been checked.
 * Keys typed into a text field, and keys with a modifier, are left alone.
 */
export function onExerciseKey(event: KeyboardEvent<HTMLElement>) {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
  const frame = event.currentTarget;
  // The innermost group of choices holding the focus (a step of a worked example), or the frame's first.
  const target = event.target instanceof Element ? event.target : frame;
  const group = target.closest("fieldset") ?? frame;
  if (/^[1-9]$/.test(event.key)) {
    const choice = group.querySelectorAll<HTMLInputElement>(CHOICES)[Number(event.key) - 1];
    if (!choice) return;
    event.preventDefault();
    choice.click();
    choice.focus();
    return;
  }
  if (event.key !== "Enter" || (event.target instanceof HTMLButtonElement && event.target !== frame)) return;
  if (event.target instanceof HTMLAnchorElement) return;
  const submit = frame.querySelector<HTMLButtonElement>("button[data-submit]:not(:disabled)");
  event.preventDefault();
  // Nested frames (a prediction inside a worked example) each handle their own key once.
  event.stopPropagation();
  if (submit) {
    submit.click();
    // Once React has drawn the verdict, the choice just checked is disabled and has lost the
    // focus: keep it in the exercise (its frame takes it), so the next Enter moves on.
    setTimeout(() => {
      const active = document.activeElement;
      if (!frame.contains(active) || (active instanceof HTMLInputElement && active.disabled))
        frame.focus({ preventScroll: true });
    });
  } else if (!frame.querySelector("button[data-submit]")) focusNext(frame);
}
