/**
 * The whiteboard's keyboard shortcuts: one list, read by the handler and by
 * the "Keyboard shortcuts" section, so the page never lists a key that does
 * nothing. Single keys act only when the focus is not in a text field or the
 * code editor, so they never take a character from someone typing.
 */
export type ShortcutAction = "add" | "connect" | "fit" | "zoom-in" | "zoom-out" | "full-screen" | "delete";

export const SHORTCUTS: { keys: string; action: ShortcutAction; what: string }[] = [
  { keys: "Alt+N", action: "add", what: "Add a component (moves to its label)" },
  { keys: "Alt+C", action: "connect", what: "Connect two components (moves to From)" },
  { keys: "F", action: "fit", what: "Fit the diagram in the preview" },
  { keys: "+", action: "zoom-in", what: "Zoom in" },
  { keys: "−", action: "zoom-out", what: "Zoom out" },
  { keys: "Shift+F", action: "full-screen", what: "Full screen on or off" },
  { keys: "Delete", action: "delete", what: "Delete the selected component" },
];

export type KeyPress = {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
};

/** The action a key press asks for, or null; `typing` is true when the focus is in a field or the code editor. */
export function shortcutAction(press: KeyPress, typing: boolean): ShortcutAction | null {
  if (press.ctrlKey || press.metaKey) return null;
  if (press.altKey) {
    const letter = { KeyN: "n", KeyC: "c" }[press.code];
    if (!letter) return null;
    // Where Alt makes a character (ñ, ç on a Mac), someone typing meant the character.
    if (typing && press.key.toLowerCase() !== letter) return null;
    return letter === "n" ? "add" : "connect";
  }
  if (typing) return null;
  if (press.key === "F" && press.shiftKey) return "full-screen";
  if (press.key === "f") return "fit";
  if (press.key === "+" || press.key === "=") return "zoom-in";
  if (press.key === "-" || press.key === "_") return "zoom-out";
  if (press.key === "Delete") return "delete";
  return null;
}
