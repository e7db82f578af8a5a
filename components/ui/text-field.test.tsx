// @vitest-environment happy-dom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { TextField } from "@/components/ui/text-field";

afterEach(cleanup);

describe("TextField", () => {
  it("is found by its label and describes itself with its hint", () => {
    render(<TextField label="Password" name="password" hint="At least 10 characters." />);
    const input = screen.getByLabelText("Password");
    expect(input.getAttribute("aria-invalid")).toBeNull();
    const described = input.getAttribute("aria-describedby")!;
    expect(document.getElementById(described)?.textContent).toBe("At least 10 characters.");
  });

  it("marks itself invalid and reads out the error together with the hint", () => {
    render(<TextField label="Email" name="email" hint="We never share it." error="Enter a valid email address." />);
    const input = screen.getByLabelText("Email");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const texts = input
      .getAttribute("aria-describedby")!
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent);
    expect(texts).toEqual(["We never share it.", "Enter a valid email address."]);
  });

  it("gives two fields with the same label distinct ids", () => {
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
