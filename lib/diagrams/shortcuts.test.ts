// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { SHORTCUTS, shortcutAction, type KeyPress } from "@/lib/diagrams/shortcuts";

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...extra,
});

describe("whiteboard shortcuts", () => {
  it("maps each listed shortcut to its action", () => {
    expect(shortcutAction(press("n", { altKey: true }), false)).toBe("add");
    expect(shortcutAction(press("c", { altKey: true }), false)).toBe("connect");
    expect(shortcutAction(press("f"), false)).toBe("fit");
    expect(shortcutAction(press("F", { shiftKey: true }), false)).toBe("full-screen");
    expect(shortcutAction(press("+", { shiftKey: true }), false)).toBe("zoom-in");
    expect(shortcutAction(press("="), false)).toBe("zoom-in");
    expect(shortcutAction(press("-"), false)).toBe("zoom-out");
    expect(shortcutAction(press("Delete"), false)).toBe("delete");
    expect(new Set(SHORTCUTS.map((shortcut) => shortcut.action)).size).toBe(SHORTCUTS.length);
  });

  it("never takes a character from someone typing", () => {
    for (const key of ["f", "F", "+", "-", "=", "Delete"]) expect(shortcutAction(press(key), true)).toBeNull();
    // Alt+N on a Mac types a tilde: in a field, that character wins.
    expect(shortcutAction(press("˜", { altKey: true, code: "KeyN" }), true)).toBeNull();
    expect(shortcutAction(press("n", { altKey: true }), true)).toBe("add");
    expect(shortcutAction(press("˜", { altKey: true, code: "KeyN" }), false)).toBe("add");
  });

  it("leaves the browser's own Ctrl and Cmd shortcuts alone", () => {
    expect(shortcutAction(press("f", { ctrlKey: true }), false)).toBeNull();
    expect(shortcutAction(press("+", { metaKey: true }), false)).toBeNull();
    expect(shortcutAction(press("x", { altKey: true }), false)).toBeNull();
  });
});
