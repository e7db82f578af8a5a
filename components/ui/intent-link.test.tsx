// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { IntentLink } from "@/components/ui/intent-link";

const prefetch = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ prefetch }) }));

afterEach(() => {
  cleanup();
  prefetch.mockClear();
});

describe("IntentLink", () => {
  it("fetches nothing when shown, and its page once the reader points at it, focuses it or touches it", () => {
    render(<IntentLink href="/learn">Learn</IntentLink>);
    const link = screen.getByRole("link", { name: "Learn" });
    expect(link.getAttribute("href")).toBe("/learn");
    expect(prefetch).not.toHaveBeenCalled();
    fireEvent.mouseEnter(link);
    fireEvent.focus(link);
    fireEvent.touchStart(link);
    expect(prefetch.mock.calls).toEqual([["/learn"], ["/learn"], ["/learn"]]);
  });

  it("still runs the handlers it was given, and never prefetches another site", () => {
    const onFocus = vi.fn();
    render(
      <IntentLink href="https://example.com/" onFocus={onFocus}>
        Elsewhere
      </IntentLink>,
    );
    fireEvent.focus(screen.getByRole("link", { name: "Elsewhere" }));
    expect(onFocus).toHaveBeenCalledOnce();
    expect(prefetch).not.toHaveBeenCalled();
  });
});
