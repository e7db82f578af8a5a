// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { NumberField } from "@/components/practice/worksheet/number-field";

afterEach(cleanup);

let stored: number | null = null;

function Harness({ initial = null, bounds }: { initial?: number | null; bounds?: { min?: number; max?: number } }) {
  const [value, setValue] = useState<number | null>(initial);
  return (
    <NumberField
      label="Daily active users"
      value={value}
      bounds={bounds}
      onChange={(next) => {
        stored = next;
        setValue(next);
      }}
    />
  );
}

const input = () => screen.getByLabelText("Daily active users") as HTMLInputElement;
const type = (text: string) => fireEvent.change(input(), { target: { value: text } });

describe("NumberField", () => {
  it("keeps shorthand as typed, stores the number, and shows it grouped on blur", () => {
    render(<Harness />);
    fireEvent.focus(input());
    type("10M");
    expect(input().value).toBe("10M");
    expect(stored).toBe(10_000_000);
    fireEvent.blur(input());
    expect(input().value).toBe("10,000,000");
  });

  it("does not rewrite a half-typed decimal", () => {
    render(<Harness />);
    type("1.");
    expect(input().value).toBe("1.");
    type("1.5");
    expect(input().value).toBe("1.5");
    expect(stored).toBe(1.5);
  });

  it("shows a stored number grouped", () => {
    render(<Harness initial={2_500_000} />);
    expect(input().value).toBe("2,500,000");
  });

  it("keeps unreadable text with an error tied to the field, and stores nothing", () => {
    render(<Harness initial={5} />);
    type("lots");
    fireEvent.blur(input());
    expect(input().value).toBe("lots");
    expect(stored).toBeNull();
    expect(input().getAttribute("aria-invalid")).toBe("true");
    const errorId = input().getAttribute("aria-describedby")!;
    expect(document.getElementById(errorId)?.textContent).toBe("Enter a number, like 10M, 1.5k, 2e6 or 1,000,000.");
  });

  it("refuses a number out of bounds", () => {
    render(<Harness bounds={{ min: 2, max: 5 }} />);
    type("7");
    expect(stored).toBeNull();
    expect(screen.getByText("Must be between 2 and 5.")).toBeTruthy();
  });
});
