// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import ErrorPage from "@/app/error";

afterEach(cleanup);

describe("the error page", () => {
  it("apologises, offers a retry and a reference, and never shows the error itself", () => {
    const reset = vi.fn();
    const error = Object.assign(new Error('relation "User" does not exist at Object.<anonymous> (/srv/app.js:1:1)'), {
      digest: "1234567890",
    });
    const { container } = render(<ErrorPage error={error} reset={reset} />);
    expect(screen.getByRole("heading", { name: "Something went wrong on our side" })).toBeTruthy();
    expect(screen.getByTestId("error-reference").textContent).toBe("1234567890");
    expect(container.textContent).not.toMatch(/relation|does not exist|app\.js/);
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(reset).toHaveBeenCalledOnce();
  });
});
