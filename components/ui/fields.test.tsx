// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { SelectField, TextAreaField, TextField } from "@/components/ui/fields";

afterEach(cleanup);

const describedTexts = (element: HTMLElement) =>
  (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent);

describe("form fields", () => {
  it("are found by their label and describe themselves with their hint", () => {
    render(<TextField label="Password" name="password" hint="At least 10 characters." />);
    const input = screen.getByLabelText("Password");
    expect(input.getAttribute("aria-invalid")).toBeNull();
    expect(describedTexts(input)).toEqual(["At least 10 characters."]);
  });

  it("mark themselves invalid and read out the error together with the hint, for every kind of control", () => {
    render(
      <>
        <TextField label="Email" name="email" hint="We never share it." error="Enter a valid email address." />
        <SelectField label="Verdict" name="verdict" error="Choose a verdict.">
          <option value="">Choose…</option>
        </SelectField>
        <TextAreaField label="Evidence" name="evidence" error="Give evidence for each score." long />
      </>,
    );
    const email = screen.getByLabelText("Email");
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(describedTexts(email)).toEqual(["We never share it.", "Enter a valid email address."]);
    expect(describedTexts(screen.getByLabelText("Verdict"))).toEqual(["Choose a verdict."]);
    const evidence = screen.getByLabelText("Evidence");
    expect(evidence.tagName).toBe("TEXTAREA");
    expect(describedTexts(evidence)).toEqual(["Give evidence for each score."]);
  });

  it("give two fields with the same label distinct ids", () => {
    render(
      <>
        <TextField label="Name" name="a" />
        <TextField label="Name" name="b" />
      </>,
    );
    const [first, second] = screen.getAllByLabelText("Name");
    expect(first!.id).not.toBe(second!.id);
  });
});
