// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { isTyping } from "@/lib/keyboard/is-typing";

describe("isTyping", () => {
  it("knows which elements take typed text", () => {
    document.body.innerHTML = `<input id="text"><input id="box" type="checkbox"><button id="button">b</button><input id="pick" type="radio"><select id="menu"></select>
      <div contenteditable="true"><span id="code">x</span></div><textarea id="area"></textarea>`;
    const typing = (id: string) => isTyping(document.getElementById(id));
    expect(["text", "code", "area", "menu"].map(typing)).toEqual([true, true, true, true]);
    expect(["box", "button", "pick"].map(typing)).toEqual([false, false, false]);
    expect(isTyping(null)).toBe(false);
  });
});
