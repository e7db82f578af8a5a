import { cleanup, fireEvent, within } from "@testing-library/react";
import { forgetPreviewAttempts } from "@/components/lessons/progress/lesson-context";

/** For simulator tests: commits a prediction in one scenario's prompt, as a learner would; returns the prompt. */
export function predict(container: HTMLElement, scenario: string, label: string | RegExp) {
  const prompt = container.querySelector<HTMLElement>(`[data-prediction="${scenario}"]`)!;
  fireEvent.click(within(prompt).getByLabelText(label));
  fireEvent.click(within(prompt).getByRole("button", { name: "Check prediction" }));
  return prompt;
}

/** After each test: unmount, and forget predictions (outside a lesson they last the page's life, as in a preview). */
export function cleanUpSimulator() {
  cleanup();
  forgetPreviewAttempts();
}
